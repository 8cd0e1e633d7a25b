#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QSettings;

namespace cd {

// What the desk remembers between sessions, in one place: window size and position, the patient list's columns,
// the list/panel split, and the last database. Tests give it a throwaway QSettings file.
class DeskSettings
{
public:
    DeskSettings();                                      // the user's own settings
    explicit DeskSettings(std::unique_ptr<QSettings> s); // tests: a file of their own
    ~DeskSettings();
    DeskSettings(const DeskSettings&) = delete;
    DeskSettings& operator=(const DeskSettings&) = delete;

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& value);
    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray& value);
    [[nodiscard]] QByteArray patientColumns() const;
    void setPatientColumns(const QByteArray& value);
    [[nodiscard]] QByteArray patientSplit() const;
    void setPatientSplit(const QByteArray& value);
    [[nodiscard]] QString lastDatabase() const;
    void setLastDatabase(const QString& target);
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace cd
