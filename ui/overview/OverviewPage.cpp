#include "overview/OverviewPage.h"

#include "domain/Dates.h"
#include "domain/Programme.h"
#include "overview/FigureTile.h"
#include "reconcile/UploadReadiness.h"
#include "stats/HeadlineFigures.h"

#include <QGridLayout>
#include <QLocale>
#include <QVBoxLayout>

namespace cd {
namespace {

struct TileSpec
{
    const char* key;
    const char* label;
    const char* explanation;
};

// Marked for lupdate under the page's own context, which tr() looks them up in.
constexpr TileSpec kTiles[] = {
    {"list_size", QT_TRANSLATE_NOOP("cd::OverviewPage", "Registered patients"),
     QT_TRANSLATE_NOOP("cd::OverviewPage", "Patients on the practice's list on this date.")},
    {"informed", QT_TRANSLATE_NOOP("cd::OverviewPage", "Informed"),
     QT_TRANSLATE_NOOP("cd::OverviewPage", "Patients sent an information pack that did not come back.")},
    {"in_window", QT_TRANSLATE_NOOP("cd::OverviewPage", "In the opt-out window"),
     QT_TRANSLATE_NOOP("cd::OverviewPage", "Informed patients whose window is still open, with no choice yet.")},
    {"implied", QT_TRANSLATE_NOOP("cd::OverviewPage", "Implied consent"),
     QT_TRANSLATE_NOOP("cd::OverviewPage", "Window closed with no choice recorded: a record is created (9Ndl).")},
    {"consent_core", QT_TRANSLATE_NOOP("cd::OverviewPage", "Express consent, core"),
     QT_TRANSLATE_NOOP("cd::OverviewPage", "Consented to the core record only (9Ndm).")},
    {"consent_core_additional", QT_TRANSLATE_NOOP("cd::OverviewPage", "Express consent, core + additional"),
     QT_TRANSLATE_NOOP("cd::OverviewPage", "Consented to core and additional (9Ndn).")},
    {"dissent", QT_TRANSLATE_NOOP("cd::OverviewPage", "Opted out"),
     QT_TRANSLATE_NOOP("cd::OverviewPage", "Express dissent (9Ndo): no record may be uploaded.")},
    {"not_informed", QT_TRANSLATE_NOOP("cd::OverviewPage", "Not informed"),
     QT_TRANSLATE_NOOP("cd::OverviewPage", "No pack sent, or the pack came back undelivered, and no choice recorded.")},
    {"awaiting_coding", QT_TRANSLATE_NOOP("cd::OverviewPage", "Awaiting coding"),
     QT_TRANSLATE_NOOP("cd::OverviewPage", "Choices not yet coded in the clinical system.")},
    {"gp_review", QT_TRANSLATE_NOOP("cd::OverviewPage", "Waiting for GP review"),
     QT_TRANSLATE_NOOP("cd::OverviewPage", "Choices made by a proxy or a child, waiting for a GP's decision.")},
    {"letters_returned", QT_TRANSLATE_NOOP("cd::OverviewPage", "Letters returned"),
     QT_TRANSLATE_NOOP("cd::OverviewPage", "Packs that came back undelivered.")},
    {"uptake_percent", QT_TRANSLATE_NOOP("cd::OverviewPage", "Uptake"),
     QT_TRANSLATE_NOOP("cd::OverviewPage", "Records created (implied and express consent) as a share of the list.")},
    {"upload_at_risk", QT_TRANSLATE_NOOP("cd::OverviewPage", "At risk of upload"),
     QT_TRANSLATE_NOOP("cd::OverviewPage", "Opted out, but with no dissent code in the clinical system at the last "
                                           "reconciliation, or opted out since and not yet coded.")},
};

QString count(qint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(n);
}

} // namespace

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* grid = new QGridLayout;
    grid->setSpacing(10);
    int i = 0;
    for (const TileSpec& spec : kTiles) {
        auto* tile = new FigureTile(tr(spec.label), tr(spec.explanation), this);
        tile->setObjectName(QString::fromLatin1(spec.key));
        m_tiles.insert(QString::fromLatin1(spec.key), tile);
        grid->addWidget(tile, i / 4, i % 4);
        ++i;
    }
    layout->addLayout(grid);
    layout->addStretch();
}

void OverviewPage::show(const HeadlineFigures& f, const QString& codingWarning)
{
    const auto share = [&](qint64 n) {
        return f.listSize > 0 ? tr("%1% of the list").arg(QString::number(percentOf(n, f.listSize), 'f', 2))
                              : QString();
    };
    m_tiles.value(QStringLiteral("list_size"))->setValue(count(f.listSize));
    m_tiles.value(QStringLiteral("informed"))->setValue(count(f.informed()), share(f.informed()));
    for (const QString& state : Programme::scr().stateNames()) {
        if (FigureTile* tile = m_tiles.value(state)) {
            tile->setValue(count(f.count(state)), share(f.count(state)));
        }
    }
    m_tiles.value(QStringLiteral("gp_review"))->setValue(count(f.gpReview));
    m_tiles.value(QStringLiteral("letters_returned"))->setValue(count(f.lettersReturned));
    m_tiles.value(QStringLiteral("uptake_percent"))
        ->setValue(QString::number(f.uptakePercent(), 'f', 2) + u'%',
                   tr("opt-out rate %1%").arg(QString::number(f.optOutPercent(), 'f', 2)));
    FigureTile* coding = m_tiles.value(QStringLiteral("awaiting_coding"));
    coding->setValue(count(f.awaitingCoding));
    coding->setWarning(codingWarning);
}

void OverviewPage::showReadiness(const UploadReadiness& readiness)
{
    FigureTile* tile = m_tiles.value(QStringLiteral("upload_at_risk"));
    if (!readiness.reconciled()) {
        tile->setValue(QStringLiteral("\u2014"), tr("not reconciled with the clinical system yet"));
        tile->setWarning(readiness.optOutsNotCoded > 0 ? tr("Reconcile before the upload.") : QString());
        return;
    }
    tile->setValue(count(readiness.atRisk.size()), tr("reconciled %1").arg(humanDate(readiness.last->at.date())));
    tile->setWarning(readiness.atRisk.isEmpty() ? QString() : tr("Key their dissent code, then reconcile again."));
}

} // namespace cd
