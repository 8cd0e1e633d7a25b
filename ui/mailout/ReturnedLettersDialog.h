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

// Returned letters, one after another: type or scan each NHS number and press Enter; each is recorded at once and
// confirmed with the patient's name in the list below, or refused with the reason (nothing recorded for it).
class ReturnedLettersDialog : public QDialog
{
    Q_OBJECT

public:
    ReturnedLettersDialog(Database& db, ConsentService& service, Actor actor, QDate today, QWidget* parent = nullptr);
    [[nodiscard]] QStringList lines() const;
    void submit();
    [[nodiscard]] QLineEdit* input() const { return m_input; }

private:
    Database& m_db;
    ConsentService& m_service;
    Actor m_actor;
    QDate m_today;
    QLineEdit* m_input = nullptr;
    QListWidget* m_done = nullptr;
    QLabel* m_tally = nullptr;
    int m_recorded = 0;
};

} // namespace cd
