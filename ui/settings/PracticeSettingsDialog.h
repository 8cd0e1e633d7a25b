#pragma once

#include "domain/Clock.h"
#include "service/Actor.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cd {

class DateField;

class Database;

// The practice's settings: name and ODS code, region, the opt-out window's length and the planned upload date.
// A manager's change; a refused one says why and keeps what was typed.
class PracticeSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    PracticeSettingsDialog(Database& db, const Clock& clock, Actor actor, QWidget* parent = nullptr);
    void save();
    [[nodiscard]] QString message() const;

private:
    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_code = nullptr;
    QComboBox* m_region = nullptr;
    QSpinBox* m_window = nullptr;
    QSpinBox* m_lock = nullptr;
    QCheckBox* m_hasUpload = nullptr;
    DateField* m_upload = nullptr;
    QCheckBox* m_hasDone = nullptr; // the upload recorded as made (a manager's word, audited)
    DateField* m_done = nullptr;
    QComboBox* m_disclosure = nullptr;
    QLabel* m_windowNote = nullptr; // a new window applies to later mail-outs only
    QLabel* m_message = nullptr;
};

} // namespace cd
