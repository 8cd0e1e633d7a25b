#pragma once

#include "TestDatabase.h"

namespace cd::test {

// The practice that tests/data/reconcile's exports were written for: patients 0 to 11 of validNhsNumbers(), packs
// sent 15 January 2010, and on the desk:
//  0 dissent, coded        1 dissent, not coded     2 dissent (clinical: 9Ndl)    3 dissent (clinical: none)
//  4 consent core + AI     5 nothing (clinical: an opt-out)                       6 consent core (clinical: 9Ndo)
//  7 consent core, coded, then voided               8 nothing (clinical: 9Ndl)     9 consent core (clinical: none)
// 10 dissent (clinical: 9Ndo in 2009, then 9Ndm)   11 nothing (clinical: another programme's code)
void makeReconcilePractice(TestDatabase& t);

} // namespace cd::test
