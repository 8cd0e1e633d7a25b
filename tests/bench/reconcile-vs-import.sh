#!/usr/bin/env bash
# Issue #20's figures: reconciling the 100,000-patient demo against a generated export of its codes
# (make-consent-export.py), against the first register import of a generated 100,000-row register into an empty
# practice; wall time and peak memory of each whole run (/usr/bin/time -v), and their ratio (target: at most 2x,
# at most 200 MB). Needs a release build:  cmake --preset release && cmake --build --preset release
set -euo pipefail
cd "$(dirname "$0")/../.."
cli=$PWD/build/release/app/consentdesk-cli
[[ -x $cli ]] || { echo "build the release preset first: $cli is missing" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CONSENTDESK_USER=demo-manager CONSENTDESK_PASSWORD=demo-password
"$cli" --db "$work/demo.sqlite" demo --patients 100000 >/dev/null 2>&1
python3 tests/bench/make-consent-export.py "$work/demo.sqlite" "$work/codes.csv"
"$cli" --db "$work/empty.sqlite" init --practice-code F84001 --practice-name Bench --region london >/dev/null 2>&1
python3 tests/bench/make-register.py 100000 "$work/register.csv"

measure() { # name, command...: prints "seconds peak-MB"
  /usr/bin/time -v "${@:2}" >/dev/null 2>"$work/$1.time" || { cat "$work/$1.time" >&2; exit 1; }
  awk '/Elapsed/ {n = split($8, t, ":"); s = t[n] + (n > 1 ? 60 * t[n-1] : 0)} /Maximum resident/ {m = int($6/1024)}
       END {print s, m}' "$work/$1.time"
}
read -r rs rm < <(measure reconcile "$cli" --db "$work/demo.sqlite" reconcile "$work/codes.csv")
read -r is im < <(measure import "$cli" --db "$work/empty.sqlite" import-register "$work/register.csv")
echo "reconcile, 100,000-patient demo, $(($(wc -l <"$work/codes.csv") - 1)) coded rows: ${rs} s, peak ${rm} MB"
echo "first register import, 100,000 rows: ${is} s, peak ${im} MB"
awk -v r="$rs" -v i="$is" 'BEGIN {printf "reconcile / first import = %.2f (target <= 2); peak target <= 200 MB\n", r / i}'
