#!/usr/bin/env bash
# The bash completion the package installs, against the real consentdesk-cli: commands, a command's options and
# their listed values all come from the program's own --help.  test_completion.sh CLI_DIR
set -euo pipefail
cli_dir=$1
source /usr/share/bash-completion/bash_completion
source "$(dirname "$0")/../../packaging/linux/consentdesk-cli.bash-completion"
export PATH="$cli_dir:$PATH" QT_QPA_PLATFORM=offscreen
failed=0
expect() { # expected-words... -- command-line words (the last is being completed)
  local want=() words=()
  while [[ $1 != -- ]]; do want+=("$1"); shift; done
  shift
  words=("$@")
  COMP_WORDS=("${words[@]}") COMP_CWORD=$((${#words[@]} - 1)) COMP_LINE="${words[*]}" COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _consentdesk_cli
  local got=" ${COMPREPLY[*]} "
  for w in "${want[@]}"; do
    if [[ $got != *" $w "* ]]; then
      echo "FAIL: [${words[*]}] offers [${COMPREPLY[*]}], not $w" >&2
      failed=1
    fi
  done
}
expect record review restore report -- consentdesk-cli re
expect worklist -- consentdesk-cli --db x.sqlite wo
expect --choice --channel -- consentdesk-cli record --ch
expect consent-core consent-core-additional dissent -- consentdesk-cli record --choice ''
expect month -- consentdesk-cli series --bucket m
expect reception clinician manager -- consentdesk-cli user add x --role ''
expect --db --as-of --user --help --version -- consentdesk-cli --
((failed == 0)) && echo "completion: all offered"
exit $failed
