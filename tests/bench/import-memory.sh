#!/usr/bin/env bash
# Issue #19's memory figures: the release CLI's dry-run import of a generated 100,000-row and 2,000,000-row
# register, with /usr/bin/time -v's peak resident memory and wall time. Needs a release build:
#   cmake --preset release && cmake --build --preset release
set -euo pipefail
cd "$(dirname "$0")/../.."
cli=build/release/app/consentdesk-cli
[[ -x $cli ]] || { echo "build the release preset first: $cli is missing" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cli" --db "$work/practice.sqlite" init --practice-code F84001 --practice-name Bench --region london >/dev/null 2>&1
for rows in 100000 2000000; do
  python3 tests/bench/make-register.py "$rows" "$work/register.csv"
  size=$(du -m "$work/register.csv" | cut -f1)
  /usr/bin/time -v "$cli" --db "$work/practice.sqlite" import-register "$work/register.csv" --dry-run \
    >/dev/null 2>"$work/time.txt"
  peak=$(awk '/Maximum resident/ {print int($6/1024)}' "$work/time.txt")
  wall=$(awk '/Elapsed/ {print $8}' "$work/time.txt")
  echo "$rows rows ($size MB): peak $peak MB, $wall"
done
