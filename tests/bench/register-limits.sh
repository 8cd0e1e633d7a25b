#!/usr/bin/env bash
# Issue #19's streaming limits, on generated files too large for the unit tests (ctest label bench):
#  1. a few rows and BLANK_LINES blank lines (default 200 million, a 200 MB file) dry-run in bounded memory;
#  2. a generated register of ROWS rows (default 2 million) dry-runs in memory that grows with its patients:
#     at most 40 MB plus 160 bytes a row (2 million rows: 360 MB; the target is 400 MB);
#  3. a field over 1 MB refuses the file, exit 2, saying why.
# usage: register-limits.sh CONSENTDESK-CLI [BLANK_LINES] [ROWS]   (ctest runs it smaller on the debug build)
set -euo pipefail
cli=$1
blank_lines=${2:-200000000}
rows=${3:-2000000}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cli" --db "$work/practice.sqlite" init --practice-code F84001 --practice-name Limits --region london >/dev/null 2>&1

peak_of() { awk '/Maximum resident/ {print int($6/1024)}' "$work/time.txt"; }
fail() { echo "FAIL: $*" >&2; cat "$work/out.txt" >&2 || true; exit 1; }

python3 - "$work/blank.csv" "$blank_lines" <<'PY'
import sys
path, blank = sys.argv[1], int(sys.argv[2])
with open(path, 'wb') as f:
    f.write(b'NHS Number,Surname,Date of Birth\n9434765919,Smith,01/01/1980\n')
    chunk = b'\n' * (1 << 22)
    for _ in range(blank // len(chunk)):
        f.write(chunk)
    f.write(b'\n' * (blank % len(chunk)))
    f.write(b'9434765870,Jones,02/02/1970\n')
PY
/usr/bin/time -v "$cli" --db "$work/practice.sqlite" import-register "$work/blank.csv" --dry-run --json \
  >"$work/out.txt" 2>"$work/time.txt" || fail "the blank-line file was not read"
grep -q '"added": *2' "$work/out.txt" || fail "the blank-line file's two rows were not both found"
peak=$(peak_of)
echo "$blank_lines blank lines and 2 rows: peak $peak MB"
(( peak <= 64 )) || fail "blank lines took $peak MB: memory must not grow with them"

python3 "$here/make-register.py" "$rows" "$work/register.csv"
/usr/bin/time -v "$cli" --db "$work/practice.sqlite" import-register "$work/register.csv" --dry-run \
  >"$work/out.txt" 2>"$work/time.txt" || fail "the generated register was not read"
peak=$(peak_of)
limit=$(( 40 + rows * 160 / 1000000 ))
echo "$rows generated rows: peak $peak MB (at most $limit)"
(( peak <= limit )) || fail "$rows rows took $peak MB, over $limit"

python3 - "$work/wide.csv" <<'PY'
import sys
with open(sys.argv[1], 'w') as f:
    f.write('NHS Number,Surname,Date of Birth\n9434765919,"' + 'A' * (1100 * 1024) + '",01/01/1980\n')
PY
set +e
"$cli" --db "$work/practice.sqlite" import-register "$work/wide.csv" >"$work/out.txt" 2>&1
code=$?
set -e
[[ $code == 2 ]] || fail "a field over 1 MB gave exit $code, not 2"
grep -q "1 MB" "$work/out.txt" || fail "the refusal of a field over 1 MB does not say why"
echo "a field over 1 MB: refused, exit 2"
