#!/usr/bin/env bash
# The desk under real X key events, as a receptionist's keyboard and a barcode scanner drive it (QTest cannot fire
# mnemonics or route keys through a window system): Xvfb, xdotool, ImageMagick's import.
#   desk-smoke.sh GUI CLI [SCREENSHOT_DIR]
# 1. scans ten returned letters in one go, two of them bad: the dialog stays open, the eight good ones are recorded
#    and nothing falls through to the list behind it;
# 2. selects a patient, changes the search to another, and presses Record: the form is recorded for the patient now
#    listed, never the one selected before; with nobody listed, Record opens nothing;
# 3. locks the desk with a patient showing: the window behind the unlock box shows none of the desk; the password
#    brings it back.
# The demo practice is made in a temporary folder; SCREENSHOT_DIR keeps pictures of each step (and of a failure).
set -euo pipefail
gui=$(realpath "$1")
cli=$(realpath "$2")
shots=${3:-}

for tool in Xvfb xdotool import convert python3; do
  command -v "$tool" >/dev/null || {
    echo "desk-smoke: $tool is missing; packaging/debian-deps.sh installs it" >&2
    exit 1
  }
done

work=$(mktemp -d)
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/run" CONSENTDESK_PASSWORD=demo-password
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset WAYLAND_DISPLAY QT_QPA_PLATFORM
db="$work/demo.sqlite"
asof=2010-03-15
pids=()
finish() {
  local rc=$?
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
  exit "$rc"
}
trap finish EXIT
fail() {
  echo "desk-smoke: FAILED: $*" >&2
  echo "desk-smoke: the windows showing:" >&2
  for w in $(xdotool search --onlyvisible --name . 2>/dev/null); do echo "  $(xdotool getwindowname "$w")" >&2; done
  [[ -n "$shots" ]] && import -window root "$shots/smoke-failure.png" 2>/dev/null || true
  exit 1
}
step() { echo "desk-smoke: $*"; }

# A display of our own: the first free number from 90.
for n in $(seq 90 140); do
  [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] || break
done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY=":$n"
for _ in $(seq 50); do xdotool getmouselocation >/dev/null 2>&1 && break || sleep 0.2; done

"$cli" --db "$db" demo --patients 2000 >/dev/null 2>&1
q() { "$cli" --db "$db" --user demo-reception --as-of "$asof" "$@"; }

# Patients for the test, read as a script would: eight to scan, A to select first, B to record for.
q find smi --json >"$work/smi.json"
q find jon --json >"$work/jon.json"
readarray -t picked < <(python3 - "$work/smi.json" "$work/jon.json" <<'EOF'
import json, sys
people = []
for path in sys.argv[1:]:
    people += json.load(open(path))["patients"]
ok = [p for p in people if p["registered"] and p["state"] == "in_window" and not p["letter_returned"]
      and p["age"] >= 16 and not p["awaiting_coding"]]
seen, out = set(), []
for p in ok:
    if p["nhs"] not in seen:
        seen.add(p["nhs"]); out.append(p["nhs"])
if len(out) < 10:
    sys.exit("desk-smoke: the demo has too few patients in their window")
print("\n".join(out[:10]))
EOF
)
letters=("${picked[@]:0:8}")
patientA=${picked[8]}
patientB=${picked[9]}
# Two bad scans: a number whose check digit is wrong, and a valid number of nobody at the practice.
badCheck="${letters[0]:0:9}$(((${letters[0]:9:1} + 1) % 10))"
unknown=$(python3 -c '
for base in range(999000000, 999999999):
    s = str(base); t = sum(int(d) * (10 - i) for i, d in enumerate(s)); c = 11 - t % 11
    c = 0 if c == 11 else c
    if c != 10 and s.startswith("9998"): print(s + str(c)); break')
returnedBefore=$(q worklist returned-letters --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])')

window_named() { xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1; }
wait_window() { # title, seconds
  for _ in $(seq $((${2:-20} * 5))); do
    w=$(window_named "$1") && [[ -n "$w" ]] && {
      echo "$w"
      return 0
    }
    sleep 0.2
  done
  return 1
}
wait_gone() {
  for _ in $(seq 50); do [[ -z "$(window_named "$1")" ]] && return 0 || sleep 0.2; done
  return 1
}
keys() { xdotool key --delay 60 "$@"; }
typed() { xdotool type --delay 40 "$1"; }
focus() { xdotool windowfocus --sync "$1" 2>/dev/null || xdotool windowfocus "$1"; }

step "signing in as a receptionist"
"$gui" --db "$db" --as-of "$asof" >"$work/gui.log" 2>&1 &
pids+=($!)
signin=$(wait_window "Sign in" 60) || fail "the sign-in box did not open"
focus "$signin"
keys alt+u ctrl+a # the user name, by its mnemonic (the password has the focus)
typed demo-reception
keys alt+p
typed demo-password
keys Return
wait_gone "Sign in" || fail "sign-in did not finish"
desk=$(wait_window "Consent Desk" 30) || fail "the desk did not open"
xdotool windowsize "$desk" 1024 700 windowmove "$desk" 0 0
focus "$desk"
sleep 1

step "1. scanning ten returned letters, two of them bad"
keys ctrl+l
letters_box=$(wait_window "Record returned letters") || fail "Ctrl+L did not open returned letters"
focus "$letters_box"
scan=("${letters[@]:0:3}" "$badCheck" "${letters[@]:3:3}" "$unknown" "${letters[@]:6:2}")
for number in "${scan[@]}"; do
  typed "$number"
  keys Return
  sleep 0.3
  [[ -n "$(window_named "Record returned letters")" ]] || fail "the dialog closed after scanning $number"
done
[[ -n "$shots" ]] && import -window root "$shots/smoke-returned-letters.png"
keys Escape
wait_gone "Record returned letters" || fail "Escape did not close returned letters"
returnedAfter=$(q worklist returned-letters --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])')
((returnedAfter == returnedBefore + 8)) || fail "expected $((returnedBefore + 8)) returned letters, found $returnedAfter"
for number in "${letters[@]}"; do
  q status --nhs "$number" --json | grep -q '"letter_returned": true' || fail "the letter of $number was not recorded"
done

step "2. selecting patient A, changing the search to patient B, then Record"
focus "$desk"
keys ctrl+f ctrl+a
typed "$patientA"
keys Return # to the list: A selected
sleep 0.5
keys ctrl+f ctrl+a
typed "nobody-of-this-name"
sleep 0.5
keys ctrl+r
sleep 1
[[ -z "$(window_named "Record a form")" ]] || fail "Record opened a form with nobody listed"
keys ctrl+f ctrl+a
typed "$patientB"
keys Return # the one patient listed: B
sleep 0.5
keys ctrl+r
form=$(wait_window "Record a form") || fail "Record did not open a form for the patient listed"
focus "$form"
keys alt+i # identity checked (a mnemonic clicks its box a moment later, as a mouse would)
sleep 0.3
keys alt+g # signature present
sleep 0.3
keys Return # Continue: the summary
sleep 0.5
[[ -n "$shots" ]] && import -window root "$shots/smoke-record-summary.png"
keys Return # Save
wait_gone "Record a form" || fail "the form was not saved"
choicesOf() {
  q status --nhs "$1" --json | python3 -c '
import json, sys
print(sum(1 for e in json.load(sys.stdin)["history"] if e["type"] == "choice" and not e["voided"]))'
}
(($(choicesOf "$patientB") == 1)) || fail "no form was recorded for patient B, the patient listed"
(($(choicesOf "$patientA") == 0)) || fail "a form was recorded for patient A, selected before the search changed"

step "3. locking with a patient showing"
focus "$desk"
keys ctrl+f ctrl+a
typed "$patientA"
keys Return
sleep 0.5
# The desk's left part (the patient list) before and after locking: busy with names, then one plain colour.
spread() {
  import -window root -crop 240x400+20+200 +repage "$work/crop.png"
  convert "$work/crop.png" -colorspace Gray -format '%[fx:standard_deviation]' info:
}
before=$(spread)
keys ctrl+shift+l
wait_window "Consent Desk is locked" 30 >/dev/null || fail "Ctrl+Shift+L did not lock the desk"
sleep 1
after=$(spread)
[[ -n "$shots" ]] && import -window root "$shots/smoke-locked.png"
python3 -c "import sys; b, a = float('$before'), float('$after'); sys.exit(0 if b > 0.02 and a < 0.005 else 1)" ||
  fail "the patient list still shows behind the lock (spread $before before, $after after)"
# The password alone unlocks it, and the desk is back where it was.
focus "$(window_named "Consent Desk is locked")"
typed demo-password
keys Return
wait_gone "Consent Desk is locked" || fail "the password did not unlock the desk"
sleep 0.5
back=$(spread)
python3 -c "import sys; sys.exit(0 if float('$back') > 0.02 else 1)" || fail "the desk did not come back after unlocking"
step "passed"

