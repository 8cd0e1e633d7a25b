#!/usr/bin/env bash
# Issue #19's memory figures: the release CLI importing a generated 100,000-row and 2,000,000-row register into an
# empty practice (a dry run, the first import, then the same file again unchanged), with /usr/bin/time -v's peak
# resident memory and wall time for each. Needs a release build:
#   cmake --preset release && cmake --build --preset release
set -euo pipefail
cd "$(dirname "$0")/../.."
cli=build/release/app/consentdesk-cli
[[ -x $cli ]] || { echo "build the release preset first: $cli is missing" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for rows in ${ROWS:-100000 2000000}; do
  rm -f "$work"/practice.sqlite*
  "$cli" --db "$work/practice.sqlite" init --practice-code F84001 --practice-name Bench --region london >/dev/null 2>&1
  python3 tests/bench/make-register.py "$rows" "$work/register.csv"
  size=$(du -m "$work/register.csv" | cut -f1)
  for run in "dry run:--dry-run" "first import:" "unchanged re-import:"; do
    /usr/bin/time -v "$cli" --db "$work/practice.sqlite" import-register "$work/register.csv" ${run#*:} \
      >/dev/null 2>"$work/time.txt" || { cat "$work/time.txt" >&2; exit 1; }
    peak=$(awk '/Maximum resident/ {print int($6/1024)}' "$work/time.txt")
    wall=$(awk '/Elapsed/ {print $8}' "$work/time.txt")
    echo "$rows rows ($size MB), ${run%%:*}: peak $peak MB, $wall"
  done
done
