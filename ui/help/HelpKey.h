#pragma once

#include <QString>

class QWidget;

namespace cd {

// The sections of docs/user-guide.md that a screen's F1 opens. Each names a heading of the guide exactly; a test
// checks that every one of them is in the guide.
enum class HelpSection {
    FirstRun,
    Demo,
    FindingPatient,
    RecordingForm,
    ReturnedLetters,
    NewPatient,
    Printing,
    PatientHistory,
    GpReview,
    Overview,
    AwaitingCoding,
    CodesToCorrect,
    NotInformed,
    Importing,
    Mailouts,
    TimelineAndCharts,
    LmcReport,
    Exports,
    UsersAndAudit,
    Backups,
    PracticeSettings,
    SeveralDesks,
    KeyboardShortcuts,
};

// The guide's heading for the section, as written in docs/user-guide.md (not translated: it is the guide's key).
QString helpHeading(HelpSection section);
// Every section, for the test that finds each in the guide.
QList<HelpSection> allHelpSections();
// F1 on this window (a dialog, a wizard) opens the user guide at the section.
void setHelpSection(QWidget* window, HelpSection section);

} // namespace cd
