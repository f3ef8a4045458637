#!/usr/bin/env bash
# Every user-visible string of app/ and ui/ has a French translation: lupdate
# runs over the current sources (exactly as scripts/update-translations.sh does)
# into a copy of the catalogues, and nothing may come out unfinished, empty, or
# with placeholders (%1, %n) that differ from the English. English catalogue:
# every plural form filled.
. "$(dirname "$0")/common.sh"
need perl timeout realpath
cd "$PALIER_SOURCE_DIR"
. resources/translations/lupdate-common.sh

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp resources/translations/palier_fr.ts resources/translations/palier_en.ts "$tmp/"

if palier_lupdate -target-language fr -ts "$tmp/palier_fr.ts" >"$tmp/fr.log" 2>&1 \
   && palier_lupdate -target-language en -pluralonly -ts "$tmp/palier_en.ts" >"$tmp/en.log" 2>&1; then
  ok "lupdate over app/ and ui/"
else
  fail "lupdate failed:"; cat "$tmp/fr.log" "$tmp/en.log"; finish
fi
# A tr() lupdate could not place in a context would be looked up under another
# one at run time and never translated.
if grep -hE 'lacks Q_OBJECT|Cannot invoke tr' "$tmp/fr.log"; then
  fail "tr() calls lupdate cannot place (above, lupdate names the class or namespace it guessed): at run time they are looked up under another context and never translated. Give the class Q_OBJECT or Q_DECLARE_TR_FUNCTIONS(palier::Context) (a QObject subclass without Q_OBJECT uses QObject::tr, context \"QObject\"), or in a file without QObject classes use a file-local helper QString tr(const char *s) { return QCoreApplication::translate(\"palier::Context\", s); }"
else
  ok "every tr() has a context"
fi

# check_ts FILE LANG: prints one line per problem, a summary line last.
check_ts() {
  perl -0777 -ne '
    my ($n, $bad) = (0, 0);
    while (/<context>\s*<name>(.*?)<\/name>(.*?)<\/context>/sg) {
      my ($ctx, $body) = ($1, $2);
      while ($body =~ /<message( numerus="yes")?[^>]*>(.*?)<\/message>/sg) {
        my ($numerus, $m) = ($1, $2);
        $n++;
        my ($src) = $m =~ /<source>(.*?)<\/source>/s;
        my ($attrs, $tr) = $m =~ /<translation([^>]*)>(.*?)<\/translation>/s;
        $attrs //= ""; $tr //= "";
        my $what = "$ctx: \"" . substr($src =~ s/\n/\\n/gr, 0, 70) . "\"";
        if ($attrs =~ /type="(unfinished|vanished|obsolete)"/) { print "$1: $what\n"; $bad++; next; }
        my @forms = $numerus ? ($tr =~ /<numerusform>(.*?)<\/numerusform>/sg) : ($tr);
        if (!@forms || grep { $_ eq "" } @forms) { print "empty: $what\n"; $bad++; next; }
        my $want = join ",", sort { $a cmp $b } ($src =~ /%(?:n|L?\d+)/g);
        for my $f (@forms) {
          my %seen; my $got = join ",", sort { $a cmp $b } grep { !$seen{$_}++ } ($f =~ /%(?:n|L?\d+)/g);
          my %s2; my $w = join ",", grep { !$s2{$_}++ } split /,/, $want;
          # In a plural form the number itself may be spelt out ("un seul run"): %n optional there.
          if ($numerus) { $got = join ",", grep { $_ ne "%n" } split /,/, $got; $w = join ",", grep { $_ ne "%n" } split /,/, $w; }
          if ($got ne $w) { print "placeholders {$w} became {$got}: $what\n"; $bad++; last; }
          # Same leading and trailing blanks and line ends (pieces glued to others).
          my ($sl, $st) = ($src =~ /^(\s*)/, $src =~ /(\s*)$/);
          # (French puts a space before ; and : even at the start of a piece.)
          my $g = $f;
          $g =~ s/^ (?=[;:!?])// if $src =~ /^[;:!?]/;
          my ($fl, $ft) = ($g =~ /^(\s*)/, $g =~ /(\s*)$/);
          if ($sl ne $fl || $st ne $ft) { print "leading/trailing blanks differ: $what\n"; $bad++; last; }
          # One keyboard accelerator (&x) when the source has one.
          my $acc = sub { my $t = shift; $t =~ s/&amp;&amp;//g; my @a = ($t =~ /&amp;(?=\S)/g); scalar @a };
          if ($acc->($src) != $acc->($f)) { print "accelerator (&) count differs: $what\n"; $bad++; last; }
        }
      }
    }
    print "SUMMARY $n $bad\n";
  ' "$1"
}

check_ts "$tmp/palier_fr.ts" >"$tmp/fr.check"
read -r _ total bad < <(tail -1 "$tmp/fr.check")
if [ "$bad" -eq 0 ]; then ok "French: $total strings, all translated"
else fail "French: $bad of $total strings need work (run scripts/update-translations.sh, then translate):"; head -n -1 "$tmp/fr.check" | head -50; fi
[ "$total" -gt 0 ] || fail "French catalogue is empty"

check_ts "$tmp/palier_en.ts" >"$tmp/en.check"
read -r _ total bad < <(tail -1 "$tmp/en.check")
if [ "$bad" -eq 0 ]; then ok "English: $total plural strings, all forms filled"
else fail "English: $bad of $total plural strings need work:"; head -n -1 "$tmp/en.check" | head -50; fi

# The committed catalogues should be the refreshed ones (not an error: the
# build only needs every string translated).
cmp -s "$tmp/palier_fr.ts" resources/translations/palier_fr.ts \
  || echo "note - palier_fr.ts is not up to date with the sources: run scripts/update-translations.sh"
finish
