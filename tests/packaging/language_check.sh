#!/usr/bin/env bash
# palier speaks the user's language: French under a French locale (whether or
# not the locale is generated on this machine: Qt reads the name from the
# environment), English under an English or unknown one, and LANGUAGE (a
# priority list) wins over LANG as for any GNU program.
# Usage: language_check.sh PATH/TO/palier
. "$(dirname "$0")/common.sh"
palier=$1
french='Utilisation'   # first word of the French usage text
english='Usage:'

# run ENV... : palier --help with exactly these locale variables.
run() { env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG "$@" "$palier" --help 2>&1; }
expect() {
  local want=$1; shift
  local out; out=$(run "$@")
  local word=$french; [ "$want" = en ] && word=$english
  if grep -q "$word" <<<"$out"; then ok "$* -> $want"
  else fail "$*: expected $want ('$word'), got: $(head -2 <<<"$out")"; fi
  if [ "$want" = en ] && grep -q "$french" <<<"$out"; then fail "$*: French in the English help"; fi
}
expect fr LC_ALL=fr_FR.UTF-8
expect fr LANG=fr_FR.UTF-8
expect fr LANG=fr_BE.UTF-8
expect fr LANG=fr_CA.UTF-8 LC_MESSAGES=fr_CA.UTF-8
expect en LC_ALL=en_US.UTF-8
expect en LANG=en_GB.UTF-8
expect en LANG=C.UTF-8
expect en LANG=de_DE.UTF-8
expect fr LANG=en_US.UTF-8 LANGUAGE=fr
expect en LANG=fr_FR.UTF-8 LANGUAGE=en
# As GNU gettext: a C messages locale ignores LANGUAGE (scripts and tests set LC_ALL=C).
expect en LC_ALL=C.UTF-8 LANGUAGE=fr
expect en LC_ALL=C LANGUAGE=fr:en
expect fr LANG=C.UTF-8 LC_MESSAGES=fr_FR.UTF-8

# A translated error message on stderr, exit status unchanged (2: bad usage).
set +e
err=$(env -u LANGUAGE LC_ALL=fr_FR.UTF-8 "$palier" analyze 2>&1 >/dev/null); rc=$?
set -e
[ "$rc" -eq 2 ] && ok "bad usage still exits 2 in French" || fail "palier analyze without PATH exited $rc"
if [ -n "$err" ] && ! grep -q 'give at least one' <<<"$err"; then ok "usage error in French: $err"
else fail "usage error not translated: $err"; fi
finish
