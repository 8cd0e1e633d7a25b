#include "settings/DeskSettings.h"

#include <QSettings>

namespace cd {
namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kColumns = QStringLiteral("patients/columns");
const QString kSplit = QStringLiteral("patients/split");
const QString kLastDatabase = QStringLiteral("database/last");

} // namespace

DeskSettings::DeskSettings()
    : m_settings(std::make_unique<QSettings>(QStringLiteral("consentdesk"), QStringLiteral("consentdesk")))
{}

DeskSettings::DeskSettings(std::unique_ptr<QSettings> s)
    : m_settings(std::move(s))
{}

DeskSettings::~DeskSettings() = default;

QByteArray DeskSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void DeskSettings::setWindowGeometry(const QByteArray& value)
{
    m_settings->setValue(kGeometry, value);
}

QByteArray DeskSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void DeskSettings::setWindowState(const QByteArray& value)
{
    m_settings->setValue(kState, value);
}

QByteArray DeskSettings::patientColumns() const
{
    return m_settings->value(kColumns).toByteArray();
}

void DeskSettings::setPatientColumns(const QByteArray& value)
{
    m_settings->setValue(kColumns, value);
}

QByteArray DeskSettings::patientSplit() const
{
    return m_settings->value(kSplit).toByteArray();
}

void DeskSettings::setPatientSplit(const QByteArray& value)
{
    m_settings->setValue(kSplit, value);
}

QString DeskSettings::lastDatabase() const
{
    return m_settings->value(kLastDatabase).toString();
}

void DeskSettings::setLastDatabase(const QString& target)
{
    m_settings->setValue(kLastDatabase, target);
}

void DeskSettings::sync()
{
    m_settings->sync();
}

} // namespace cd
