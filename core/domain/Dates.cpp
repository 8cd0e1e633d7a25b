#include "domain/Dates.h"

#include <QRegularExpression>

#include <array>

namespace cd {

Result<QDate> parseDate(const QString& text)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression uk(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    const QString t = text.trimmed();
    int y = 0;
    int m = 0;
    int d = 0;
    if (const auto match = iso.match(t); match.hasMatch()) {
        y = match.captured(1).toInt();
        m = match.captured(2).toInt();
        d = match.captured(3).toInt();
    } else if (const auto ukMatch = uk.match(t); ukMatch.hasMatch()) {
        d = ukMatch.captured(1).toInt();
        m = ukMatch.captured(2).toInt();
        y = ukMatch.captured(3).toInt();
    } else {
        return invalid(QStringLiteral("\"%1\" is not a date: write it as YYYY-MM-DD or DD/MM/YYYY.").arg(t));
    }
    const QDate date(y, m, d);
    if (!date.isValid()) {
        return invalid(QStringLiteral("\"%1\" is not a real date: check the day and the month.").arg(t));
    }
    return date;
}

namespace {

// Writes n as `width` decimal digits at out.
char16_t* digits(char16_t* out, int n, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char16_t>(u'0' + n % 10);
        n /= 10;
    }
    return out + width;
}

} // namespace

QString isoDate(QDate date)
{
    if (!date.isValid() || date.year() < 1 || date.year() > 9999) {
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }
    std::array<char16_t, 10> text{};
    char16_t* p = digits(text.data(), date.year(), 4);
    *p++ = u'-';
    p = digits(p, date.month(), 2);
    *p++ = u'-';
    digits(p, date.day(), 2);
    return QString(reinterpret_cast<const QChar*>(text.data()), static_cast<qsizetype>(text.size()));
}

QString isoDateTime(const QDateTime& at)
{
    if (!at.isValid()) {
        return QString();
    }
    const QTime t = at.time();
    std::array<char16_t, 9> time{};
    char16_t* p = time.data();
    *p++ = u'T';
    p = digits(p, t.hour(), 2);
    *p++ = u':';
    p = digits(p, t.minute(), 2);
    *p++ = u':';
    digits(p, t.second(), 2);
    return isoDate(at.date()) +
           QString(reinterpret_cast<const QChar*>(time.data()), static_cast<qsizetype>(time.size()));
}

QString humanDate(QDate date)
{
    static constexpr std::array<const char*, 12> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (!date.isValid()) {
        return QString();
    }
    return QStringLiteral("%1 %2 %3")
        .arg(date.day())
        .arg(QLatin1String(months.at(static_cast<size_t>(date.month() - 1))))
        .arg(date.year());
}

int ageOn(QDate dateOfBirth, QDate on)
{
    int years = on.year() - dateOfBirth.year();
    if (on.month() < dateOfBirth.month() || (on.month() == dateOfBirth.month() && on.day() < dateOfBirth.day())) {
        --years;
    }
    return years;
}

} // namespace cd
