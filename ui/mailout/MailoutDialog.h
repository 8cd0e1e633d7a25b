#pragma once

#include "domain/Clock.h"
#include "service/Actor.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace cd {

class DateField;

class Database;

// A manager records an information-pack mail-out: the date posted and who it went to (patients sent no pack since
// they registered, the whole list, or only those whose pack came back), the number of packs and the day their
// windows close shown before it is recorded, with a warning when that is after the planned upload (asked again on
// Record), and a progress bar and Cancel meanwhile.
class MailoutDialog : public QDialog
{
    Q_OBJECT

public:
    MailoutDialog(Database& db, const Clock& clock, Actor actor, QWidget* parent = nullptr);
    [[nodiscard]] QString message() const;
    // The preview under the form: the packs, the window, and any warning about the upload.
    [[nodiscard]] QString preview() const;
    [[nodiscard]] QString warning() const;
    void record();

    // How the dialog asks before recording windows that outlast the upload: replaced in tests.
    std::function<bool(const QString& question)> confirm;

private:
    void updateCount();

    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    bool m_cancelled = false;
    bool m_running = false;
    DateField* m_date = nullptr;
    QComboBox* m_selection = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_record = nullptr;
};

} // namespace cd
