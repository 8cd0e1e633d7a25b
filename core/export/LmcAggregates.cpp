// The LMC aggregates CSV (docs/lmc-export-format.md): what the report publishes, in long form with stable keys.
#include "domain/Dates.h"
#include "export/CsvWriter.h"
#include "export/Exports.h"

#include <QCryptographicHash>

namespace cd {
namespace {

const QString kFormat = QStringLiteral("consentdesk-lmc-aggregates");
const QString kFormatVersion = QStringLiteral("1");

void tableRows(CsvWriter& csv, const QString& section, const PublishedTable& table, bool withTotalRow,
               const QString& totalRowKey = QStringLiteral("total"))
{
    for (int r = 0; r <= table.rowCount(); ++r) {
        if (r == table.rowCount() && !withTotalRow) {
            continue;
        }
        for (int c = 0; c <= table.columnCount(); ++c) {
            csv.row({section, r < table.rowCount() ? table.rowKeys().at(r) : totalRowKey,
                     c < table.columnCount() ? table.columnKeys().at(c) : QStringLiteral("total"), table.text(r, c)});
        }
    }
}

} // namespace

QByteArray aggregatesCsv(const LmcReport& report)
{
    CsvWriter csv;
    csv.row({QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("column"), QStringLiteral("value")});
    const QList<std::pair<QString, QString>> header = {
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("application_version"), QStringLiteral(CONSENTDESK_VERSION)},
        {QStringLiteral("ods_code"), report.practiceCode},
        {QStringLiteral("practice_name"), report.practiceName},
        {QStringLiteral("sha_id"), report.regionId},
        {QStringLiteral("as_of"), isoDate(report.to)},
        {QStringLiteral("period_start"), isoDate(report.from)},
        {QStringLiteral("period_end"), isoDate(report.to)},
        {QStringLiteral("period_unit"), toString(report.period)},
        {QStringLiteral("disclosure_method"), report.method.name()},
        {QStringLiteral("disclosure_suppressed_up_to"), QString::number(report.method.suppressUpTo)},
        {QStringLiteral("disclosure_rounded_to"), QString::number(report.method.roundTo)},
        {QStringLiteral("generated_at"), report.generatedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("demo"), report.demo ? QStringLiteral("true") : QStringLiteral("false")},
    };
    for (const auto& [key, value] : header) {
        csv.row({QStringLiteral("header"), key, QString(), value});
    }
    if (report.states) {
        tableRows(csv, QStringLiteral("states"), *report.states, false);
        const int total = report.states->columnCount();
        for (int c = 0; c < total; ++c) {
            csv.row({QStringLiteral("states"), report.states->columnKeys().at(c), QStringLiteral("percent_of_list"),
                     report.states->percentOfRow(0, c)});
        }
    }
    for (const LmcReport::Figure& f : report.figures) {
        csv.row({QStringLiteral("figures"), f.key, QStringLiteral("count"), f.value.text()});
    }
    if (report.regionOptOut) {
        csv.row({QStringLiteral("reference"), QStringLiteral("region_opt_out_percent"), QStringLiteral("percent"),
                 QString::number(report.regionOptOut->percent, 'f', 1)});
        csv.row({QStringLiteral("reference"), QStringLiteral("region_opt_out_percent"), QStringLiteral("as_of"),
                 isoDate(report.regionOptOut->asOf)});
    }
    if (report.mix) {
        tableRows(csv, QStringLiteral("age_band"), *report.mix, false);
    }
    if (report.forms) {
        tableRows(csv, QStringLiteral("forms_by_week"), *report.forms, true, QStringLiteral("period"));
        for (int r = 0; r < report.forms->rowCount(); ++r) {
            if (report.partWeeks.value(r)) {
                csv.row({QStringLiteral("forms_by_week"), report.forms->rowKeys().at(r), QStringLiteral("part_week"),
                         QStringLiteral("true")});
            }
        }
    }
    for (const LmcReport::UptakePoint& p : report.uptake) {
        const QString key = isoDate(p.end);
        csv.row({QStringLiteral("uptake"), key, QStringLiteral("list_size"), p.list.text()});
        csv.row({QStringLiteral("uptake"), key, QStringLiteral("records_created"), p.created.text()});
        csv.row({QStringLiteral("uptake"), key, QStringLiteral("dissent"), p.dissent.text()});
    }
    for (const Milestone& m : report.timeline) {
        csv.row({QStringLiteral("timeline"), QStringLiteral("%1:%2:%3").arg(m.scope, m.kind, m.dateText()),
                 QStringLiteral("status"), toString(m.status)});
    }
    QByteArray bytes = csv.bytes();
    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    CsvWriter last;
    last.row({QStringLiteral("sha256"), QString::fromLatin1(digest), QString(), QString()});
    bytes += last.bytes().mid(3); // the byte-order mark once, at the top of the file
    return bytes;
}

} // namespace cd
