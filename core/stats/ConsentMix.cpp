#include "stats/ConsentMix.h"

#include "store/Stores.h"

namespace cd {
namespace {

// The age at which each band after the first begins.
constexpr int kBandStartAges[] = {16, 25, 45, 65, 75};

} // namespace

const QStringList& ConsentMix::bandLabels()
{
    static const QStringList labels = {QStringLiteral("0-15"),  QStringLiteral("16-24"), QStringLiteral("25-44"),
                                       QStringLiteral("45-64"), QStringLiteral("65-74"), QStringLiteral("75+")};
    return labels;
}

const QStringList& ConsentMix::sexes()
{
    static const QStringList list = {QStringLiteral("F"), QStringLiteral("M"), QStringLiteral("U")};
    return list;
}

qint64 ConsentMix::total(int band, int sex) const
{
    qint64 sum = 0;
    for (const qint64 n : counts.at(band).at(sex)) {
        sum += n;
    }
    return sum;
}

Result<ConsentMix> ConsentMix::compute(Database& db, const Programme& programme, QDate asOf)
{
    // Band i holds those born after asOf minus the next band's start age: a patient is 16 on their birthday.
    QList<QDate> youngestBornAfter;
    for (const int age : kBandStartAges) {
        youngestBornAfter << asOf.addYears(-age);
    }
    auto rows = SegmentStore(db).countsByBand(programme.id, asOf, youngestBornAfter);
    if (!rows) {
        return rows.error();
    }
    const QStringList states = programme.stateNames();
    ConsentMix mix;
    mix.programme = &programme;
    mix.asOf = asOf;
    mix.counts = QList<QList<QList<qint64>>>(bandLabels().size(),
                                             QList<QList<qint64>>(sexes().size(), QList<qint64>(states.size(), 0)));
    for (const auto& row : *rows) {
        const auto sex = sexes().indexOf(row.sex == QLatin1String("I") ? QStringLiteral("U") : row.sex);
        const auto state = states.indexOf(row.state);
        if (row.band >= 0 && row.band < bandLabels().size() && sex >= 0 && state >= 0) {
            mix.counts[row.band][sex][state] += row.count;
        }
    }
    return mix;
}

} // namespace cd
