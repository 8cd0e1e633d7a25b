#include "reconcile/ClinicalExport.h"

#include "domain/Dates.h"
#include "domain/NhsNumber.h"
#include "register/ColumnMapping.h"
#include "register/CsvReader.h"
#include "register/RegisterRows.h"

#include <optional>
#include <vector>

namespace cd {
namespace {

struct ExportFieldNames
{
    ExportField field;
    const char* name;
    std::vector<const char*> synonyms; // normalised, as normaliseHeader gives them
};

const std::vector<ExportFieldNames>& table()
{
    static const std::vector<ExportFieldNames> names = {
        {ExportField::NhsNumber,
         "nhs",
         {"nhsnumber", "nhsno", "nhsnum", "nhs", "newnhsnumber", "nhsnumberverified", "patientnhsnumber"}},
        {ExportField::Code,
         "code",
         {"code", "readcode", "clinicalcode", "readv2code", "ctv3code", "codevalue", "readcodeid", "codeid"}},
        {ExportField::Term, "term", {"term", "description", "codeterm", "rubric", "readterm", "codedescription"}},
        {ExportField::Date,
         "date",
         {"date", "effectivedate", "eventdate", "entrydate", "consultationdate", "dateofentry", "codedate",
          "recordeddate", "dateadded"}},
        {ExportField::Name, "name", {"name", "patientname", "fullname", "patient"}},
        {ExportField::DateOfBirth, "dob", {"dateofbirth", "dob", "birthdate"}},
    };
    return names;
}

// Which column holds which field, or why the file cannot be read.
Result<QHash<ExportField, int>> mapColumns(const QStringList& header, const QHash<QString, QString>& overrides)
{
    QHash<ExportField, int> columns;
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        const auto spec = std::find_if(table().begin(), table().end(),
                                       [&](const ExportFieldNames& f) { return QLatin1String(f.name) == it.key(); });
        if (spec == table().end()) {
            return invalid(QStringLiteral("--map names an unknown field \"%1\": use one of nhs, code, date, term, "
                                          "name, dob.")
                               .arg(it.key()));
        }
        const auto at = std::find_if(header.begin(), header.end(), [&](const QString& h) {
            return normaliseHeader(h) == normaliseHeader(it.value());
        });
        if (at == header.end()) {
            return invalid(QStringLiteral("--map %1=%2: the file has no column \"%2\" (its columns are: %3).")
                               .arg(it.key(), it.value(), header.join(QStringLiteral(", "))));
        }
        columns.insert(spec->field, static_cast<int>(std::distance(header.begin(), at)));
    }
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString key = normaliseHeader(header[i]);
        for (const auto& f : table()) {
            const bool named = std::any_of(f.synonyms.begin(), f.synonyms.end(),
                                           [&](const char* s) { return key == QLatin1String(s); });
            if (named && !columns.contains(f.field) && !overrides.contains(QLatin1String(f.name))) {
                columns.insert(f.field, static_cast<int>(i));
                break;
            }
        }
    }
    QStringList missing;
    for (const ExportField required : {ExportField::NhsNumber, ExportField::Code, ExportField::Date}) {
        if (!columns.contains(required)) {
            missing << fieldName(required);
        }
    }
    if (!missing.isEmpty()) {
        return invalid(QStringLiteral("The file has no column for %1. Its columns are: %2. Name the right one with "
                                      "--map FIELD=\"Header\" (e.g. --map code=\"Read Code\").")
                           .arg(missing.join(QStringLiteral(", ")), header.join(QStringLiteral(", "))));
    }
    return columns;
}

} // namespace

QString fieldName(ExportField field)
{
    for (const auto& f : table()) {
        if (f.field == field) {
            return QString::fromLatin1(f.name);
        }
    }
    return QString();
}

const ChoiceDefinition* choiceForClinicalCode(const Programme& programme, const QString& code)
{
    QString bare = code.trimmed();
    while (bare.endsWith(u'.')) {
        bare.chop(1); // EMIS and Vision write a Read code padded to five places: "9Ndo."
    }
    if (bare.isEmpty()) {
        return nullptr;
    }
    if (bare == programme.defaultState.readCode) {
        return &programme.defaultState;
    }
    for (const ChoiceDefinition& c : programme.choices) {
        if (c.readCode == bare || c.legacyCodes.contains(bare) || c.ctv3Codes.contains(bare)) {
            return &c;
        }
    }
    return nullptr;
}

Result<ClinicalExport> readClinicalExport(QIODevice& file, const Programme& programme, QDate asOf,
                                          const QHash<QString, QString>& mapping)
{
    if (file.isSequential()) {
        return invalid(QStringLiteral("This is not a file but a device or a pipe: save the export to a file and "
                                      "reconcile with that. Nothing was changed."));
    }
    ClinicalExport result;
    CsvTable csv;
    std::optional<Result<QHash<ExportField, int>>> columns;
    const auto restrictionOf = [&](const QString& code) {
        const ChoiceDefinition* c = choiceForClinicalCode(programme, code);
        return c ? c->restriction : -1;
    };
    CsvReader::stream(file, csv, [&](CsvRecord&& record) {
        if (!columns) {
            columns = mapColumns(csv.header, mapping);
        }
        if (!*columns) {
            return;
        }
        ++result.rows;
        const auto field = [&](ExportField f) {
            const int c = (*columns)->value(f, -1);
            return c >= 0 ? record.fields.value(c).trimmed() : QString();
        };
        const QString written = field(ExportField::NhsNumber);
        const QString code = field(ExportField::Code);
        const ChoiceDefinition* choice = choiceForClinicalCode(programme, code);
        if (!choice) {
            ++result.ignoredCodes[code.isEmpty() ? QStringLiteral("(no code)") : code];
            return;
        }
        const auto nhs = NhsNumber::parse(written);
        if (!nhs) {
            result.unusable.append({record.line, written, nhs.error().message});
            return;
        }
        const auto date = parseRegisterDate(field(ExportField::Date));
        if (!date || !date->isValid()) {
            result.unusable.append(
                {record.line, written,
                 date ? QStringLiteral("The entry has no date: the latest code cannot be told without one.")
                      : date.error().message});
            return;
        }
        if (*date > asOf) {
            result.unusable.append({record.line, written,
                                    QStringLiteral("The entry is dated %1, after the date reconciled (%2).")
                                        .arg(humanDate(*date), humanDate(asOf))});
            return;
        }
        QString spelt = code;
        while (spelt.endsWith(u'.')) {
            spelt.chop(1);
        }
        const ClinicalEntry entry{record.line, spelt, *date};
        const qint64 key = nhs->digits().toLongLong();
        const auto it = result.latest.find(key);
        if (it == result.latest.end()) {
            result.latest.insert(key, entry);
        } else if (entry.date > it->date ||
                   (entry.date == it->date && restrictionOf(entry.code) > restrictionOf(it->code))) {
            *it = entry;
        }
    });
    if (!csv.refusal.isEmpty()) {
        return invalid(csv.refusal);
    }
    if (csv.header.isEmpty()) {
        return invalid(QStringLiteral("The file is empty: export the search of SCR consent codes from the clinical "
                                      "system and reconcile with that file."));
    }
    if (!columns) {
        columns = mapColumns(csv.header, mapping);
    }
    if (!*columns) {
        return columns->error();
    }
    result.encoding = csv.encoding;
    result.delimiter = csv.delimiter;
    result.columns = csv.header;
    for (auto it = (*columns)->cbegin(); it != (*columns)->cend(); ++it) {
        result.mappingUsed.insert(fieldName(it.key()), csv.header.value(it.value()));
    }
    return result;
}

} // namespace cd
