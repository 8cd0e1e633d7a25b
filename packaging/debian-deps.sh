#!/usr/bin/env bash
# Installs the Debian 12 packages Consent Desk needs to build, test and run, and only those that are missing.
# Idempotent and quick when everything is present (one dpkg-query, no apt-get). Run as root or with sudo.
set -euo pipefail

packages=(
  # toolchain
  cmake ninja-build g++ make ccache pkg-config
  # Argon2id password hashing for sign-in
  libsodium-dev
  # Qt 6.4 (Charts needs the OpenGL dev package, which --no-install-recommends skips)
  qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql qt6-charts-dev qt6-svg-dev
  # a practice server's passwords: SCRAM verifiers made on the client by libpq
  libpq-dev
  # a throwaway PostgreSQL server for the several-desks tests (CI starts it with shared/scripts/pg-throwaway.sh)
  postgresql
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev libsqlite3-dev sqlite3
  # the libFuzzer target (clang brings libFuzzer and the sanitizer runtimes)
  clang
  # translations: lupdate/lrelease and their CMake functions (qt_add_translations)
  qt6-l10n-tools qt6-tools-dev
  # the Debian package and its checks: man pages from --help, icon PNGs from the SVG, shlibdeps, validators, lintian
  help2man librsvg2-bin dpkg-dev desktop-file-utils appstream lintian bash-completion
  # the LMC report: a font for PDFs made without a display; pdftotext and the FHIR R4 schema check in its tests
  fonts-dejavu-core poppler-utils python3-jsonschema
  # the LMC report's disclosure checker: the range of every hidden or rounded count, by integer programming
  libglpk-dev
  # the desk's smoke test: the real window on a virtual X server, driven by real key events, its screen captured
  xvfb xdotool imagemagick
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "Installing missing Debian packages: ${missing[*]}" >&2
if ((EUID == 0)); then
  as_root=()
elif command -v sudo >/dev/null; then
  as_root=(sudo)
else
  echo "These packages are missing and this is not root, nor is sudo available: ${missing[*]}" >&2
  exit 1
fi
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
