#!/usr/bin/env bash
# The README's two commands, and a few more for developers:
#   quickstart.sh run    install what is missing, build (release), open Consent Desk on the demo practice
#   quickstart.sh test   install what is missing, build (dev, warnings as errors), run every test
#   quickstart.sh asan   the same tests under AddressSanitizer + UndefinedBehaviorSanitizer
#   quickstart.sh bench  the Google Benchmark figures on a release build
#   quickstart.sh package  the Debian package (build/package/consentdesk_VERSION_amd64.deb), then its checks
#   quickstart.sh fuzz   the register, timeline and NHS-number libFuzzer targets, CONSENTDESK_FUZZ_SECONDS each (default 60)
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
fuzz)
  build fuzz
  corpus=$(mktemp -d)
  cp tests/data/register/*.csv tests/data/register/*.txt "$corpus"/
  build/fuzz/tests/fuzz/consentdesk_fuzz_register -max_total_time="${CONSENTDESK_FUZZ_SECONDS:-60}" \
    -max_len=4096 -print_final_stats=1 "$corpus"
  rm -rf "$corpus"
  corpus=$(mktemp -d)
  cp resources/rollout/*.json tests/data/timeline/*.json "$corpus"/
  build/fuzz/tests/fuzz/consentdesk_fuzz_timeline -max_total_time="${CONSENTDESK_FUZZ_SECONDS:-60}" \
    -max_len=16384 -print_final_stats=1 "$corpus"
  rm -rf "$corpus"
  corpus=$(mktemp -d)
  cp tests/data/register/nhs-numbers.txt tests/data/nhs/* "$corpus"/ 2>/dev/null || true
  build/fuzz/tests/fuzz/consentdesk_fuzz_nhs_number -max_total_time="${CONSENTDESK_FUZZ_SECONDS:-60}" \
    -max_len=64 -print_final_stats=1 "$corpus"
  rm -rf "$corpus"
  ;;
package)
  build package
  cmake --build build/package --target package
  bash packaging/check-package.sh build/package
  ;;
bench)
  build release
  build/release/tests/bench/consentdesk_bench "${@:2}"
  ;;
*)
  echo "usage: $0 run|test|asan|bench|fuzz|package" >&2
  exit 1
  ;;
esac
