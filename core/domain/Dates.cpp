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

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
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
