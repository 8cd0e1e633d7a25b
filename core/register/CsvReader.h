#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace cd {

// One record of a delimited file, with the physical line it starts on (1-based, the header is line 1).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvTable
{
    QString encoding;   // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "Windows-1252"
    QChar delimiter;    // ',', '\t', ';' or '|'
    QStringList header; // as written, trimmed
    QList<CsvRecord> records;
    // Why the file is refused whole (it mixes UTF-8 with other bytes; a field is over kMaxFieldBytes), or empty.
    QString refusal{};
};

// Reads what clinical systems export: UTF-8 with or without a byte-order mark, UTF-16 with one, and a file with no
// UTF-8 in it as Windows-1252 (older Windows exports); comma, tab, semicolon or pipe, detected from the header;
// RFC 4180 quoting with delimiters, doubled quotes and line breaks inside quotes; CRLF, LF or CR; blank lines
// anywhere. Never fails: a malformed file becomes records the validator refuses with reasons.
class CsvReader
{
public:
    // The whole file in memory: previews and tests.
    static CsvTable read(const QByteArray& bytes);
    // Record by record, never holding them all: the import. The table gets the encoding, delimiter and header;
    // each record after the header goes to visit. A record that visit refuses stops nothing.
    static void stream(const QByteArray& bytes, CsvTable& table, const std::function<void(CsvRecord&&)>& visit);
    // The same from a file, a megabyte at a time in two passes (the encoding first, then the records): memory stays
    // the same whatever the file's size. UTF-16 with its byte-order mark; valid UTF-8 as UTF-8; a file with no valid
    // multi-byte UTF-8 and some bytes above 127 as Windows-1252; a file mixing the two is refused whole (the table's
    // refusal says why and on which line). The device must be seekable (a file, a buffer). After each megabyte,
    // progress (if given) hears how far through the file the reading is, 0 to 100; false stops the reading, with the
    // refusal kCancelled.
    static void stream(QIODevice& device, CsvTable& table, const std::function<void(CsvRecord&&)>& visit,
                       const std::function<bool(int percent)>& progress = {});
    static inline const QString kCancelled = QStringLiteral("The reading was cancelled: nothing was imported.");
    // No field of a register is anywhere near this: a larger one means the file is not one.
    static constexpr qsizetype kMaxFieldChars = 1024 * 1024;
    static QChar detectDelimiter(const QString& firstLine);
};

} // namespace cd
