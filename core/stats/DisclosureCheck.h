#pragma once
// What a determined reader can work out from everything a report publishes (issue #21): every published count is a
// variable bounded by what its text allows ("*" = 1..7, a rounded 45 = 43..47, "0" = 0, "x" = 1 or more), every
// identity a reader knows is a constraint (a row's cells sum to its total; the six states to the list size; informed
// = list - not informed; a mix column's total is the states table's cell), and an integer program (GLPK) finds the
// least and greatest true value each "*" and each rounded count can have. A "*" narrowed to fewer than 4 possible
// values, or a rounded count narrowed inside its rounding interval, is a disclosure. Two reports are checked as one
// body: the cells they share (the same week's forms) are the same variables.
#include "domain/Result.h"
#include "stats/Disclosure.h"

#include <QHash>
#include <QList>
#include <QString>

#include <limits>

namespace cd {

class DisclosureBody
{
public:
    explicit DisclosureBody(DisclosureMethod method)
        : m_method(method)
    {}
    [[nodiscard]] const DisclosureMethod& method() const { return m_method; }

    // A published count standing for the true value `key`. The same key published twice (two reports) is one
    // variable with both publications' bounds.
    void add(const QString& key, const QString& label, const Published& published);
    // Every cell of a table, and its rows' and columns' sums.
    void addTable(const PublishedTable& table, const QString& label);
    // total = sum of parts.
    void addSum(const QString& total, const QStringList& parts);
    // sum of smaller <= larger (what is overdue is part of what waits).
    void addAtMost(const QStringList& smaller, const QString& larger);
    // Another report's publications and identities, as one body with this one.
    void merge(const DisclosureBody& other);

    struct Term
    {
        QString key;
        int coefficient = 1;
    };
    struct Identity
    {
        QList<Term> terms; // sum(coefficient x value) == 0, or <= 0 when atMost
        bool atMost = false;
    };
    struct Variable
    {
        QString label;
        QList<Published> publications;
    };
    [[nodiscard]] const QList<QString>& keys() const { return m_keys; }
    [[nodiscard]] const Variable& variable(const QString& key) const { return m_variables.find(key).value(); }
    [[nodiscard]] const QList<Identity>& identities() const { return m_identities; }

private:
    void declare(const QString& key);

    DisclosureMethod m_method;
    QList<QString> m_keys; // in the order first published: the check's output follows it
    QHash<QString, Variable> m_variables;
    QList<Identity> m_identities;
};

// What the reader can work out about one published count.
struct CellRange
{
    QString key;
    QString label;
    QString text;          // as published
    qint64 low = 0;        // the least true value consistent with everything published
    qint64 high = 0;       // the greatest
    qint64 allowedLow = 0; // what the text alone allows
    qint64 allowedHigh = 0;
    bool safe = true;

    [[nodiscard]] qint64 possibleValues() const
    {
        return high < 0 ? std::numeric_limits<qint64>::max() : high - low + 1;
    }
};

// Ranges for every "*", rounded and withheld count in the body, in publication order. A "*" is safe with at least 4
// possible values; a rounded count with its whole rounding interval still possible; an "x" with at least as many
// values as the "*" (4) or the rounded count (its interval) it stands in for.
Result<QList<CellRange>> checkDisclosure(const DisclosureBody& body);

} // namespace cd
