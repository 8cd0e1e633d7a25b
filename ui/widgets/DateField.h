#pragma once

#include <QDate>
#include <QLineEdit>

namespace cd {

// One way of typing a date everywhere on the desk: dd/mm/yyyy, digits only (the slashes are there already, and a
// typed slash just steps over one). Focus selects it all, so typing a whole date replaces the one shown; Tab goes to
// the next field (not the next part of the date); Enter presses the dialog's default button; a date that is not one,
// or is outside what the field allows, is refused with why, and the last good date stays. A calendar button beside
// it for the mouse.
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateField(QDate date = QDate(), QWidget* parent = nullptr);

    [[nodiscard]] QDate date() const { return m_date; }
    void setDate(QDate date);
    void setMinimumDate(QDate date);
    void setMaximumDate(QDate date);
    [[nodiscard]] QDate minimumDate() const { return m_minimum; }
    [[nodiscard]] QDate maximumDate() const { return m_maximum; }
    // How the last refused typing was refused; empty once a good date is typed.
    [[nodiscard]] QString problem() const { return m_problem; }

Q_SIGNALS:
    void dateChanged(QDate date);
    // Typing that is not an acceptable date, with the reason in words (the dialog shows it beside the field).
    void refused(const QString& why);

protected:
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    // Reads what is typed: a good date becomes the field's date; anything else is refused once complete (or on
    // leaving the field) and the last good date is shown again.
    void interpret(bool leaving);
    void showDate();
    void pickFromCalendar();

    QDate m_date;
    QDate m_minimum{1900, 1, 1};
    QDate m_maximum{2999, 12, 31};
    QString m_problem;
};

} // namespace cd
