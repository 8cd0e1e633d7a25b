#include "stats/DisclosureCheck.h"

#include <glpk.h>

#include <cmath>
#include <memory>
#include <vector>

namespace cd {

void DisclosureBody::declare(const QString& key)
{
    if (!m_variables.contains(key)) {
        m_keys.append(key);
        m_variables.insert(key, {});
    }
}

void DisclosureBody::add(const QString& key, const QString& label, const Published& published)
{
    declare(key);
    Variable& v = m_variables[key];
    if (v.label.isEmpty()) {
        v.label = label;
    }
    v.publications.append(published);
}

void DisclosureBody::addTable(const PublishedTable& table, const QString& label)
{
    const int rows = table.rowCount();
    const int columns = table.columnCount();
    for (int r = 0; r <= rows; ++r) {
        for (int c = 0; c <= columns; ++c) {
            add(table.cellKey(r, c),
                QStringLiteral("%1: %2, %3")
                    .arg(label, r < rows ? table.rowLabels().at(r) : QStringLiteral("Total"),
                         c < columns ? table.columnLabels().at(c) : QStringLiteral("Total")),
                table.cell(r, c));
        }
    }
    for (int r = 0; r <= rows; ++r) {
        QStringList parts;
        for (int c = 0; c < columns; ++c) {
            parts << table.cellKey(r, c);
        }
        addSum(table.cellKey(r, columns), parts);
    }
    for (int c = 0; c <= columns; ++c) {
        QStringList parts;
        for (int r = 0; r < rows; ++r) {
            parts << table.cellKey(r, c);
        }
        addSum(table.cellKey(rows, c), parts);
    }
}

void DisclosureBody::addSum(const QString& total, const QStringList& parts)
{
    if (parts.size() == 1 && parts.constFirst() == total) {
        return; // a one-row table's totals are its row
    }
    Identity identity;
    declare(total);
    identity.terms.append({total, -1});
    for (const QString& part : parts) {
        declare(part);
        identity.terms.append({part, 1});
    }
    m_identities.append(identity);
}

void DisclosureBody::addAtMost(const QStringList& smaller, const QString& larger)
{
    Identity identity;
    identity.atMost = true;
    declare(larger);
    identity.terms.append({larger, -1});
    for (const QString& part : smaller) {
        declare(part);
        identity.terms.append({part, 1});
    }
    m_identities.append(identity);
}

void DisclosureBody::merge(const DisclosureBody& other)
{
    for (const QString& key : other.keys()) {
        for (const Published& p : other.variable(key).publications) {
            add(key, other.variable(key).label, p);
        }
    }
    m_identities.append(other.identities());
}

namespace {

struct ProblemDeleter
{
    void operator()(glp_prob* p) const { glp_delete_prob(p); }
};

} // namespace

Result<QList<CellRange>> checkDisclosure(const DisclosureBody& body)
{
    glp_term_out(GLP_OFF);
    const DisclosureMethod& method = body.method();
    std::unique_ptr<glp_prob, ProblemDeleter> problem(glp_create_prob());
    glp_prob* lp = problem.get();
    const QList<QString>& keys = body.keys();
    QHash<QString, int> column;
    glp_add_cols(lp, static_cast<int>(keys.size()));
    for (int i = 0; i < keys.size(); ++i) {
        column.insert(keys.at(i), i + 1);
        qint64 low = 0;
        qint64 high = -1; // no upper bound
        for (const Published& p : body.variable(keys.at(i)).publications) {
            low = std::max(low, p.low(method));
            if (p.high(method) >= 0) {
                high = high < 0 ? p.high(method) : std::min(high, p.high(method));
            }
        }
        if (high >= 0 && high < low) {
            return Error{ErrorKind::Conflict,
                         QStringLiteral("The reports publish %1 inconsistently.").arg(body.variable(keys.at(i)).label)};
        }
        glp_set_col_kind(lp, i + 1, GLP_IV);
        const auto lo = static_cast<double>(low);
        const auto hi = static_cast<double>(high);
        glp_set_col_bnds(lp, i + 1, high < 0 ? GLP_LO : (low == high ? GLP_FX : GLP_DB), lo, high < 0 ? 0.0 : hi);
    }
    const QList<DisclosureBody::Identity>& identities = body.identities();
    if (!identities.isEmpty()) {
        glp_add_rows(lp, static_cast<int>(identities.size()));
    }
    for (int r = 0; r < identities.size(); ++r) {
        const DisclosureBody::Identity& identity = identities.at(r);
        // GLPK's arrays start at index 1.
        QHash<int, double> coefficients;
        for (const DisclosureBody::Term& term : identity.terms) {
            coefficients[column.value(term.key)] += term.coefficient;
        }
        std::vector<int> index{0};
        std::vector<double> value{0.0};
        for (auto it = coefficients.cbegin(); it != coefficients.cend(); ++it) {
            if (it.value() != 0.0) {
                index.push_back(it.key());
                value.push_back(it.value());
            }
        }
        glp_set_row_bnds(lp, r + 1, identity.atMost ? GLP_UP : GLP_FX, 0.0, 0.0);
        glp_set_mat_row(lp, r + 1, static_cast<int>(index.size() - 1), index.data(), value.data());
    }
    glp_iocp parameters;
    glp_init_iocp(&parameters);
    parameters.presolve = GLP_ON;
    parameters.msg_lev = GLP_MSG_OFF;
    const auto solve = [&](int target, int direction) -> std::optional<qint64> {
        glp_set_obj_dir(lp, direction);
        glp_set_obj_coef(lp, target, 1.0);
        const int ran = glp_intopt(lp, &parameters);
        glp_set_obj_coef(lp, target, 0.0);
        if (ran == GLP_ENODFS && direction == GLP_MAX) {
            return -1; // unbounded: nothing published caps a withheld count
        }
        if (ran != 0 || glp_mip_status(lp) != GLP_OPT) {
            return std::nullopt;
        }
        return qint64{std::llround(glp_mip_obj_val(lp))};
    };
    QList<CellRange> ranges;
    for (int i = 0; i < keys.size(); ++i) {
        const DisclosureBody::Variable& v = body.variable(keys.at(i));
        const Published& shown = v.publications.constFirst();
        // A withheld count is checked as what it would have been: an "x" must not give away a small count, nor a
        // rounded one more closely than rounding would have.
        const Published would = shown.unwithheld();
        if (would.kind != Published::Kind::Suppressed && would.kind != Published::Kind::Rounded) {
            continue;
        }
        const auto low = solve(i + 1, GLP_MIN);
        const auto high = solve(i + 1, GLP_MAX);
        if (!low || !high) {
            return Error{ErrorKind::Conflict,
                         QStringLiteral("The disclosure check could not bound %1: the published figures do not "
                                        "agree with one another.")
                             .arg(v.label)};
        }
        CellRange range{keys.at(i), v.label, shown.text(), *low, *high, would.low(method), would.high(method), true};
        // A "*" keeps at least 4 possible values; a rounded count its whole rounding interval; a withheld one at
        // least as many values as the figure it hides would have had.
        const qint64 interval = range.allowedHigh - range.allowedLow + 1;
        if (would.kind == Published::Kind::Suppressed) {
            range.safe = range.possibleValues() >= 4;
        } else if (shown.kind == Published::Kind::Withheld) {
            range.safe = range.possibleValues() >= interval;
        } else {
            range.safe = range.low <= range.allowedLow && range.high >= range.allowedHigh;
        }
        ranges.append(range);
    }
    return ranges;
}

} // namespace cd
