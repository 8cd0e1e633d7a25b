#pragma once

#include "service/Actor.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace cd {

class ConsentService;
class Database;

// Returned letters, one after another, built for a barcode scanner: type or scan each NHS number and press Enter;
// each is recorded at once and confirmed with the patient's name and date of birth (in bold under the box and in the
// list), or refused with the reason (nothing recorded for it), with a running count. Enter never closes it: only
// Close or Escape do, so a stream of numbers never falls through to the window behind.
class ReturnedLettersDialog : public QDialog
{
    Q_OBJECT

public:
    ReturnedLettersDialog(Database& db, ConsentService& service, Actor actor, QDate today, QWidget* parent = nullptr);
    [[nodiscard]] QStringList lines() const;
    void submit();
    [[nodiscard]] QLineEdit* input() const { return m_input; }
    [[nodiscard]] QString tally() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Database& m_db;
    ConsentService& m_service;
    Actor m_actor;
    QDate m_today;
    QLineEdit* m_input = nullptr;
    QListWidget* m_done = nullptr;
    QLabel* m_tally = nullptr;
    QLabel* m_last = nullptr;
    int m_recorded = 0;
    int m_refused = 0;
};

} // namespace cd
