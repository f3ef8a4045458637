# Sourced by scripts/update-translations.sh and tests/packaging/i18n_check.sh:
# one definition of how lupdate scans Palier, so the check sees exactly what
# the refresh writes. Run from the repository root. Needs lupdate (Qt 6.4,
# qt6-l10n-tools), perl (always there on Debian) and coreutils.

# lupdate of Qt 6.4
palier_find_lupdate() {
  if [ -n "${LUPDATE:-}" ]; then echo "$LUPDATE"; return; fi
  local c
  for c in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
    if [ -n "$c" ] && [ -x "$c" ]; then echo "$c"; return; fi
  done
  echo "lupdate not found (apt-get install qt6-l10n-tools)" >&2
  return 2
}

# No line numbers in the .ts files (they
# would churn with every edit), obsolete entries dropped.
PALIER_LUPDATE_OPTS=(-no-obsolete -locations none -extensions cpp,h,ui -source-language en)

# palier_prepare_sources DIR: copies app/ and ui/ sources into DIR as lupdate
# must see them.
#
# Why a copy: the non-widget code has no QObject, so a file gives its strings a
# context with a file-local helper,
#     QString tr(const char *text) { return QCoreApplication::translate("palier::Grid", text); }
# (or the same helper in a header it includes). At run time the strings are
# looked up under that context; lupdate, which does not follow the helper, would
# file them under the enclosing namespace or struct ("palier", "palier::Reader"),
# and the translations would never be found. In the copy, each unqualified
# tr("...") of such a file is spelled QCoreApplication::translate("CONTEXT", "..."),
# which is exactly what runs. Files with a QObject (Q_OBJECT /
# Q_DECLARE_TR_FUNCTIONS) are left alone: their tr() is Qt's.
palier_prepare_sources() {
  local dest=$1
  mkdir -p "$dest"
  find app ui \( -name '*.cpp' -o -name '*.h' -o -name '*.ui' \) -print0 \
    | xargs -0 -r cp --parents -t "$dest"
  ( cd "$dest" && find app ui \( -name '*.cpp' -o -name '*.h' \) -print0 | xargs -0 -r perl -0777 -e '
      # QString tr(const char *s[, const char *disambiguation = nullptr, int n = -1])
      # { return QCoreApplication::translate("CONTEXT", s[, disambiguation, n]); }
      my $helper = qr/QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w+[^)]*\)\s*\{\s*return\s+QCoreApplication::translate\(\s*"([^"]+)"\s*,\s*\w+[^;{}]*;\s*\}/;
      my (%text, %ctx, %includes);
      for my $f (@ARGV) {
        open(my $in, "<", $f) or die "$f: $!"; local $/; $text{$f} = <$in>; close $in;
        $ctx{$f} = $1 if $text{$f} =~ $helper;
        $includes{$f} = [ $text{$f} =~ /^\s*#\s*include\s*"([^"]+)"/mg ];
      }
      # A helper is also in scope through includes, direct or not: resolve them
      # (by path from app/ or ui/, or beside the file) until nothing changes.
      my $resolve = sub {
        my ($from, $inc) = @_;
        (my $dir = $from) =~ s{/[^/]*$}{};
        for my $c ("app/$inc", "ui/$inc", "$dir/$inc", $inc) { return $c if exists $text{$c}; }
        return undef;
      };
      for (my $changed = 1; $changed; ) {
        $changed = 0;
        for my $f (@ARGV) {
          next if defined $ctx{$f};
          for my $inc (@{ $includes{$f} }) {
            my $h = $resolve->($f, $inc);
            if (defined $h && defined $ctx{$h}) { $ctx{$f} = $ctx{$h}; $changed = 1; last; }
          }
        }
      }
      for my $f (@ARGV) {
        my $c = $ctx{$f};
        next unless defined $c;
        # A file that also declares QObject classes keeps its text: there a tr()
        # may be the class member (a QObject subclass without Q_OBJECT even gets
        # QObject::tr(), context "QObject"), and the warnings of lupdate say where.
        (my $code = $text{$f}) =~ s{//[^\n]*|/\*.*?\*/}{}gs;
        next if $code =~ /\bQ_OBJECT\b|\bQ_GADGET\b|\bQ_DECLARE_TR_FUNCTIONS\b|:\s*public\s+Q[A-Z]\w*/;
        my $n = ($text{$f} =~ s/(?<![\w:.>])tr\s*\(\s*(?=")/QCoreApplication::translate("$c", /g);
        next unless $n;
        open(my $out, ">", $f) or die "$f: $!"; print $out $text{$f}; close $out;
      }
    ' )
}

# palier_lupdate EXTRA_ARGS... -ts FILE : runs lupdate over a prepared copy of
# app/ and ui/ (see above). Its warnings go to stderr; "lacks Q_OBJECT macro"
# ones mean a tr() whose context lupdate had to guess.
#
# lupdate 6.4.2 loops forever on some constructs (seen: a %n count given to
# QCoreApplication::translate() as a call with an operator inside, like
# `translate("C", "%n x", nullptr, int(n - 1))`). So it runs under a time limit
# and, when that hits, each file is tried alone to name the culprit.
palier_lupdate() {
  local lupdate rc f tmp ts=() args=()
  lupdate=$(palier_find_lupdate) || return 2
  # .ts paths are given relative to the repository: make them absolute, since
  # lupdate runs from the copy.
  while [ $# -gt 0 ]; do
    if [ "$1" = -ts ]; then
      shift
      while [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; do ts+=("$(realpath -m "$1")"); shift; done
    else
      args+=("$1"); shift
    fi
  done
  tmp=$(mktemp -d)
  palier_prepare_sources "$tmp/src"
  rc=0
  # Messages name files of the copy: show them as paths of the repository.
  ( cd "$tmp/src" && timeout "${PALIER_LUPDATE_TIMEOUT:-60}" "$lupdate" "${PALIER_LUPDATE_OPTS[@]}" \
      "${args[@]}" app ui -ts "${ts[@]}" ) >"$tmp/lupdate.log" 2>&1 || rc=$?
  sed "s#$tmp/src/##g" "$tmp/lupdate.log" >&2
  if [ "$rc" -eq 124 ]; then
    echo "lupdate did not finish; looking for the file it loops on..." >&2
    while IFS= read -r -d '' f; do
      if ! (cd "$tmp/src" && timeout 20 "$lupdate" -silent -locations none "$f" -ts "$tmp/one.ts" >/dev/null 2>&1); then
        echo "lupdate loops on $f: give the %n count of a translate() call as a plain variable" >&2
      fi
      rm -f "$tmp/one.ts"
    done < <(cd "$tmp/src" && find app ui \( -name '*.cpp' -o -name '*.h' -o -name '*.ui' \) -print0 | sort -z)
  fi
  rm -rf "$tmp"
  return "$rc"
}
