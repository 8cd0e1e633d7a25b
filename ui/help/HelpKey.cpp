#include "help/HelpKey.h"

#include "help/UserGuideDialog.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QShortcut>
#include <QWidget>

namespace cd {

QString helpHeading(HelpSection section)
{
    switch (section) {
    case HelpSection::FirstRun:
        return QStringLiteral("The first run");
    case HelpSection::Demo:
        return QStringLiteral("The demo practice");
    case HelpSection::FindingPatient:
        return QStringLiteral("Finding a patient");
    case HelpSection::RecordingForm:
        return QStringLiteral("Recording a form");
    case HelpSection::ReturnedLetters:
        return QStringLiteral("Returned letters");
    case HelpSection::NewPatient:
        return QStringLiteral("A new patient");
    case HelpSection::Printing:
        return QStringLiteral("Printing a list or a patient's history");
    case HelpSection::PatientHistory:
        return QStringLiteral("A patient's history");
    case HelpSection::GpReview:
        return QStringLiteral("GP review");
    case HelpSection::Overview:
        return QStringLiteral("The overview");
    case HelpSection::AwaitingCoding:
        return QStringLiteral("Awaiting coding");
    case HelpSection::CodesToCorrect:
        return QStringLiteral("Codes to correct");
    case HelpSection::NotInformed:
        return QStringLiteral("Not informed and windows closing");
    case HelpSection::Importing:
        return QStringLiteral("Importing the register");
    case HelpSection::Mailouts:
        return QStringLiteral("Mail-outs");
    case HelpSection::TimelineAndCharts:
        return QStringLiteral("The rollout timeline and charts");
    case HelpSection::LmcReport:
        return QStringLiteral("The LMC report");
    case HelpSection::Exports:
        return QStringLiteral("Exports for the clinical system");
    case HelpSection::UsersAndAudit:
        return QStringLiteral("Users and the audit trail");
    case HelpSection::Backups:
        return QStringLiteral("Backups");
    case HelpSection::PracticeSettings:
        return QStringLiteral("Practice settings");
    case HelpSection::SeveralDesks:
        return QStringLiteral("Working from several desks");
    case HelpSection::KeyboardShortcuts:
        return QStringLiteral("Keyboard shortcuts");
    }
    return QString();
}

QList<HelpSection> allHelpSections()
{
    QList<HelpSection> all;
    for (int i = 0; i <= static_cast<int>(HelpSection::KeyboardShortcuts); ++i) {
        all.append(static_cast<HelpSection>(i));
    }
    return all;
}

void setHelpSection(QWidget* window, HelpSection section)
{
    window->setProperty("helpSection", helpHeading(section));
    auto* f1 = new QShortcut(QKeySequence::HelpContents, window);
    f1->setContext(Qt::WindowShortcut);
    f1->setWhatsThis(QCoreApplication::translate("cd::HelpKey", "Open the user guide at this screen's section"));
    QObject::connect(f1, &QShortcut::activated, window,
                     [window, section] { UserGuideDialog::openAt(window, helpHeading(section)); });
}

} // namespace cd
