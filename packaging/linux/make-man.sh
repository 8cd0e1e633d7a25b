#!/usr/bin/env bash
# Makes the man pages from the programs' own --help and --version, so they cannot drift from them.
#   make-man.sh GUI_EXE CLI_EXE OUT_DIR
# consentdesk-cli's page also gets a COMMANDS section: each command's own --help.
set -euo pipefail
gui=$1 cli=$2 out=$3
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 XDG_RUNTIME_DIR="$work"

roff_escape() { sed -e 's/\\/\\e/g' -e "s/^['.]/\\\\\&&/" -e 's/-/\\-/g'; }

common() { # the FILES and ENVIRONMENT sections both programs share
  cat <<'ROFF'
[ENVIRONMENT]
.TP
.B CONSENTDESK_USER
The user to sign in as, as \-\-user (the option wins).
.TP
.B CONSENTDESK_PASSWORD
That user's password. Without it, the program asks on a terminal and never waits without one.
.TP
.B CONSENTDESK_DB_PASSWORD
The password of the practice's PostgreSQL server (or PGPASSWORD, or ~/.pgpass).

[FILES]
.TP
.I ~/.local/share/consentdesk/consentdesk.sqlite
The practice's database (owner-only). Removing the package leaves it alone.
.TP
.I ~/.local/share/consentdesk/demo.sqlite
The demo practice's database: synthetic patients only.
.TP
.I ~/.local/share/consentdesk/backups/
The practice's daily and manual backups.

[SEE ALSO]
The user guide: Help > User guide in Consent Desk, or /usr/share/doc/consentdesk/user-guide.md.
ROFF
}

{
  common
  echo
  echo '[EXIT STATUS]'
  echo '0 done, 1 usage, 2 input refused (nothing changed), 3 database problem, 4 sign-in or role refused.'
  echo
  echo '[COMMANDS]'
  "$cli" --help | sed -n '/^Commands:/,/^$/{s/^  \([a-z][a-z-]*\) .*/\1/p}' | while read -r command; do
    echo ".SS $command"
    echo '.nf'
    "$cli" "$command" --help 2>/dev/null | roff_escape
    echo '.fi'
  done
} >"$work/cli.h2m"

{
  common
} >"$work/gui.h2m"

help2man --no-info --section=1 --name='command-line tools for the Consent Desk SCR consent register' \
  --include="$work/cli.h2m" --output="$work/consentdesk-cli.1" "$cli"
help2man --no-info --section=1 --name='Summary Care Record consent register for GP practices' \
  --include="$work/gui.h2m" --output="$work/consentdesk.1" "$gui"
for page in consentdesk consentdesk-cli; do
  gzip -9n <"$work/$page.1" >"$out/$page.1.gz"
done
