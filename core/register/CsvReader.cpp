#include "register/CsvReader.h"

#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace cd {

QString CsvReader::decode(const QByteArray& bytes, QString* encoding)
{
    const auto startsWith = [&](std::initializer_list<unsigned char> bom) {
        if (static_cast<size_t>(bytes.size()) < bom.size()) {
            return false;
        }
        size_t i = 0;
        for (const unsigned char b : bom) {
            if (static_cast<unsigned char>(bytes.at(static_cast<qsizetype>(i++))) != b) {
                return false;
            }
        }
        return true;
    };
    if (startsWith({0xFF, 0xFE}) || startsWith({0xFE, 0xFF})) {
        const bool little = startsWith({0xFF, 0xFE});
        *encoding = little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return decoder.decode(bytes.mid(2));
    }
    const bool bom = startsWith({0xEF, 0xBB, 0xBF});
    const QByteArray body = bom ? bytes.mid(3) : bytes;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(body);
    if (!utf8.hasError()) {
        *encoding = bom ? QStringLiteral("UTF-8 with BOM") : QStringLiteral("UTF-8");
        return text;
    }
    // Not UTF-8: an older Windows export. Latin-1 maps every byte to a character, so nothing is lost or garbled
    // beyond what the file itself says (Windows-1252's curly quotes in 0x80-0x9F are the rare exception).
    *encoding = QStringLiteral("Latin-1");
    return QString::fromLatin1(body);
}

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
    const QString text = decode(bytes, &table.encoding);
    // The header is the first line with anything on it.
    qsizetype start = 0;
    int line = 1;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0) {
            end = text.size();
        }
        if (!text.mid(start, end - start).trimmed().isEmpty()) {
            table.delimiter = detectDelimiter(text.mid(start, end - start));
            break;
        }
        start = end + 1;
        ++line;
    }
    if (table.delimiter.isNull()) {
        table.delimiter = u',';
        return;
    }

    bool headerDone = false;
    CsvRecord record{line, {}};
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the field began with a quote
    const auto endField = [&] {
        record.fields.append(wasQuoted ? field : field.trimmed());
        field.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&](int nextLine) {
        endField();
        bool blank = true;
        for (const QString& f : record.fields) {
            blank = blank && f.trimmed().isEmpty();
        }
        if (!blank) {
            if (!headerDone) {
                for (const QString& h : record.fields) {
                    table.header << h.trimmed();
                }
                headerDone = true;
            } else {
                visit(std::move(record));
            }
        }
        record = CsvRecord{nextLine, {}};
        record.fields.reserve(table.header.size()); // one allocation per record, not one per field appended
    };
    const auto onlySpace = [](const QString& s) {
        return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace(); });
    };
    const char16_t delimiter = table.delimiter.unicode();
    const auto* const data = reinterpret_cast<const char16_t*>(text.constData());
    const qsizetype size = text.size();
    // Plain characters are copied a run at a time, up to the next character that means something: a 100,000-row
    // register is read in a fraction of the time a character-by-character copy takes.
    const auto runEnd = [&](qsizetype from, bool inQuotes) {
        qsizetype j = from;
        if (inQuotes) {
            while (j < size && data[j] != u'"' && data[j] != u'\n') {
                ++j;
            }
        } else {
            while (j < size && data[j] != u'"' && data[j] != delimiter && data[j] != u'\r' && data[j] != u'\n') {
                ++j;
            }
        }
        return j;
    };
    for (qsizetype i = start; i < size; ++i) {
        const char16_t c = data[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && data[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == u'\n') {
                ++line;
                field.append(QChar(c));
            } else {
                const qsizetype j = runEnd(i, true);
                field.append(QStringView(data + i, j - i));
                i = j - 1;
            }
            continue;
        }
        if (c == u'"' && onlySpace(field)) {
            quoted = true;
            wasQuoted = true;
            field.clear();
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && data[i + 1] == u'\n') {
                ++i;
            }
            ++line;
            endRecord(line);
        } else if (c == u'"') {
            field.append(QChar(c));
        } else {
            const qsizetype j = runEnd(i, false);
            field.append(QStringView(data + i, j - i));
            i = j - 1;
        }
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || wasQuoted) {
        endRecord(line + 1);
    }
}

} // namespace cd
