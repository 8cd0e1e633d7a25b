#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace cd {

class Database;
class PatientListModel;

// A worklist of patients rather than choices, read a page at a time: returned letters and patients not
// informed (one page, a switch between them), or opt-out windows closing in the next 14 days.
class PatientWorklistPage : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { NotInformed, WindowClosing };
    static constexpr int kClosingDays = 14;

    PatientWorklistPage(Kind kind, Database& db, QDate asOf, QWidget* parent = nullptr);
    void reload(QDate asOf);
    [[nodiscard]] PatientListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }

Q_SIGNALS:
    void patientActivated(const QString& nhs);

private:
    void applyFilter();

    Kind m_kind;
    QDate m_asOf;
    PatientListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_which = nullptr;
    QLabel* m_heading = nullptr;
};

} // namespace cd
