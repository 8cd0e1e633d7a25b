#!/usr/bin/env bash
# The README's two commands, and a few more for developers:
#   quickstart.sh run    install what is missing, build (release), open Consent Desk on the demo practice
#   quickstart.sh test   install what is missing, build (dev, warnings as errors), run every test
#   quickstart.sh asan   the same tests under AddressSanitizer + UndefinedBehaviorSanitizer
#   quickstart.sh bench  the Google Benchmark figures on a release build
set -euo pipefail
cd "$(dirname "$0")/.."
action=${1:-run}
jobs=${CONSENTDESK_JOBS:-2}

bash packaging/debian-deps.sh

build() { # preset
  cmake --preset "$1" >/dev/null
  cmake --build --preset "$1" -j "$jobs"
}

case "$action" in
run)
  build release
  if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "Built. There is no display here: run build/release/app/consentdesk --demo on a desktop session." >&2
    exit 1
  fi
  exec build/release/app/consentdesk --demo "${@:2}"
  ;;
test)
  build dev
  ctest --preset dev -j "$jobs"
  ;;
asan)
  build asan
  ctest --preset asan -j "$jobs" --label-exclude bench
  ;;
bench)
  build release
  build/release/tests/bench/consentdesk_bench "${@:2}"
  ;;
*)
  echo "usage: $0 run|test|asan|bench" >&2
  exit 1
  ;;
esac
