#include "export/CsvWriter.h"

namespace cd {

CsvWriter::CsvWriter()
    : m_bytes("\xEF\xBB\xBF")
{}

QString CsvWriter::neutralised(const QString& field)
{
    if (!field.isEmpty()) {
        const QChar first = field.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r') {
            return u'\'' + field;
        }
    }
    return field;
}

void CsvWriter::row(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& field : fields) {
        QString f = neutralised(field);
        f.replace(u'"', QStringLiteral("\"\""));
        quoted << u'"' + f + u'"';
    }
    m_bytes += quoted.join(u',').toUtf8();
    m_bytes += "\r\n";
}

} // namespace cd
