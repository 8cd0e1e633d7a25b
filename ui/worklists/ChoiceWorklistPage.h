#pragma once

#include "domain/Result.h"
#include "query/Worklists.h"
#include "service/Actor.h"

#include <QDate>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace cd {

class ChoiceWorklistModel;
class ReviewDialog;
class ConsentService;
class Database;

// A worklist of choices with its actions: awaiting coding (select several, mark them coded in one action, the
// code pre-filled and dated today), codes to correct (select several, mark their codes taken out of the clinical
// record) or GP review (uphold or override, with a reason).
class ChoiceWorklistPage : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { AwaitingCoding, CodesToCorrect, GpReview };

    ChoiceWorklistPage(Kind kind, Database& db, ConsentService& service, Actor actor, QWidget* parent = nullptr);

    void reload(QDate asOf);
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] ChoiceWorklistModel* model() const { return m_model; }
    [[nodiscard]] QString message() const;
    // Marks every selected item coded (awaiting coding), after confirming.
    void markSelectedCoded();
    // Records every selected code as taken out of the clinical record (codes to correct), after confirming.
    void markSelectedRemoved();
    // Settles the selected choice (GP review) in the review dialog, proposing the outcome pressed.
    void reviewSelected(bool upheld);

    // How the page asks the user: replaced in tests, which cannot answer a modal dialog.
    std::function<bool(const QString& question)> confirm;
    std::function<bool(ReviewDialog& dialog)> runReview; // true when the review was recorded

Q_SIGNALS:
    void patientActivated(const QString& nhs);
    void changed();

private:
    // Confirms, then acts on every selected item in turn, and says how many were done and why any were not.
    void forEachSelected(const QString& selectFirst, const std::function<QString(int count)>& question,
                         const std::function<Result<qint64>(const ChoiceItem&)>& act,
                         const std::function<QString(int done, bool all)>& outcome);

    Kind m_kind;
    Database& m_db;
    ConsentService& m_service;
    Actor m_actor;
    QDate m_asOf;
    ChoiceWorklistModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace cd
