#include "widgets/DateField.h"

#include "domain/Dates.h"

#include <QAction>
#include <QCalendarWidget>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QStyle>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

namespace cd {
namespace {

const QString kFormat = QStringLiteral("dd/MM/yyyy");

} // namespace

DateField::DateField(QDate date, QWidget* parent)
    : QLineEdit(parent)
    , m_date(date)
{
    setInputMask(QStringLiteral("00/00/0000;_"));
    setPlaceholderText(tr("dd/mm/yyyy"));
    // Wide enough for the date and its calendar button, no wider.
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 48);
    setMaximumWidth(minimumWidth() + 24);
    auto* calendar = addAction(style()->standardIcon(QStyle::SP_ArrowDown), QLineEdit::TrailingPosition);
    calendar->setToolTip(tr("Choose the date on a calendar"));
    connect(calendar, &QAction::triggered, this, &DateField::pickFromCalendar);
    connect(this, &QLineEdit::textEdited, this, [this] { interpret(false); });
    showDate();
}

void DateField::setDate(QDate date)
{
    if (date.isValid()) {
        date = std::clamp(date, m_minimum, m_maximum);
    }
    const bool changed = date != m_date;
    m_date = date;
    m_problem.clear();
    showDate();
    if (changed) {
        Q_EMIT dateChanged(m_date);
    }
}

void DateField::setMinimumDate(QDate date)
{
    m_minimum = date;
    if (m_date.isValid() && m_date < date) {
        setDate(date);
    }
}

void DateField::setMaximumDate(QDate date)
{
    m_maximum = date;
    if (m_date.isValid() && m_date > date) {
        setDate(date);
    }
}

void DateField::showDate()
{
    setText(m_date.isValid() ? m_date.toString(kFormat) : QString());
}

void DateField::focusInEvent(QFocusEvent* event)
{
    QLineEdit::focusInEvent(event);
    // Selected whole, so a date typed in replaces it (after a click too, once the click has placed the cursor).
    QTimer::singleShot(0, this, &QLineEdit::selectAll);
}

void DateField::focusOutEvent(QFocusEvent* event)
{
    interpret(true);
    QLineEdit::focusOutEvent(event);
}

void DateField::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        interpret(true);
        event->ignore(); // the dialog's default button
        return;
    }
    if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) {
        // A day on or back, as a spin box would.
        setDate((m_date.isValid() ? m_date : QDate::currentDate()).addDays(event->key() == Qt::Key_Up ? 1 : -1));
        selectAll();
        return;
    }
    if (!event->text().isEmpty() && event->text().at(0).isDigit() && !hasSelectedText()) {
        QString typed = text();
        typed.remove(u'/').remove(u'_').remove(u' ');
        if (typed.isEmpty()) {
            setCursorPosition(0); // an empty field starts at the day, wherever a click left the cursor
        }
    }
    QLineEdit::keyPressEvent(event);
}

void DateField::interpret(bool leaving)
{
    QString digits = text();
    digits.remove(u'/').remove(u'_').remove(u' ');
    if (digits.size() < 8 && !leaving) {
        return; // still typing
    }
    if (digits.isEmpty() && leaving) {
        showDate(); // nothing typed: the date stays
        return;
    }
    QString why;
    const QDate typed = QDate::fromString(digits, QStringLiteral("ddMMyyyy"));
    if (digits.size() < 8) {
        why = tr("\"%1\" is not a whole date: type it as dd/mm/yyyy, e.g. 15/03/2010.").arg(text());
    } else if (!typed.isValid()) {
        why = tr("%1 is not a date: check the day and the month (dd/mm/yyyy, day first).").arg(text());
    } else if (typed < m_minimum) {
        why = tr("%1 is before %2, the earliest this date can be.").arg(humanDate(typed), humanDate(m_minimum));
    } else if (typed > m_maximum) {
        why = tr("%1 is after %2, the latest this date can be.").arg(humanDate(typed), humanDate(m_maximum));
    }
    if (why.isEmpty()) {
        setDate(typed);
        return;
    }
    m_problem = why;
    Q_EMIT refused(why);
    if (leaving || digits.size() >= 8) {
        QToolTip::showText(mapToGlobal(QPoint(0, height())), why, this);
        showDate(); // the last good date again
        selectAll();
    }
}

void DateField::pickFromCalendar()
{
    auto* popup = new QWidget(this, Qt::Popup);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(popup);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* calendar = new QCalendarWidget(popup);
    calendar->setDateRange(m_minimum, m_maximum);
    calendar->setSelectedDate(m_date.isValid() ? m_date : std::min(QDate::currentDate(), m_maximum));
    calendar->setFirstDayOfWeek(Qt::Monday);
    layout->addWidget(calendar);
    connect(calendar, &QCalendarWidget::activated, popup, [this, popup](QDate picked) {
        setDate(picked);
        popup->close();
        setFocus();
    });
    connect(calendar, &QCalendarWidget::clicked, popup, [this, popup](QDate picked) {
        setDate(picked);
        popup->close();
    });
    popup->move(mapToGlobal(QPoint(0, height())));
    popup->show();
    calendar->setFocus();
}

} // namespace cd
