#!/usr/bin/env bash
# Makes v3-practice.sqlite, a practice file as schema 3 (Consent Desk before the clinical-safety rules, commit
# 8b70d65) left it, for the test that opens it with the current version (tests/store/test_migration_v4.cpp).
# Run with that version's CLI: bash make-v3-practice.sh path/to/old/consentdesk-cli OUT.sqlite
set -euo pipefail
cli=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -f "$out" "$out"-wal "$out"-shm
run() { # AS-OF COMMAND...
  local asof=$1
  shift
  "$cli" --db "$out" --as-of "$asof" "$@"
}
run 2010-01-10 init --practice-code F84001 --practice-name "Old Road Surgery" --region london --window-days 56 \
  --planned-upload 2010-05-01
run 2010-01-10 import-register "$here/../register/emis-web.csv"
run 2010-01-15 mailout --date 2010-01-15
# O'Brien opts out; coded with the code as typed ("9ndo"), which schema 3 accepted and stored.
run 2010-02-01 record --nhs 9991200002 --choice dissent --received 2010-02-01 --by patient --channel post --signed
run 2010-02-03 coded --nhs 9991200002 --code 9ndo --date 2010-02-03
# A parent's consent for Khan (born 2004): in force at once under schema 3's rules, and coded.
run 2010-02-05 record --nhs 9991200029 --choice consent-core --received 2010-02-05 --by parent --channel desk
run 2010-02-06 coded --nhs 9991200029 --code 9Ndm --date 2010-02-06
# Smith-Jones: a consent recorded and coded for the wrong patient, then voided.
run 2010-02-08 record --nhs 9991200010 --choice consent-core-additional --received 2010-02-08 --by patient \
  --channel post --signed
run 2010-02-09 coded --nhs 9991200010 --code 9Ndn --date 2010-02-09
choice=$("$cli" --db "$out" --as-of 2010-02-20 status --nhs 9991200010 --json |
  python3 -c 'import json,sys; print([e["id"] for e in json.load(sys.stdin)["history"] if e["type"]=="choice"][0])')
run 2010-02-20 void --event "$choice" --reason "Recorded against the wrong patient"
# Mensah's pack came back.
run 2010-01-25 letter-returned --nhs 9991200037 --date 2010-01-25
"$cli" --db "$out" verify
sqlite3 "$out" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
rm -f "$out"-wal "$out"-shm
