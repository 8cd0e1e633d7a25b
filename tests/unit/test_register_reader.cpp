// Reading the registers clinical systems export: encodings, delimiters, quoting, headers, dates, and every reason
// a row is refused. The files in tests/data/register are built in each system's style.
#include "register/ColumnMapping.h"
#include "register/CsvReader.h"
#include "register/RegisterRows.h"

#include <QFile>
#include <QStringEncoder>

#include <QBuffer>

#include <gtest/gtest.h>

using namespace cd;

namespace {

QByteArray dataFile(const char* name)
{
    QFile f(QStringLiteral(CONSENTDESK_TEST_DATA "/register/") + QLatin1String(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

ValidatedRegister validate(const QByteArray& bytes, const QHash<QString, QString>& overrides = {})
{
    const CsvTable table = CsvReader::read(bytes);
    auto mapping = ColumnMapping::fromHeader(table.header, overrides);
    EXPECT_TRUE(mapping.ok()) << (mapping ? std::string() : mapping.error().message.toStdString());
    return mapping ? validateRegister(table, *mapping, QDate(2026, 11, 26)) : ValidatedRegister{};
}

TEST(CsvReader, QuotingDoubledQuotesAndLineBreaksInsideFields)
{
    const CsvTable t = CsvReader::read("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\r\nlast,row,here");
    EXPECT_EQ(t.header, QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    ASSERT_EQ(t.records.size(), 2);
    EXPECT_EQ(t.records[0].fields,
              QStringList({QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")}));
    EXPECT_EQ(t.records[0].line, 2);
    EXPECT_EQ(t.records[1].line, 5); // a record after a quoted line break and a blank line keeps its physical line
}

TEST(CsvReader, DetectsEachDelimiterFromTheHeader)
{
    EXPECT_EQ(CsvReader::read(dataFile("emis-web.csv")).delimiter, QChar(u','));
    EXPECT_EQ(CsvReader::read(dataFile("systmone.txt")).delimiter, QChar(u'\t'));
    EXPECT_EQ(CsvReader::read(dataFile("vision.csv")).delimiter, QChar(u'|'));
    EXPECT_EQ(CsvReader::read(dataFile("semicolon.csv")).delimiter, QChar(u';'));
    // A comma inside a quoted header does not count.
    EXPECT_EQ(CsvReader::detectDelimiter(QStringLiteral("\"Name, full\";\"DOB\";\"NHS\"")), QChar(u';'));
}

TEST(CsvReader, EncodingsAreReadNeverGarbled)
{
    const CsvTable emis = CsvReader::read(dataFile("emis-web.csv"));
    EXPECT_EQ(emis.encoding, QStringLiteral("UTF-8 with BOM"));
    EXPECT_EQ(emis.header.first(), QStringLiteral("NHS Number")); // the BOM is not part of the first header
    EXPECT_EQ(emis.records[0].fields[2], QStringLiteral("Siobhán"));

    const CsvTable s1 = CsvReader::read(dataFile("systmone.txt"));
    EXPECT_EQ(s1.encoding, QStringLiteral("Windows-1252"));
    EXPECT_EQ(s1.records[0].fields[3], QStringLiteral("Renée"));

    const QString text = QStringLiteral("NHS Number,Surname\n9991200002,Müller\n");
    QStringEncoder toUtf16(QStringEncoder::Utf16LE);
    const CsvTable utf16 = CsvReader::read(QByteArray("\xFF\xFE") + toUtf16.encode(text));
    EXPECT_EQ(utf16.encoding, QStringLiteral("UTF-16LE"));
    EXPECT_EQ(utf16.records[0].fields[1], QStringLiteral("Müller"));
}

// Older Windows exports are Windows-1252: 0x92 is the apostrophe in O’Brien, 0x80 the euro, not C1 controls.
// Some Windows tools write UTF-16 with no byte-order mark: the zero byte in every pair of the ASCII header gives it
// away, and the names come through whole instead of full of NULs.
TEST(CsvReader, Utf16WithoutItsByteOrderMarkIsRecognised)
{
    const QString text = QStringLiteral("NHS Number,Surname\r\n9434765919,Zo\u00EB O\u2019Brien\r\n");
    for (const bool little : {true, false}) {
        QByteArray bytes;
        for (const QChar c : text) {
            const char low = static_cast<char>(c.unicode() & 0xFF);
            const char high = static_cast<char>(c.unicode() >> 8);
            bytes.append(little ? low : high).append(little ? high : low);
        }
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        cd::CsvTable table;
        QList<cd::CsvRecord> records;
        cd::CsvReader::stream(buffer, table, [&](cd::CsvRecord&& r) { records.append(std::move(r)); });
        EXPECT_EQ(table.encoding, little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"));
        ASSERT_EQ(records.size(), 1);
        EXPECT_EQ(records[0].fields.value(1), QStringLiteral("Zo\u00EB O\u2019Brien"));
    }
}

TEST(CsvReader, AFileWithNoUtf8InItIsReadAsWindows1252)
{
    const CsvTable table = CsvReader::read(QByteArray("NHS Number,Surname,Address\n9991200002,O\x92"
                                                      "Brien,\x80 1 "
                                                      "Caf\xE9 Row\n"));
    EXPECT_TRUE(table.refusal.isEmpty());
    EXPECT_EQ(table.encoding, QStringLiteral("Windows-1252"));
    EXPECT_EQ(table.records[0].fields[1], QStringLiteral("O\u2019Brien"));
    EXPECT_EQ(table.records[0].fields[2], QStringLiteral("\u20AC 1 Caf\u00E9 Row"));
    // The five bytes Windows-1252 leaves undefined stay C1 controls, which the validator refuses by name.
    EXPECT_EQ(CsvReader::read(QByteArray("A,B\n1,x\x81y\n")).records[0].fields[1], QStringLiteral("x\u0081y"));
}

// A file that is part UTF-8 and part not would come out wrong whichever way it was read: it is refused whole,
// naming the first line with a bad byte.
TEST(CsvReader, AFileMixingUtf8WithOtherBytesIsRefusedWhole)
{
    const CsvTable mixed = CsvReader::read(QByteArray("NHS Number,Surname\n9991200002,M\xC3\xBCller\n"
                                                      "9991200010,O\x92"
                                                      "Brien\n"));
    EXPECT_TRUE(mixed.records.isEmpty());
    EXPECT_TRUE(mixed.refusal.contains(QStringLiteral("line 3"))) << mixed.refusal.toStdString();
    EXPECT_TRUE(mixed.refusal.contains(QStringLiteral("mixes UTF-8"))) << mixed.refusal.toStdString();
    // A byte-order mark says UTF-8: a stray Windows byte after it is the same mix.
    EXPECT_FALSE(CsvReader::read(QByteArray("\xEF\xBB\xBF"
                                            "A,B\n1,\x92\n"))
                     .refusal.isEmpty());
    // Overlong forms and surrogates are not UTF-8 either.
    EXPECT_FALSE(CsvReader::read(QByteArray("A,B\n1,\xC3\xA9\n2,\xC0\xAF\n")).refusal.isEmpty());
    EXPECT_FALSE(CsvReader::read(QByteArray("A,B\n1,\xC3\xA9\n2,\xED\xA0\x80\n")).refusal.isEmpty());
    // Valid UTF-8 of every length is UTF-8.
    const CsvTable utf8 = CsvReader::read(QByteArray("A,B\n1,\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80\n"));
    EXPECT_TRUE(utf8.refusal.isEmpty());
    EXPECT_EQ(utf8.encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(utf8.records[0].fields[1], QString::fromUtf8("\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80"));
}

// No register field is a megabyte long: such a file (or a quote left open to the end) is refused whole, up front.
TEST(CsvReader, AFieldOverOneMegabyteIsRefusedWhole)
{
    QByteArray huge = "NHS Number,Surname\n9991200002,\"";
    huge.append(QByteArray(CsvReader::kMaxFieldChars + 10, 'x'));
    huge.append("\"\n");
    const CsvTable table = CsvReader::read(huge);
    EXPECT_TRUE(table.records.isEmpty());
    EXPECT_TRUE(table.refusal.contains(QStringLiteral("over 1 MB"))) << table.refusal.toStdString();
    EXPECT_TRUE(table.refusal.contains(QStringLiteral("line 2")));
    QByteArray unquoted = "NHS Number,Surname\n9991200002,";
    unquoted.append(QByteArray(CsvReader::kMaxFieldChars + 10, 'y'));
    EXPECT_FALSE(CsvReader::read(unquoted).refusal.isEmpty());
    // Just under the limit is a (rejected later, but read) field.
    QByteArray under = "A,B\n1,";
    under.append(QByteArray(CsvReader::kMaxFieldChars - 1, 'z'));
    EXPECT_TRUE(CsvReader::read(under).refusal.isEmpty());
}

// The reader takes a file a megabyte at a time: wherever a chunk ends (inside a quoted field, between a doubled
// quote's two halves, between CR and LF, inside a multi-byte character), every record comes out the same.
TEST(CsvReader, AChunkBoundaryAnywhereInARecordChangesNothing)
{
    QStringList rows;
    QByteArray body;
    for (int i = 0; body.size() < (1 << 20) + 4096; ++i) {
        const QString name = QStringLiteral("N\u00e9\u2019%1").arg(i); // two- and three-byte characters
        const QString note = QStringLiteral("say \"\"hi\"\", %1\r\nline two").arg(i);
        rows << name;
        body += QStringLiteral("%1,\"%2\",%3\r\n").arg(i).arg(note, name).toUtf8();
    }
    for (int shift = 0; shift < 24; ++shift) {
        const QByteArray file = QByteArray(shift, '\n') + "id,note,name\r\n" + body;
        const CsvTable table = CsvReader::read(file);
        ASSERT_TRUE(table.refusal.isEmpty()) << table.refusal.toStdString();
        ASSERT_EQ(table.records.size(), rows.size()) << "shift " << shift;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const CsvRecord& r = table.records[i];
            ASSERT_EQ(r.fields.size(), 3) << "shift " << shift << " row " << i;
            ASSERT_EQ(r.fields[0], QString::number(i)) << "shift " << shift;
            ASSERT_EQ(r.fields[1], QStringLiteral("say \"hi\", %1\r\nline two").arg(i)) << "shift " << shift;
            ASSERT_EQ(r.fields[2], rows[i]) << "shift " << shift << " row " << i;
            ASSERT_EQ(r.line, shift + 2 + static_cast<int>(i) * 2) << "shift " << shift << " row " << i;
        }
    }
}

// A few rows and a great many blank lines: blank lines cost nothing to keep.
TEST(CsvReader, BlankLinesBeforeAndBetweenRowsAreSkippedWithTheirLinesCounted)
{
    QByteArray file = QByteArray(1 << 20, '\n') + "NHS Number,Surname\n" + QByteArray(1 << 20, '\n') +
                      "9991200002,Smith\n" + QByteArray(1000, ' ') + "\r\n";
    const CsvTable table = CsvReader::read(file);
    ASSERT_EQ(table.records.size(), 1);
    EXPECT_EQ(table.header.value(1), QStringLiteral("Surname"));
    EXPECT_EQ(table.records[0].line, (1 << 20) + 1 + (1 << 20) + 1);
}

TEST(CsvReader, EmptyAndBlankFilesGiveNoRecords)
{
    EXPECT_TRUE(CsvReader::read("").header.isEmpty());
    EXPECT_TRUE(CsvReader::read("\n\r\n  \n").records.isEmpty());
}

TEST(ColumnMapping, RecognisesEachSystemsHeaders)
{
    for (const char* file : {"emis-web.csv", "systmone.txt", "vision.csv", "semicolon.csv"}) {
        const CsvTable t = CsvReader::read(dataFile(file));
        auto m = ColumnMapping::fromHeader(t.header);
        ASSERT_TRUE(m.ok()) << file << ": " << m.error().message.toStdString();
        EXPECT_TRUE(m->has(RegisterField::NhsNumber)) << file;
        EXPECT_TRUE(m->has(RegisterField::Surname)) << file;
        EXPECT_TRUE(m->has(RegisterField::DateOfBirth)) << file;
        EXPECT_TRUE(m->has(RegisterField::Registered)) << file;
    }
    const CsvTable s1 = CsvReader::read(dataFile("systmone.txt"));
    EXPECT_EQ(ColumnMapping::fromHeader(s1.header)->ignored,
              QStringList({QStringLiteral("Patient ID"), QStringLiteral("Ethnicity")}));
    const CsvTable emis = CsvReader::read(dataFile("emis-web.csv"));
    EXPECT_EQ(ColumnMapping::fromHeader(emis.header)->columns.value(RegisterField::Address), QList<int>({6, 7, 8}));
}

TEST(ColumnMapping, OverridesWinAndMissingColumnsAreNamed)
{
    const QStringList header = {QStringLiteral("Ref"), QStringLiteral("Patient No"), QStringLiteral("Surname"),
                                QStringLiteral("Born")};
    const auto missing = ColumnMapping::fromHeader(header);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("nhs, dob")));
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("--map")));
    const auto mapped = ColumnMapping::fromHeader(header, {{QStringLiteral("nhs"), QStringLiteral("patient no")},
                                                           {QStringLiteral("dob"), QStringLiteral("Born")}});
    ASSERT_TRUE(mapped.ok());
    EXPECT_EQ(mapped->column(RegisterField::NhsNumber), 1);
    EXPECT_EQ(mapped->column(RegisterField::DateOfBirth), 3);
    EXPECT_FALSE(ColumnMapping::fromHeader(header, {{QStringLiteral("shoe-size"), QStringLiteral("Ref")}}).ok());
    EXPECT_FALSE(ColumnMapping::fromHeader(header, {{QStringLiteral("nhs"), QStringLiteral("Nope")}}).ok());
    EXPECT_FALSE(ColumnMapping::parseOverrides({QStringLiteral("nhs")}).ok());
}

TEST(RegisterDates, EveryFormatTheSystemsWriteAndNeverMonthFirst)
{
    for (const char* text : {"05/03/1950", "5/3/1950", "05-03-1950", "05.03.1950", "1950-03-05", "05-Mar-1950",
                             "5 Mar 1950" /* not a listed format */, "05/03/1950 00:00", "05-MARCH-1950"}) {
        const auto d = parseRegisterDate(QString::fromLatin1(text));
        if (QLatin1String(text) == QLatin1String("5 Mar 1950")) {
            EXPECT_FALSE(d.ok());
            continue;
        }
        ASSERT_TRUE(d.ok()) << text << ": " << d.error().message.toStdString();
        EXPECT_EQ(*d, QDate(1950, 3, 5)) << text;
    }
    EXPECT_TRUE(parseRegisterDate(QStringLiteral("05/03/50")).error().message.contains(QStringLiteral("2-digit year")));
    EXPECT_FALSE(parseRegisterDate(QStringLiteral("03/25/1950")).ok()); // month first: day 3 of month 25
    EXPECT_FALSE(parseRegisterDate(QStringLiteral("30-Feb-1950")).ok());
}

TEST(RegisterDates, DateTimesAndNearMissesAreReadExactly)
{
    for (const char* text :
         {"1950-03-05T10:30", "1950-03-05 10:30:15", " 05/03/1950 ", "05/03/1950T9:05", "05.Mar.1950"}) {
        const auto d = parseRegisterDate(QString::fromLatin1(text));
        ASSERT_TRUE(d.ok()) << text << ": " << d.error().message.toStdString();
        EXPECT_EQ(*d, QDate(1950, 3, 5)) << text;
    }
    for (const char* text : {"", "1950-03-05T", "1950-03-05 10", "1950-03-05 10:3", "05/03/1950 10:30:1", "005/03/1950",
                             "05/003/1950", "05/Ma/1950", "05/Marchember/1950", "05/03/1950x", "1950/03/05", "05/03",
                             "٠٥/٠٣/١٩٥٠" /* Arabic-Indic digits */}) {
        EXPECT_FALSE(parseRegisterDate(QString::fromUtf8(text)).ok()) << text;
    }
    EXPECT_TRUE(
        parseRegisterDate(QStringLiteral("05/03/19500")).error().message.contains(QStringLiteral("5-digit year")));
    EXPECT_TRUE(parseRegisterDate(QStringLiteral("31/04/1950")).error().message.contains(QStringLiteral("day 31")));
}

TEST(RegisterRows, EveryRejectionReasonWithItsLine)
{
    const ValidatedRegister v = validate(dataFile("rejections.csv"));
    ASSERT_EQ(v.rows.size(), 1);
    EXPECT_EQ(v.rows[0].line, 2);
    EXPECT_EQ(v.rows[0].patient.familyName, QStringLiteral("Valid"));
    const QList<std::pair<int, const char*>> expected = {{3, "NHS number is missing"},
                                                         {4, "Modulus 11"},
                                                         {5, "surname is missing"},
                                                         {6, "date of birth is missing"},
                                                         {7, "not a real date"},
                                                         {8, "in the future"},
                                                         {9, "registration date is unreadable"},
                                                         {10, "before the date of birth"},
                                                         {11, "appears on 2 rows"},
                                                         {12, "appears on 2 rows"},
                                                         {13, "2-digit year"},
                                                         {14, "sex \"X\""}};
    ASSERT_EQ(v.rejects.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(v.rejects[i].line, expected[i].first);
        EXPECT_TRUE(v.rejects[i].reason.contains(QString::fromUtf8(expected[i].second)))
            << "line " << v.rejects[i].line << ": " << v.rejects[i].reason.toStdString();
    }
    EXPECT_EQ(v.rejects[0].nhsAsWritten, QString()); // as written: nothing
}

// A name over 100 characters, an address over 500, or a NUL, a control character or a direction override in a
// name, address or postcode: the row is rejected with its line and the reason, like any other bad row.
TEST(RegisterRows, OverlongAndHiddenCharacterFieldsAreRejectedWithTheirLine)
{
    const QString longName(101, u'a');
    const QString longAddress(501, u'b');
    QString file = QStringLiteral("NHS Number,Surname,Forename,Date of Birth,Sex,Address,Postcode\n");
    file += QStringLiteral("9991200002,%1,Ann,01/01/1960,F,,\n").arg(longName);               // line 2
    file += QStringLiteral("9991200010,Smith,%1,01/01/1960,F,,\n").arg(longName);             // line 3
    file += QStringLiteral("9991200029,Smith,Ann,01/01/1960,F,\"%1\",\n").arg(longAddress);   // line 4
    file += QStringLiteral("9991200037,Sm\u202Eith,Ann,01/01/1960,F,,\n");                    // line 5
    file += QStringLiteral("9991200045,Smith,Ann,01/01/1960,F,1 High St,E17\u00001AA\n");     // line 6
    file += QStringLiteral("9991200053,Smith,Ann,01/01/1960,F,1 High St\u001B[2J,E17 1AA\n"); // line 7
    file += QStringLiteral("9991200061,%1,Ann,01/01/1960,F,%2,E17 1AA\n")                     // line 8: the limits
                .arg(QString(100, u'c'), QString(500, u'd'));
    const ValidatedRegister v = validate(file.toUtf8());
    ASSERT_EQ(v.rows.size(), 1);
    EXPECT_EQ(v.rows[0].line, 8);
    const QList<std::pair<int, const char*>> expected = {{2, "surname is 101 characters"},
                                                         {3, "forename is 101 characters"},
                                                         {4, "address is 501 characters"},
                                                         {5, "surname"},
                                                         {6, "postcode"},
                                                         {7, "address"}};
    ASSERT_EQ(v.rejects.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(v.rejects[i].line, expected[i].first);
        EXPECT_TRUE(v.rejects[i].reason.contains(QString::fromUtf8(expected[i].second)))
            << "line " << v.rejects[i].line << ": " << v.rejects[i].reason.toStdString();
    }
}

TEST(RegisterRows, EachSystemsRowsComeThroughWhole)
{
    const auto emis = validate(dataFile("emis-web.csv"));
    ASSERT_EQ(emis.rows.size(), 5);
    EXPECT_TRUE(emis.rejects.isEmpty());
    const Patient first = emis.rows[0].patient; // rows are kept packed: each is unpacked into a value
    EXPECT_EQ(first.nhsNumber, QStringLiteral("9991200002"));
    EXPECT_EQ(first.familyName, QStringLiteral("O'Brien"));
    EXPECT_EQ(first.address, QStringLiteral("12 High Street, Flat 2, Rear, Walthamstow"));
    EXPECT_EQ(first.postcode, QStringLiteral("E17 3LL"));
    EXPECT_EQ(emis.rows[3].patient.address, QStringLiteral("3 \"The Limes\", Church Lane, Chingford"));

    const auto s1 = validate(dataFile("systmone.txt"));
    ASSERT_EQ(s1.rows.size(), 4);
    EXPECT_EQ(s1.rows[0].patient.sex, QStringLiteral("F"));
    EXPECT_EQ(s1.rows[0].patient.dateOfBirth, QDate(1961, 1, 12));
    EXPECT_EQ(s1.rows[1].registered, QDate(2012, 2, 14));

    const auto vision = validate(dataFile("vision.csv"));
    ASSERT_EQ(vision.rows.size(), 3);
    EXPECT_EQ(vision.rows[0].patient.address, QStringLiteral("14 Manor Road\nLeytonstone"));
    EXPECT_EQ(vision.rows[1].patient.familyName, QStringLiteral("Wiśniewska"));
    // Physical lines: Patel spans 2-3 (a quoted line break), 4 is blank, Wiśniewska spans 5-6, Ali is on 7.
    EXPECT_EQ(vision.rows[1].line, 5);
    EXPECT_EQ(vision.rows[2].line, 7);

    EXPECT_EQ(validate(dataFile("semicolon.csv")).rows.size(), 2);
}

TEST(RegisterRows, TheSharedSampleExportReadsWithReasonsForItsBadRows)
{
    QFile f(QStringLiteral(CONSENTDESK_TEST_DATA "/../../../shared/data/sample-register-emis.csv"));
    if (!f.open(QIODevice::ReadOnly)) {
        GTEST_SKIP() << "../shared/data is not beside the project";
    }
    const auto v = validate(f.readAll());
    EXPECT_GT(v.rows.size(), 30);
    EXPECT_GT(v.rejects.size(), 0);
    for (const auto& r : v.rejects) {
        EXPECT_FALSE(r.reason.isEmpty());
        EXPECT_GT(r.line, 1);
    }
}

} // namespace
