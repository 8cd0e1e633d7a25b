#!/usr/bin/env bash
# Checks the Debian package as a practice's IT support would meet it, without installing it:
#   check-package.sh BUILD_DIR
# Extracts the .deb into a temporary root (dpkg-deb -x) and checks there: the files it must hold, the desktop entry
# (desktop-file-validate), the AppStream metainfo (appstreamcli validate --no-net), that the extracted
# consentdesk-cli and consentdesk print the package's version, and that lintian finds no errors.
set -euo pipefail
build=${1:?usage: check-package.sh BUILD_DIR}
deb=$(ls -t "$build"/consentdesk_*_amd64.deb | head -n 1)
version=$(dpkg-deb -f "$deb" Version)
echo "== $deb (version $version)"
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"

app=org.consentdesk.ConsentDesk
required=(
  usr/bin/consentdesk usr/bin/consentdesk-cli
  usr/share/applications/$app.desktop
  usr/share/metainfo/$app.metainfo.xml
  usr/share/icons/hicolor/scalable/apps/$app.svg
  usr/share/man/man1/consentdesk.1.gz usr/share/man/man1/consentdesk-cli.1.gz
  usr/share/bash-completion/completions/consentdesk-cli
  usr/share/doc/consentdesk/copyright usr/share/doc/consentdesk/changelog.gz
  usr/share/doc/consentdesk/user-guide.md
)
for size in 16 22 24 32 48 64 128 256; do
  required+=("usr/share/icons/hicolor/${size}x${size}/apps/$app.png")
done
missing=0
for file in "${required[@]}"; do
  if [[ ! -s "$root/$file" ]]; then
    echo "missing from the package: /$file" >&2
    missing=1
  fi
done
((missing == 0)) || exit 1
echo "files: all ${#required[@]} present"

desktop-file-validate "$root/usr/share/applications/$app.desktop"
echo "desktop-file-validate: clean"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/$app.metainfo.xml" || {
  # --pedantic notes are advice; only a failure without it fails the check
  appstreamcli validate --no-net "$root/usr/share/metainfo/$app.metainfo.xml"
}
grep -q "release version=\"$version\"" "$root/usr/share/metainfo/$app.metainfo.xml" ||
  { echo "the metainfo's release list lacks $version" >&2; exit 1; }

cli_version=$("$root/usr/bin/consentdesk-cli" --version)
gui_version=$(env -u DISPLAY -u WAYLAND_DISPLAY "$root/usr/bin/consentdesk" --version)
[[ "$cli_version" == "consentdesk-cli $version" ]] || { echo "consentdesk-cli --version: $cli_version" >&2; exit 1; }
[[ "$gui_version" == "consentdesk $version" ]] || { echo "consentdesk --version: $gui_version" >&2; exit 1; }
echo "versions: $cli_version; $gui_version"
zcat "$root/usr/share/man/man1/consentdesk-cli.1.gz" | grep -q '^\.SS import-register' ||
  { echo "the CLI's man page lacks its commands" >&2; exit 1; }

echo "== lintian"
# Errors fail the check; the warnings left are listed in the README's packaging section.
lintian --tag-display-limit 0 --fail-on error "$deb"
echo "lintian: no errors"
