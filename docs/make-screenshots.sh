#!/usr/bin/env bash
# Takes the README's and the user guide's screenshots from the real program, offscreen, on the demo practice, so
# they stay current: bash docs/make-screenshots.sh [BUILD_DIR]  (default build/dev; run the build first).
# The pictures land in docs/screenshots; the user guide inside the program picks them up on the next build.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
out=docs/screenshots
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 TZ=Europe/London CONSENTDESK_SCREENSHOTS="$PWD/$out"
"$build/tests/consentdesk_ui_tests" \
  --gtest_filter='DeskScreens*:ChartScreens*:ImportWizard*:ReconcileWizard*:FirstRun*:DeskHelp*:ReportScreens*:EmptyPractice.*' >/dev/null
# The LMC report's first page, from the CLI's PDF (pdftoppm at 80 dpi).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cli="$build/app/consentdesk-cli"
"$cli" --db "$tmp/demo.sqlite" demo >/dev/null 2>&1
CONSENTDESK_USER=demo-manager CONSENTDESK_PASSWORD=demo-password \
  "$cli" --db "$tmp/demo.sqlite" --as-of 2010-06-30 report --pdf "$tmp/report.pdf" >/dev/null 2>&1
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$tmp/report.pdf" "$out/report-page-1"

echo "Screenshots written to $out:"
ls "$out"
