#pragma once

#include "domain/Clock.h"
#include "service/Actor.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace cd {

class Database;

// A manager records an information-pack mail-out: the date posted and who it went to (patients never sent a pack,
// or the whole list), the number of packs shown before it is recorded, with a progress bar and Cancel meanwhile.
class MailoutDialog : public QDialog
{
    Q_OBJECT

public:
    MailoutDialog(Database& db, const Clock& clock, Actor actor, QWidget* parent = nullptr);
    [[nodiscard]] QString message() const;
    void record();

private:
    void updateCount();

    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    bool m_cancelled = false;
    bool m_running = false;
    QDateEdit* m_date = nullptr;
    QComboBox* m_selection = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_record = nullptr;
};

} // namespace cd
