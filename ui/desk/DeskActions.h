#pragma once

#include "service/Actor.h"

#include <QObject>

class QWidget;

namespace cd {

class Clock;
class ConsentService;
class Database;

// The desk's actions on one patient and on the practice, each through a dialog and core's services; whoever asks
// (the patient panel, a menu, a worklist) gets the same behaviour. changed() follows every saved change.
class DeskActions : public QObject
{
    Q_OBJECT

public:
    DeskActions(Database& db, ConsentService& service, const Clock& clock, Actor actor, QWidget* window);

    void recordForm(const QString& nhs);
    // Registers a new patient; then shows them (and, when asked, opens the form that came with them).
    void registerPatient();
    void markCoded(const QString& nhs);
    void review(const QString& nhs);
    void letterReturned(const QString& nhs);
    void voidEntry(const QString& nhs);
    void mailout();
    void returnedLetters();
    void practiceSettings();

Q_SIGNALS:
    void changed();
    void message(const QString& text);
    // A patient was registered at the desk: the window shows them.
    void registered(const QString& nhs);

private:
    void report(const QString& done, const QString& refusedWhy);

    Database& m_db;
    ConsentService& m_service;
    const Clock& m_clock;
    Actor m_actor;
    QWidget* m_window;
};

} // namespace cd
