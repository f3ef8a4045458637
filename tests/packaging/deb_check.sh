#!/usr/bin/env bash
# The Debian package: cpack builds it from this build tree; its control data
# names the libraries it needs; it holds the program, its data and the desktop
# files and nothing else; unpacked into a scratch folder, the program runs on
# the bundled sample. As root it is also installed with dpkg, used, and removed:
# on the system itself when it is disposable (CI=true or PALIER_TEST_DPKG=1),
# else inside a private mount namespace over copy-on-write layers.
. "$(dirname "$0")/common.sh"
need cpack dpkg-deb dpkg-shlibdeps file
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- real install and removal: dpkg -i, use, dpkg -r
# install_test DEB: run where dpkg may change the system.
install_test() {
  local deb=$1
  if dpkg -s palier >/dev/null 2>&1; then
    fail "a palier package is already installed here; not touching it"; return
  fi
  if ! dpkg -i "$deb" >"$tmp/dpkg.log" 2>&1; then
    fail "dpkg -i failed: $(tail -5 "$tmp/dpkg.log")"; return
  fi
  ok "dpkg -i"
  local ver rc
  ver=$(/usr/bin/palier --version 2>&1) && [ "$ver" = "palier $PALIER_VERSION" ] \
    && ok "installed palier --version" || fail "installed palier --version: $ver"
  set +e
  /usr/bin/palier analyze /usr/share/palier/samples/weekly --format json >"$tmp/installed.json" 2>"$tmp/installed.err"
  rc=$?
  set -e
  [ "$rc" -eq 0 ] && [ "$(grep -c '"source": "locust"' "$tmp/installed.json")" -eq 3 ] \
    && ok "installed palier analyze on the installed sample" || fail "installed palier analyze exited $rc: $(head -3 "$tmp/installed.err")"
  [ -f /usr/share/man/man1/palier.1.gz ] && ok "man page installed" || fail "man page not installed"
  if dpkg -r palier >"$tmp/dpkg-r.log" 2>&1; then ok "dpkg -r palier"; else fail "dpkg -r: $(cat "$tmp/dpkg-r.log")"; fi
  [ ! -e /usr/bin/palier ] && ok "/usr/bin/palier removed" || fail "/usr/bin/palier still there"
  [ ! -e /usr/share/palier ] && ok "/usr/share/palier removed" || fail "/usr/share/palier still there"
  [ ! -e /usr/share/applications/io.github.palier.Palier.desktop ] && ok "desktop file removed" || fail "desktop file left behind"
  dpkg -P palier >/dev/null 2>&1 || true
}

if [ "${1:-}" = --install-test ]; then
  # Re-entered inside a private mount namespace (below): only the install test.
  install_test "$2"
  finish
  exit
fi

# Package into the scratch folder so the build tree keeps no stale .deb.
if cpack -G DEB --config "$PALIER_BINARY_DIR/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
  ok "cpack -G DEB"
else
  fail "cpack failed:"; tail -30 "$tmp/cpack.log"; finish
fi
deb=$(find "$tmp/out" -maxdepth 1 -name 'palier_*.deb' | head -1)
[ -n "$deb" ] || { fail "no palier_*.deb in cpack output"; finish; }
ok "built $(basename "$deb")"

# --- control data
info=$(dpkg-deb -I "$deb")
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = palier ] && ok "Package: palier" || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$PALIER_VERSION" ] && ok "Version: $PALIER_VERSION" || fail "Version is '$(field Version)'"
depends=$(field Depends)
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6svg6 libpq5 libc6; do
  grep -qE "(^|, )$lib([ ,]|\$)" <<<"$depends" && ok "Depends has $lib" || fail "Depends lacks $lib: $depends"
done
for f in Maintainer Section Description Homepage; do
  [ -n "$(field $f)" ] && ok "$f set" || fail "control has no $f"
done
grep -q 'Installed-Size' <<<"$info" && ok "Installed-Size set" || fail "no Installed-Size"

# --- contents
dpkg-deb -c "$deb" | awk '{print $1, $NF}' >"$tmp/list"
paths=$(awk '{print $2}' "$tmp/list" | sed 's:^\./:/:')
expect_path() { grep -qx -- "$1" <<<"$paths" && ok "ships $1" || fail "does not ship $1"; }
expect_path /usr/bin/palier
expect_path /usr/share/applications/io.github.palier.Palier.desktop
expect_path /usr/share/metainfo/io.github.palier.Palier.metainfo.xml
expect_path /usr/share/icons/hicolor/scalable/apps/io.github.palier.Palier.svg
for s in 16 22 24 32 48 64 128 256 512; do
  expect_path /usr/share/icons/hicolor/${s}x${s}/apps/io.github.palier.Palier.png
done
expect_path /usr/share/man/man1/palier.1.gz
expect_path /usr/share/doc/palier/copyright
for p in "$PALIER_SOURCE_DIR"/resources/profiles/*.json; do
  expect_path "/usr/share/palier/profiles/$(basename "$p")"
done
expect_path /usr/share/palier/samples/weekly/README.md
n_sample=$(find "$PALIER_SOURCE_DIR/resources/samples/weekly" -type f | wc -l)
n_shipped=$(grep -c '^/usr/share/palier/samples/weekly/.*[^/]$' <<<"$paths" || true)
[ "$n_sample" -eq "$n_shipped" ] && ok "all $n_sample sample files shipped" || fail "sample: $n_shipped of $n_sample files shipped"
# Nothing outside the program's own places (no headers, static libraries, test binaries).
stray=$(grep -vE '^/(usr/?)?$|^/usr/(bin|share)/?$|^/usr/bin/palier$|^/usr/share/(applications|metainfo|icons|man|palier|doc)(/|$)' <<<"$paths" || true)
[ -z "$stray" ] && ok "nothing else shipped" || fail "unexpected files: $stray"
grep -q '^-rwxr-xr-x /usr/bin/palier$' <(sed 's: \./: /:' "$tmp/list") && ok "/usr/bin/palier is executable" || fail "/usr/bin/palier mode: $(grep '/usr/bin/palier' "$tmp/list")"

# --- unpacked: runs with the system's libraries, finds the sample
root=$tmp/root
dpkg-deb -x "$deb" "$root"
file "$root/usr/bin/palier" | grep -q 'stripped' && ! file "$root/usr/bin/palier" | grep -q 'not stripped' \
  && ok "binary stripped" || fail "binary not stripped: $(file "$root/usr/bin/palier")"
ver=$("$root/usr/bin/palier" --version 2>&1) && [ "$ver" = "palier $PALIER_VERSION" ] \
  && ok "palier --version: $ver" || fail "palier --version printed '$ver'"
set +e
"$root/usr/bin/palier" analyze "$root/usr/share/palier/samples/weekly" --format json >"$tmp/analyze.json" 2>"$tmp/analyze.err"
rc=$?
set -e
[ "$rc" -eq 0 ] && ok "palier analyze on the unpacked sample" || fail "palier analyze exited $rc: $(head -3 "$tmp/analyze.err")"
runs=$(grep -c '"source": "locust"' "$tmp/analyze.json" || true)
[ "$runs" -eq 3 ] && ok "3 Locust runs analysed" || fail "expected 3 Locust runs, got $runs"
grep -q '"decision": "\(GO\|WATCH\|NO_GO\|INCONCLUSIVE\)"' "$tmp/analyze.json" && ok "window decision present" || fail "no decision in the JSON"
# The program looks for its data where the package puts it (QStringLiteral keeps
# the path as UTF-16, so look for both encodings).
has_string() {
  perl -0777 -e 'my ($s, $f) = @ARGV; open(my $in, "<:raw", $f) or exit 2; local $/; my $b = <$in>;
                 exit((index($b, $s) >= 0 || index($b, join("\0", split(//, $s)) . "\0") >= 0) ? 0 : 1)' "$1" "$2"
}
has_string /usr/share/palier "$root/usr/bin/palier" && ok "binary looks in /usr/share/palier" \
  || fail "the binary does not look in /usr/share/palier (built with CMAKE_INSTALL_PREFIX=$PALIER_INSTALL_PREFIX; the package needs /usr)"

# --- real install and removal (install_test above)
if [ "$(id -u)" -ne 0 ]; then
  echo "skip - real dpkg -i / -r (needs root)"
elif [ "${CI:-}" = true ] || [ "${PALIER_TEST_DPKG:-}" = 1 ]; then
  # A disposable machine: install on the system itself.
  install_test "$deb"
elif command -v unshare >/dev/null; then
  # Elsewhere, install into copy-on-write layers over /usr, /var and /etc in a
  # private mount namespace: dpkg runs for real, the system is left as it was.
  ovl=$tmp/overlay
  for d in usr var etc; do mkdir -p "$ovl/upper/$d" "$ovl/work/$d"; done
  rc=0
  unshare --mount --propagation private bash -c '
       for d in usr var etc; do
         mount -t overlay overlay -o "lowerdir=/$d,upperdir=$1/upper/$d,workdir=$1/work/$d" "/$d" || exit 99
       done
       shift; exec bash "$@"' sh "$ovl" "$0" --install-test "$deb" >"$tmp/isolated.log" 2>&1 || rc=$?
  if [ "$rc" -eq 0 ]; then
    sed 's/^ok   - /ok   - (isolated) /' "$tmp/isolated.log" | grep -v '^all checks passed$'
  elif [ "$rc" -eq 99 ] || grep -q '^unshare: ' "$tmp/isolated.log"; then
    echo "skip - real dpkg -i / -r (no private overlay mounts here; set CI=true or PALIER_TEST_DPKG=1 on a disposable machine)"
  else
    fail "dpkg install test (isolated):"; cat "$tmp/isolated.log"
  fi
else
  echo "skip - real dpkg -i / -r (set CI=true or PALIER_TEST_DPKG=1 on a disposable machine)"
fi
finish
