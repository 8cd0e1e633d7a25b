#include "register/CsvReader.h"

#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace cd {

namespace {

// Windows-1252's 0x80-0x9F, the bytes where it differs from Latin-1 (curly quotes, the euro, dashes). The five
// bytes it leaves undefined keep their C1 control, which the validator refuses as a hidden character.
constexpr std::array<char16_t, 32> kWindows1252High = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                       0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                                       0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                       0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

struct Utf8Scan
{
    bool multiByte = false;  // at least one valid sequence of two to four bytes
    qsizetype firstBad = -1; // the offset of the first byte that is not valid UTF-8
};

// Walks the bytes once: whether they are UTF-8, and if not, whether some of them were (a file mixing the two).
Utf8Scan scanUtf8(const QByteArray& bytes)
{
    Utf8Scan scan;
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char b = data[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t min = 0;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            min = 0x10000;
        }
        bool valid = length > 0 && i + length <= size;
        char32_t c = valid ? b & (0xFFu >> (length + 1)) : 0;
        for (int k = 1; valid && k < length; ++k) {
            const unsigned char next = data[i + k];
            valid = (next & 0xC0) == 0x80;
            c = (c << 6) | (next & 0x3Fu);
        }
        valid = valid && c >= min && c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF);
        if (!valid) {
            scan.firstBad = i;
            return scan;
        }
        scan.multiByte = true;
        i += length;
    }
    return scan;
}

QString fieldTooLong(int line)
{
    return QStringLiteral("A field starting on line %1 is over 1 MB: no register has such a field, so this is not a "
                          "register export (or a quote was left open). Nothing was imported: check the file.")
        .arg(line);
}

} // namespace

QString CsvReader::decode(const QByteArray& bytes, QString* encoding, QString* refusal)
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
    const Utf8Scan scan = scanUtf8(body);
    if (scan.firstBad < 0) {
        *encoding = bom ? QStringLiteral("UTF-8 with BOM") : QStringLiteral("UTF-8");
        return QString::fromUtf8(body);
    }
    if (scan.multiByte || bom) {
        // Some of it is UTF-8 and some is not: whichever way it is read, some names come out wrong.
        const qsizetype line = body.left(scan.firstBad).count('\n') + 1;
        *encoding = QStringLiteral("mixed");
        if (refusal) {
            *refusal = QStringLiteral("The file mixes UTF-8 with bytes that are not UTF-8 (the first on line %1), so "
                                      "some names would be read wrongly whichever way it is read: nothing was "
                                      "imported. Export the register again as UTF-8 (or as one Windows encoding "
                                      "throughout).")
                           .arg(line);
        }
        return QString();
    }
    // No UTF-8 at all and bytes above 127: an older Windows export, in Windows-1252 (0x92 is an apostrophe, ’).
    *encoding = QStringLiteral("Windows-1252");
    QString text(body.size(), Qt::Uninitialized);
    auto* out = reinterpret_cast<char16_t*>(text.data());
    const auto* in = reinterpret_cast<const unsigned char*>(body.constData());
    for (qsizetype i = 0; i < body.size(); ++i) {
        const unsigned char b = in[i];
        out[i] = b >= 0x80 && b <= 0x9F ? kWindows1252High[static_cast<size_t>(b - 0x80)] : char16_t{b};
    }
    return text;
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
    const QString text = decode(bytes, &table.encoding, &table.refusal);
    if (!table.refusal.isEmpty()) {
        return;
    }
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
            if (field.size() > kMaxFieldChars) {
                table.refusal = fieldTooLong(record.line);
                return;
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
            if (field.size() > kMaxFieldChars) {
                table.refusal = fieldTooLong(record.line);
                return;
            }
        }
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || wasQuoted) {
        endRecord(line + 1);
    }
}

} // namespace cd
