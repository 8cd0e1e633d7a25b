#include "register/CsvReader.h"

#include <QBuffer>

#include <array>

namespace cd {

QChar CsvReader::detectDelimiter(const QString& firstLine)
{
    static constexpr std::array<char16_t, 4> candidates{u',', u'\t', u';', u'|'};
    QChar best = u',';
    qsizetype bestCount = 0;
    for (const char16_t c : candidates) {
        qsizetype count = 0;
        bool quoted = false;
        for (const QChar ch : firstLine) {
            if (ch == u'"') {
                quoted = !quoted;
            } else if (!quoted && ch == c) {
                ++count;
            }
        }
        if (count > bestCount) {
            best = c;
            bestCount = count;
        }
    }
    return best;
}

CsvTable CsvReader::read(const QByteArray& bytes)
{
    CsvTable table;
    stream(bytes, table, [&](CsvRecord&& record) { table.records.append(std::move(record)); });
    return table;
}

void CsvReader::stream(const QByteArray& bytes, CsvTable& table, const std::function<void(CsvRecord&&)>& visit)
{
    QByteArray shared = bytes; // implicitly shared: the buffer reads the caller's bytes, never a copy of them
    QBuffer buffer(&shared);
    buffer.open(QIODevice::ReadOnly);
    stream(buffer, table, visit);
}

} // namespace cd
