#pragma once

#include <QByteArray>
#include <QStringList>

namespace cd {

// CSV that Excel opens safely and correctly: UTF-8 with a byte-order mark (so names keep their accents), CRLF line
// ends, every field quoted, and a field that starts with =, +, -, @, a tab or a carriage return prefixed with an
// apostrophe, so a spreadsheet never runs it as a formula (CSV injection).
class CsvWriter
{
public:
    CsvWriter();
    void row(const QStringList& fields);
    [[nodiscard]] const QByteArray& bytes() const { return m_bytes; }
    static QString neutralised(const QString& field);

private:
    QByteArray m_bytes;
};

} // namespace cd
