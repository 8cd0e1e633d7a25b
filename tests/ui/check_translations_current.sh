#!/usr/bin/env bash
# The committed translation source (resources/translations/consentdesk_en_GB.ts) holds every tr() string of the
# code, so a translator working from it misses nothing.  check_translations_current.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1 src=$2
committed="$src/resources/translations/consentdesk_en_GB.ts"
fresh=$(mktemp --suffix=.ts)
trap 'rm -f "$fresh"' EXIT
cp "$committed" "$fresh"
"$lupdate" -silent -no-obsolete -locations none "$src/ui" "$src/app/gui" -ts "$fresh" 2>/dev/null
if ! diff -u "$committed" "$fresh"; then
  echo "consentdesk_en_GB.ts is behind the code: run 'cmake --build build/dev --target update_translations'" \
    "and commit the file." >&2
  exit 1
fi
echo "consentdesk_en_GB.ts: $(grep -c '<message>' "$committed") strings, current"
