#!/usr/bin/env bash
# Issue #3's measurement in one run: our import of a generated 100,000-row register against sqlite3's .import of the
# same file, the unchanged re-import, the ratios, and peak memory of the whole run. Needs a release build:
#   cmake --preset release && cmake --build --preset release
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=build/release/tests/bench/consentdesk_bench_import
[[ -x $bin ]] || { echo "build the release preset first: $bin is missing" >&2; exit 1; }
/usr/bin/time -v "$bin" 2> >(grep -E 'Maximum resident set size|Elapsed' >&2)
