#!/usr/bin/env bash
# Issue #19's speed figures from one run of the release benchmark: our import of a generated 100,000-row register
# (read, checked, merged, sealed, one transaction), the floor (SQLite writing exactly the same rows into the same
# tables of an empty practice by INSERT ... SELECT, same indexes, one transaction), their ratio, the unchanged
# re-import against the first, and, for reference, the old ratio against sqlite3's .import into one flat table.
# With CONSENTDESK_TEST_PG (and CONSENTDESK_DB_PASSWORD) set, PostgreSQL's figures beside them. Peak memory of the
# whole run from /usr/bin/time -v. Needs a release build:
#   cmake --preset release && cmake --build --preset release
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=build/release/tests/bench/consentdesk_bench_import
[[ -x $bin ]] || { echo "build the release preset first: $bin is missing" >&2; exit 1; }
/usr/bin/time -v "$bin" 2> >(grep -E 'Maximum resident set size|Elapsed' >&2)
