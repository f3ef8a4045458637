#!/usr/bin/env bash
# The man page renders without a groff warning, and documents every option and
# subcommand `palier --help` prints (so the two cannot drift apart silently).
# Usage: manpage_check.sh PATH/TO/palier
. "$(dirname "$0")/common.sh"
need groff gzip
palier=$1
man=$PALIER_SOURCE_DIR/packaging/palier.1

warnings=$(LC_ALL=C.UTF-8 groff -man -ww -z -Tutf8 "$man" 2>&1)
[ -z "$warnings" ] && ok "groff renders palier.1 without warnings" || fail "groff: $warnings"
if [ -f "$PALIER_PKG_BIN/palier.1.gz" ]; then
  gzip -t "$PALIER_PKG_BIN/palier.1.gz" && zcat "$PALIER_PKG_BIN/palier.1.gz" | cmp -s - "$man" \
    && ok "palier.1.gz is the compressed page" || fail "palier.1.gz is stale or broken"
else
  fail "palier.1.gz not built (build the palier_packaging target)"
fi

# The page as text, with roff's \- turned into plain hyphens.
text=$(sed 's/\\-/-/g' "$man")
help=$(LC_ALL=C LANGUAGE= "$palier" --help)
[ -n "$help" ] || fail "palier --help printed nothing"
while read -r opt; do
  grep -qE -- "(^|[^a-z-])${opt}([^a-z-]|\$)" <<<"$text" && ok "man page documents $opt" \
    || fail "man page lacks $opt (printed by palier --help)"
done < <(grep -oE -- '--[a-z][a-z-]*' <<<"$help" | sort -u)
for cmd in analyze report "db summary" "db hourly" "db decision"; do
  grep -q -- "$cmd" <<<"$help" || fail "palier --help lacks the subcommand '$cmd'"
  grep -q "^\.B.* $cmd\|^\.B $cmd\|$cmd" <<<"$text" && ok "man page documents '$cmd'" || fail "man page lacks '$cmd'"
done
# Exit codes of the contract (docs/cli.md): 0 1 2 3.
for code in 0 1 2 3; do
  awk '/^\.SH "EXIT STATUS"/{on=1; next} /^\.SH/{on=0} on' "$man" | grep -qx "\.B $code" \
    && ok "exit status $code documented" || fail "exit status $code missing from EXIT STATUS"
done
finish
