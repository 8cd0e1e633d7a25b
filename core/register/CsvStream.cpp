// CsvReader::stream from a file: a megabyte at a time, in two passes. The first finds the encoding (a byte-order
// mark, else whether the bytes are UTF-8, Windows-1252, or a mix that is refused); the second decodes and parses,
// carrying a partial character, a partial record and the parser's state from one chunk to the next. What the import
// holds is the records it keeps, never the file.
#include "register/CsvReader.h"

#include <QIODevice>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <optional>

namespace cd {
namespace {

constexpr qint64 kChunkBytes = qint64{1} << 20;

// A megabyte, or what is left when less: QIODevice::read sizes its buffer by what it is asked for.
QByteArray readChunk(QIODevice& device)
{
    const qint64 left = device.bytesAvailable();
    return device.read(left > 0 ? std::min(kChunkBytes, left) : kChunkBytes);
}

// Windows-1252's 0x80-0x9F, the bytes where it differs from Latin-1 (curly quotes, the euro, dashes). The five
// bytes it leaves undefined keep their C1 control, which the validator refuses as a hidden character.
constexpr std::array<char16_t, 32> kWindows1252High = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                       0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                                       0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                       0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252, Mixed };

struct EncodingFound
{
    Encoding encoding = Encoding::Utf8;
    QString name;
    qint64 skip = 0; // the byte-order mark
    int badLine = 0; // for a mixed file: the line of the first byte that is not UTF-8
};

QString fieldTooLong(int line)
{
    return QStringLiteral("A field starting on line %1 is over 1 MB: no register has such a field, so this is not a "
                          "register export (or a quote was left open). Nothing was imported: check the file.")
        .arg(line);
}

// The length of the UTF-8 sequence a lead byte starts (0: not a lead byte), and the smallest code point it may
// carry (a smaller one is an overlong form, which is not UTF-8).
std::pair<int, char32_t> utf8Lead(unsigned char b)
{
    if (b >= 0xC2 && b <= 0xDF) {
        return {2, 0x80};
    }
    if (b >= 0xE0 && b <= 0xEF) {
        return {3, 0x800};
    }
    if (b >= 0xF0 && b <= 0xF4) {
        return {4, 0x10000};
    }
    return {0, 0};
}

// The first pass: whether the bytes after any byte-order mark are UTF-8, and if not, whether some of them were.
EncodingFound findEncoding(QIODevice& device)
{
    EncodingFound found;
    const QByteArray start = device.peek(3);
    const auto has = [&](std::initializer_list<unsigned char> bom) {
        return start.size() >= static_cast<qsizetype>(bom.size()) &&
               std::equal(bom.begin(), bom.end(), reinterpret_cast<const unsigned char*>(start.constData()));
    };
    if (has({0xFF, 0xFE}) || has({0xFE, 0xFF})) {
        const bool little = has({0xFF, 0xFE});
        return {little ? Encoding::Utf16LE : Encoding::Utf16BE,
                little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"), 2, 0};
    }
    // UTF-16 without its byte-order mark (some Windows tools write it so): the header is plain ASCII, so one byte of
    // every pair is zero. Read as UTF-8 it would come through as names full of NULs.
    const QByteArray head = device.peek(512);
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    const qsizetype pairs = head.size() / 2;
    for (qsizetype i = 0; i + 1 < head.size(); i += 2) {
        zeroEven += head.at(i) == '\0' ? 1 : 0;
        zeroOdd += head.at(i + 1) == '\0' ? 1 : 0;
    }
    if (pairs >= 8 && (zeroOdd * 10 >= pairs * 9) != (zeroEven * 10 >= pairs * 9)) {
        const bool little = zeroOdd > zeroEven;
        return {little ? Encoding::Utf16LE : Encoding::Utf16BE,
                little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"), 0, 0};
    }
    const bool bom = has({0xEF, 0xBB, 0xBF});
    found.skip = bom ? 3 : 0;
    device.seek(found.skip);
    bool multiByte = false;
    qint64 lines = 0;
    QByteArray carry;
    while (true) {
        QByteArray chunk = carry + readChunk(device);
        const bool last = device.atEnd();
        carry.clear();
        const auto* data = reinterpret_cast<const unsigned char*>(chunk.constData());
        const qsizetype size = chunk.size();
        for (qsizetype i = 0; i < size;) {
            const unsigned char b = data[i];
            if (b < 0x80) {
                lines += b == '\n' ? 1 : 0;
                ++i;
                continue;
            }
            const auto [length, least] = utf8Lead(b);
            if (length > 0 && i + length > size && !last) {
                carry = chunk.mid(i); // a character split between two chunks
                break;
            }
            bool valid = length > 0 && i + length <= size;
            char32_t c = valid ? b & (0xFFu >> (length + 1)) : 0;
            for (int k = 1; valid && k < length; ++k) {
                valid = (data[i + k] & 0xC0) == 0x80;
                c = (c << 6) | (data[i + k] & 0x3Fu);
            }
            valid = valid && c >= least && c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF);
            if (!valid) {
                if (found.badLine == 0) {
                    found.badLine = static_cast<int>(lines + 1);
                }
                if (multiByte || bom) {
                    // Some of it is UTF-8 and some is not: whichever way it is read, some names come out wrong.
                    return {Encoding::Mixed, QStringLiteral("mixed"), found.skip, found.badLine};
                }
                // No UTF-8 so far: an older Windows export, unless a valid multi-byte sequence follows.
                found.encoding = Encoding::Windows1252;
                ++i;
                continue;
            }
            if (found.encoding == Encoding::Windows1252) {
                return {Encoding::Mixed, QStringLiteral("mixed"), found.skip, found.badLine};
            }
            multiByte = true;
            i += length;
        }
        if (last) {
            break;
        }
    }
    found.name = found.encoding == Encoding::Windows1252 ? QStringLiteral("Windows-1252")
                 : bom                                   ? QStringLiteral("UTF-8 with BOM")
                                                         : QStringLiteral("UTF-8");
    return found;
}

// The second pass's parser: RFC 4180 records, fed a decoded chunk at a time. It keeps back the last character of a
// chunk that is not the last (a quote or a CR means something only with the character after it).
class Parser
{
public:
    Parser(CsvTable& table, const std::function<void(CsvRecord&&)>& visit)
        : m_table(table)
        , m_visit(visit)
    {}

    // Parses what it can of text and leaves the rest in it for the next chunk; false once the file is refused.
    bool feed(QString& text, bool last)
    {
        qsizetype i = 0;
        if (!m_started && !findHeaderLine(text, last, i)) {
            return m_table.refusal.isEmpty();
        }
        const auto* const data = reinterpret_cast<const char16_t*>(text.constData());
        const qsizetype size = text.size();
        const qsizetype limit = last ? size : size - 1;
        const char16_t delimiter = m_table.delimiter.unicode();
        // Plain characters are copied a run at a time, up to the next character that means something.
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
        for (; i < limit; ++i) {
            const char16_t c = data[i];
            if (m_quoted) {
                if (c == u'"') {
                    if (i + 1 < size && data[i + 1] == u'"') {
                        m_field.append(u'"');
                        ++i;
                    } else {
                        m_quoted = false;
                    }
                } else if (c == u'\n') {
                    ++m_line;
                    m_field.append(QChar(c));
                } else {
                    const qsizetype j = runEnd(i, true);
                    m_field.append(QStringView(data + i, j - i));
                    i = j - 1;
                }
            } else if (c == u'"' && onlySpace(m_field)) {
                m_quoted = true;
                m_wasQuoted = true;
                m_field.clear();
            } else if (c == delimiter) {
                endField();
            } else if (c == u'\r' || c == u'\n') {
                if (c == u'\r' && i + 1 < size && data[i + 1] == u'\n') {
                    ++i;
                }
                ++m_line;
                endRecord(m_line);
            } else if (c == u'"') {
                m_field.append(QChar(c));
            } else {
                const qsizetype j = runEnd(i, false);
                m_field.append(QStringView(data + i, j - i));
                i = j - 1;
            }
            if (m_field.size() > CsvReader::kMaxFieldChars) {
                m_table.refusal = fieldTooLong(m_record.line);
                return false;
            }
        }
        text.remove(0, std::min(i, size));
        if (last && (!m_field.isEmpty() || !m_record.fields.isEmpty() || m_wasQuoted)) {
            endRecord(m_line + 1);
        }
        return true;
    }

private:
    // The header is the first line with anything on it: its delimiter is the file's. False while that line is not
    // all here yet.
    bool findHeaderLine(QString& text, bool last, qsizetype& from)
    {
        qsizetype start = 0;
        while (true) {
            qsizetype end = text.indexOf(u'\n', start);
            if (end < 0 && !last) {
                text.remove(0, start); // blank lines gone; the header's start waits for the rest of its line
                if (text.size() > CsvReader::kMaxFieldChars) {
                    m_table.refusal = fieldTooLong(m_line);
                }
                return false;
            }
            if (end < 0) {
                end = text.size();
            }
            const QString candidate = text.mid(start, end - start);
            if (!candidate.trimmed().isEmpty()) {
                m_table.delimiter = CsvReader::detectDelimiter(candidate);
                m_started = true;
                m_record.line = m_line;
                from = start;
                return true;
            }
            if (end >= text.size()) {
                text.clear();
                return false;
            }
            start = end + 1;
            ++m_line;
        }
    }

    static bool onlySpace(const QString& s)
    {
        return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace(); });
    }

    void endField()
    {
        m_record.fields.append(m_wasQuoted ? m_field : m_field.trimmed());
        m_field.clear();
        m_wasQuoted = false;
    }

    void endRecord(int nextLine)
    {
        endField();
        const bool blank = std::all_of(m_record.fields.cbegin(), m_record.fields.cend(),
                                       [](const QString& f) { return f.trimmed().isEmpty(); });
        if (blank) {
            m_record.fields.clear(); // a blank line costs nothing, however many there are
            m_record.line = nextLine;
            return;
        }
        if (!m_headerDone) {
            for (const QString& h : m_record.fields) {
                m_table.header << h.trimmed();
            }
            m_headerDone = true;
        } else {
            m_visit(std::move(m_record));
        }
        m_record = CsvRecord{nextLine, {}};
        m_record.fields.reserve(m_table.header.size()); // one allocation per record, not one per field appended
    }

    CsvTable& m_table;
    const std::function<void(CsvRecord&&)>& m_visit;
    bool m_started = false;
    bool m_headerDone = false;
    int m_line = 1;
    CsvRecord m_record{1, {}};
    QString m_field;
    bool m_quoted = false;    // inside a quoted field
    bool m_wasQuoted = false; // the field began with a quote
};

} // namespace

void CsvReader::stream(QIODevice& device, CsvTable& table, const std::function<void(CsvRecord&&)>& visit,
                       const std::function<bool(int percent)>& progress)
{
    if (device.isSequential()) {
        table.refusal = QStringLiteral("The register is read twice, so it must come from a file, not a device or a "
                                       "pipe. Nothing was imported.");
        return;
    }
    device.seek(0);
    const EncodingFound found = findEncoding(device);
    table.encoding = found.name;
    if (found.encoding == Encoding::Mixed) {
        table.refusal = QStringLiteral("The file mixes UTF-8 with bytes that are not UTF-8 (the first on line %1), so "
                                       "some names would be read wrongly whichever way it is read: nothing was "
                                       "imported. Export the register again as UTF-8 (or as one Windows encoding "
                                       "throughout).")
                            .arg(found.badLine);
        return;
    }
    device.seek(found.skip);
    std::optional<QStringDecoder> decoder;
    if (found.encoding != Encoding::Windows1252) {
        decoder.emplace(found.encoding == Encoding::Utf16LE   ? QStringDecoder::Utf16LE
                        : found.encoding == Encoding::Utf16BE ? QStringDecoder::Utf16BE
                                                              : QStringDecoder::Utf8);
    }
    Parser parser(table, visit);
    QString pending;
    while (true) {
        const QByteArray chunk = readChunk(device);
        const bool last = device.atEnd() || chunk.isEmpty();
        if (decoder) {
            pending += decoder->decode(chunk);
        } else {
            const qsizetype at = pending.size();
            pending.resize(at + chunk.size());
            auto* out = reinterpret_cast<char16_t*>(pending.data()) + at;
            const auto* in = reinterpret_cast<const unsigned char*>(chunk.constData());
            for (qsizetype i = 0; i < chunk.size(); ++i) {
                const unsigned char b = in[i];
                out[i] = b >= 0x80 && b <= 0x9F ? kWindows1252High[static_cast<size_t>(b - 0x80)] : char16_t{b};
            }
        }
        if (!parser.feed(pending, last) || last) {
            break;
        }
        const qint64 size = std::max<qint64>(device.size(), 1);
        if (progress && !progress(static_cast<int>(100 * device.pos() / size))) {
            table.refusal = kCancelled;
            return;
        }
    }
    if (table.delimiter.isNull()) {
        table.delimiter = u',';
    }
}

} // namespace cd
