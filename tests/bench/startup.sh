#!/usr/bin/env bash
# Issue #4's start-up figures: time from launch to the first painted window, and peak memory, on a 100,000-patient
# database and on an empty one (a practice with no patients); five runs each, the median reported, and the ratio.
# Needs a release build (cmake --preset release && cmake --build --preset release). Uses the X display if there is
# one (run under Xvfb for the real thing), else Qt's offscreen platform.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${CONSENTDESK_BIN:-build/release/app} # or the package build: CONSENTDESK_BIN=build/package/app
[[ -x $bin/consentdesk ]] || { echo "build the release preset first: $bin/consentdesk is missing" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CONSENTDESK_DB_PASSWORD= XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime"
# The demo's manager signs in from the environment, as a script would (no dialog to wait on).
export CONSENTDESK_USER=demo-manager CONSENTDESK_PASSWORD=demo-password
mkdir -p "$work/runtime" && chmod 700 "$work/runtime"
[[ -n ${DISPLAY:-} ]] || export QT_QPA_PLATFORM=offscreen
"$bin/consentdesk-cli" --db "$work/empty.sqlite" init --practice-code F84001 --practice-name "Empty practice" \
    --region london --manager demo-manager >/dev/null 2>&1
echo "making the ${PATIENTS:=100000}-patient database…" >&2
"$bin/consentdesk-cli" --db "$work/large.sqlite" demo --patients "$PATIENTS" >/dev/null 2>&1

measure() { # database -> "paint_ms rss_kb" of the median run (by time to first paint)
    for _ in 1 2 3 4 5; do
        /usr/bin/time -f '%M' -o "$work/time" env CONSENTDESK_EXIT_AFTER_FIRST_PAINT=1 \
            CONSENTDESK_LAUNCHED_AT_MS="$(date +%s%3N)" "$bin/consentdesk" --db "$1" --as-of 2010-03-15 \
            2>"$work/err" >/dev/null
        paint=$(sed -n 's/^first paint \([0-9]*\) ms after launch$/\1/p' "$work/err")
        echo "${paint:-?} $(cat "$work/time")"
    done | sort -n | sed -n 3p
}
read -r empty_ms empty_rss < <(measure "$work/empty.sqlite")
read -r large_ms large_rss < <(measure "$work/large.sqlite")
settled_rss=$(/usr/bin/time -f '%M' env CONSENTDESK_EXIT_AFTER_FIRST_PAINT=settled "$bin/consentdesk" \
    --db "$work/large.sqlite" --as-of 2010-03-15 2>&1 >/dev/null | tail -1)
echo "empty practice:     first painted window ${empty_ms} ms after launch, peak RSS $((empty_rss / 1024)) MB"
echo "${PATIENTS} patients: first painted window ${large_ms} ms after launch, peak RSS $((large_rss / 1024)) MB"
echo "${PATIENTS} patients, 1.5 s after the first paint (figures counted): peak RSS $((settled_rss / 1024)) MB"
awk -v a="$large_ms" -v b="$empty_ms" 'BEGIN { printf "ratio large / empty = %.2f (target <= 2; large target < 1000 ms, RSS < 150 MB)\n", a / b }'
