#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QString>

namespace cd {

// Dates as people type them: YYYY-MM-DD or DD/MM/YYYY (never month-first).
Result<QDate> parseDate(const QString& text);
// Dates as stored and as written to JSON and CSV: YYYY-MM-DD (empty for an invalid date).
QString isoDate(QDate date);
// Timestamps as stored: YYYY-MM-DDTHH:MM:SS in the time of the QDateTime, as Qt::ISODate writes local times.
// Written by hand: the bulk paths write hundreds of thousands of these, and Qt's formatter costs more than the row.
QString isoDateTime(const QDateTime& at);
// "12 Feb 2010": for people, independent of the system locale so reports and golden files stay stable.
QString humanDate(QDate date);
// Whole years between a date of birth and a date.
int ageOn(QDate dateOfBirth, QDate on);

} // namespace cd
