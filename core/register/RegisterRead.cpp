// Reading and checking a register export: no database, so the wizard runs it on a worker thread.
#include "register/RegisterImport.h"

#include "export/CsvWriter.h"
#include "register/CsvReader.h"

#include <QJsonArray>

#include <optional>

namespace cd {

Result<RegisterRead> readRegister(QIODevice& file, QDate today, const QHash<QString, QString>& mapping,
                                  const QHash<QString, QString>& remembered,
                                  const std::function<bool(int percent)>& progress)
{
    // Rows are checked as they are read, so a register is never held as parsed records.
    CsvTable table;
    std::optional<Result<ColumnMapping>> columns;
    std::optional<RegisterValidator> validator;
    const auto prepare = [&]() -> bool {
        if (!columns) {
            QHash<QString, QString> overrides = mapping;
            if (overrides.isEmpty()) {
                // Only where this file still has that column: a different system's export falls back to
                // recognition.
                for (auto it = remembered.cbegin(); it != remembered.cend(); ++it) {
                    if (table.header.contains(it.value(), Qt::CaseInsensitive)) {
                        overrides.insert(it.key(), it.value());
                    }
                }
            }
            columns = ColumnMapping::fromHeader(table.header, overrides);
            if (*columns) {
                validator.emplace(**columns, today);
                // About a row per 100 bytes, up to 200,000: a file of blank lines must not reserve a list for them.
                validator->reserve(static_cast<qsizetype>(std::min<qint64>(file.size() / 100, 200000)));
            }
        }
        return columns->ok();
    };
    CsvReader::stream(
        file, table,
        [&](CsvRecord&& record) {
            if (prepare()) {
                validator->add(record);
            }
        },
        progress);
    if (table.refusal == CsvReader::kCancelled) {
        return Error{ErrorKind::Conflict, table.refusal};
    }
    if (!table.refusal.isEmpty()) {
        return invalid(table.refusal);
    }
    if (table.header.isEmpty()) {
        return invalid(QStringLiteral("The file is empty: export the registered list from the clinical system and "
                                      "import that file."));
    }
    if (!prepare()) {
        return columns->error();
    }
    RegisterRead read;
    ImportReport& report = read.report;
    report.encoding = table.encoding;
    report.delimiter = table.delimiter;
    report.columns = table.header;
    report.ignoredColumns = (*columns)->ignored;
    for (auto it = (*columns)->columns.cbegin(); it != (*columns)->columns.cend(); ++it) {
        QStringList headers;
        for (const int c : it.value()) {
            headers << table.header.value(c);
        }
        report.mappingUsed.insert(fieldName(it.key()), headers.join(QStringLiteral(" + ")));
    }
    read.validated = validator->finish();
    return read;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray rows;
    for (const RegisterReject& r : rejects) {
        rows.append(QJsonObject{{QStringLiteral("line"), r.line},
                                {QStringLiteral("nhs"), r.nhsAsWritten},
                                {QStringLiteral("reason"), r.reason}});
    }
    QJsonObject mapping;
    for (auto it = mappingUsed.cbegin(); it != mappingUsed.cend(); ++it) {
        mapping.insert(it.key(), it.value());
    }
    return {{QStringLiteral("added"), added},
            {QStringLiteral("updated"), updated},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("left"), left},
            {QStringLiteral("returning"), returning},
            {QStringLiteral("awaiting_register"), awaitingRegister},
            {QStringLiteral("rejected"), rejects.size()},
            {QStringLiteral("rejects"), rows},
            {QStringLiteral("applied"), applied},
            {QStringLiteral("encoding"), encoding},
            {QStringLiteral("delimiter"), QString(delimiter)},
            {QStringLiteral("mapping"), mapping},
            {QStringLiteral("ignored_columns"), QJsonArray::fromStringList(ignoredColumns)}};
}

QByteArray ImportReport::rejectsCsv() const
{
    CsvWriter csv;
    csv.row({QStringLiteral("Line"), QStringLiteral("NHS number as written"), QStringLiteral("Reason")});
    for (const RegisterReject& r : rejects) {
        csv.row({QString::number(r.line), r.nhsAsWritten, r.reason});
    }
    return csv.bytes();
}

QString registerFileProblem(const QIODevice& file)
{
    if (file.isSequential()) {
        return QStringLiteral("This is not a file but a device or a pipe: the import reads a register export twice, "
                              "from a file. Save the export to a file and import that. Nothing was imported.");
    }
    const qint64 bytes = file.size();
    if (bytes <= kMaxRegisterFileBytes) {
        return QString();
    }
    return QStringLiteral("The file is %1 MB, over the 1 GB a register export can be (2 million patients make about "
                          "200 MB): check that it is the registered-list export. Nothing was imported.")
        .arg(bytes / (1024 * 1024));
}

} // namespace cd
