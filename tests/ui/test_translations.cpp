// Every string the desk shows goes through tr(): with a pseudo-translation that marks every source text (lrelease
// -markuntranslated), a text on screen without the mark was never translatable. Also: the committed en_GB source
// file holds every string of the code (tests/ui/check_translations_current.sh, a ctest of its own).
#include "DeskFixture.h"

#include "audit/AuditViewerDialog.h"
#include "connect/ConnectDialog.h"
#include "firstrun/FirstRunWizard.h"
#include "help/ShortcutsDialog.h"
#include "help/UserGuideDialog.h"
#include "import/ImportWizard.h"
#include "reconcile/ReconcileWizard.h"
#include "mailout/MailoutDialog.h"
#include "mailout/ReturnedLettersDialog.h"
#include "mainwindow/MainWindow.h"
#include "query/Worklists.h"
#include "record/RecordFormDialog.h"
#include "report/ReportDialog.h"
#include "review/ReviewDialog.h"
#include "settings/PracticeSettingsDialog.h"
#include "signin/SignInDialog.h"
#include "timeline/ReferenceFiguresDialog.h"
#include "timeline/TimelineEditorDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>
#include <QTranslator>
#include <QWizard>
#include <algorithm>

namespace {

constexpr char16_t kMark = u'\u00A7'; // §, the pseudo-translation's mark

// Texts that are data, not wording: figures, dates, codes, the practice's own name.
bool isData(const QString& text)
{
    static const QRegularExpression figures(QStringLiteral(R"(^[\d\s.,:%/()+\-–—<>·×*]*$)"));
    return text.trimmed().isEmpty() || figures.match(text).hasMatch();
}

class PseudoTranslated : public cd::test::DeskTest
{
protected:
    void SetUp() override
    {
        DeskTest::SetUp();
        ASSERT_TRUE(m_translator.load(QStringLiteral(CONSENTDESK_PSEUDO_QM)));
        QCoreApplication::installTranslator(&m_translator);
    }
    void TearDown() override { QCoreApplication::removeTranslator(&m_translator); }

    // Every fixed text of a window and its children that a person reads.
    QStringList untranslated(QWidget& window, const QStringList& data)
    {
        QStringList found;
        const auto check = [&](const QString& where, QString text) {
            text.remove(u'&');
            if (!text.contains(kMark) && !isData(text) && !data.contains(text)) {
                found << where + QStringLiteral(": ") + text;
            }
        };
        check(QStringLiteral("window title"), window.windowTitle());
        for (auto* label : window.findChildren<QLabel*>()) {
            if (label->textFormat() != Qt::RichText && !label->text().startsWith(u'<')) {
                check(QStringLiteral("label"), label->text());
            }
        }
        for (auto* button : window.findChildren<QAbstractButton*>()) {
            // OK, Cancel, Close...: Qt's own words, translated by Qt's translations (qtbase_*.qm)
            auto* box = qobject_cast<QDialogButtonBox*>(button->parentWidget());
            if (box && box->standardButton(button) != QDialogButtonBox::NoButton) {
                continue;
            }
            if (auto* wizard = qobject_cast<QWizard*>(&window)) {
                const auto standard = {QWizard::BackButton,   QWizard::NextButton,   QWizard::CommitButton,
                                       QWizard::FinishButton, QWizard::CancelButton, QWizard::HelpButton};
                if (std::any_of(standard.begin(), standard.end(),
                                [&](QWizard::WizardButton which) { return wizard->button(which) == button; })) {
                    continue; // Back, Next, Finish, Cancel: Qt's too
                }
            }
            if (!button->text().isEmpty()) {
                check(QStringLiteral("button"), button->text());
            }
        }
        for (auto* box : window.findChildren<QGroupBox*>()) {
            check(QStringLiteral("group"), box->title());
        }
        for (auto* edit : window.findChildren<QLineEdit*>()) {
            check(QStringLiteral("placeholder"), edit->placeholderText());
        }
        for (auto* tabs : window.findChildren<QTabBar*>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                check(QStringLiteral("tab"), tabs->tabText(i));
            }
        }
        for (auto* action : window.findChildren<QAction*>()) {
            if (!action->isSeparator()) {
                check(QStringLiteral("action"), action->text());
            }
        }
        for (auto* widget : window.findChildren<QWidget*>()) {
            check(QStringLiteral("tooltip"), widget->toolTip());
        }
        return found;
    }

    QTranslator m_translator;
};

TEST_F(PseudoTranslated, EveryTextOfTheDeskIsTranslatable)
{
    cd::MainWindow w(t.db(), QDate(2010, 3, 15), cd::test::TestDatabase::manager());
    w.show();
    QApplication::processEvents();
    const QStringList found = untranslated(w, {});
    EXPECT_TRUE(found.isEmpty()) << found.join(u'\n').toStdString();
}

TEST_F(PseudoTranslated, EveryTextOfEveryDialogIsTranslatable)
{
    cd::MainWindow w(t.db(), QDate(2010, 3, 15), cd::test::TestDatabase::manager());
    const cd::Actor manager = cd::test::TestDatabase::manager();
    const QDate day(2010, 3, 15);
    std::vector<std::unique_ptr<QWidget>> screens;
    screens.push_back(std::make_unique<cd::ShortcutsDialog>(&w));
    screens.push_back(
        std::make_unique<cd::RecordFormDialog>(t.db(), w.service(), manager, day, adultInWindow().nhsNumber));
    screens.push_back(std::make_unique<cd::MailoutDialog>(t.db(), t.clock(), manager));
    screens.push_back(std::make_unique<cd::ReturnedLettersDialog>(t.db(), w.service(), manager, day));
    screens.push_back(std::make_unique<cd::ReportDialog>(t.db(), t.clock(), manager));
    screens.push_back(std::make_unique<cd::AuditViewerDialog>(t.db(), t.clock(), manager));
    screens.push_back(std::make_unique<cd::TimelineEditorDialog>(t.db(), t.clock(), manager));
    screens.push_back(std::make_unique<cd::ReferenceFiguresDialog>(t.db(), t.clock(), manager));
    screens.push_back(std::make_unique<cd::PracticeSettingsDialog>(t.db(), t.clock(), manager));
    screens.push_back(std::make_unique<cd::ImportWizard>(t.db(), t.clock(), manager));
    screens.push_back(std::make_unique<cd::ReconcileWizard>(t.db(), t.clock(), manager));
    screens.push_back(std::make_unique<cd::SignInDialog>(t.db(), t.clock(), cd::SignInDialog::Mode::SignIn));
    screens.push_back(std::make_unique<cd::ConnectDialog>());
    screens.push_back(std::make_unique<cd::FirstRunWizard>());
    screens.push_back(std::make_unique<cd::UserGuideDialog>());
    screens.push_back(std::make_unique<cd::ReviewDialog>(
        t.db(), w.service(), manager, day,
        cd::Worklists::gpReview(t.db(), cd::Programme::scr(), day)->first().patient.nhsNumber));
    // The practice's own words (its name, region and milestones, the guide's headings) are data, not wording.
    const QStringList data = {QStringLiteral("localhost"), QStringLiteral("consentdesk"), QStringLiteral("prefer"),
                              QStringLiteral("require"),   QStringLiteral("verify-full"), QStringLiteral("disable")};
    for (auto& screen : screens) {
        const QStringList found = untranslated(*screen, data);
        EXPECT_TRUE(found.isEmpty()) << screen->metaObject()->className() << ":\n" << found.join(u'\n').toStdString();
    }
}

} // namespace
