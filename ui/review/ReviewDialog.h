#pragma once

#include "domain/ConsentEvent.h"
#include "service/Actor.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace cd {

class ConsentService;
class Database;

// A GP's decision on what waits for review: the choice and why it came to a GP shown first, uphold or override,
// and the reason. A missing reason is refused in place, beside the field, with everything kept; a refusal from the
// service (a newer form recorded meanwhile) is said the same way; Escape with a reason typed asks before
// throwing it away.
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewDialog(Database& db, ConsentService& service, Actor actor, QDate today, const QString& nhsNumber,
                 ReviewOutcome proposed = ReviewOutcome::Upheld, QWidget* parent = nullptr);

    [[nodiscard]] QString what() const;    // the choice under review, in words
    [[nodiscard]] QString message() const; // why the last attempt was refused
    [[nodiscard]] qint64 savedEventId() const { return m_savedId; }
    [[nodiscard]] QPlainTextEdit* reasonEdit() const { return m_reason; }
    void setOutcome(ReviewOutcome outcome);
    void save();

    // How the dialog asks before discarding a typed reason: replaced in tests.
    std::function<bool(const QString& question)> confirmDiscard;
    // Escape and Cancel: asks first when a reason was typed.
    void reject() override;

private:
    ConsentService& m_service;
    Actor m_actor;
    QString m_nhs;
    qint64 m_choiceId = 0; // the choice the GP is shown: refused if another desk changed it meanwhile
    qint64 m_savedId = 0;
    QLabel* m_what = nullptr;
    QRadioButton* m_uphold = nullptr;
    QRadioButton* m_override = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace cd
