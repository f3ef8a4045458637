#!/usr/bin/env bash
# The Debian package: cpack builds it from this build tree; its control data
# names the libraries it needs; it holds the program, its data and the desktop
# files and nothing else; unpacked into a scratch folder, the program runs on
# the bundled sample. On a disposable machine (root, and CI=true or
# PALIER_TEST_DPKG=1) it is also installed with dpkg, used, and removed.
. "$(dirname "$0")/common.sh"
need cpack dpkg-deb dpkg-shlibdeps file
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

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
# The program looks for its data where the package puts it.
grep -aq '/usr/share/palier' "$root/usr/bin/palier" && ok "binary looks in /usr/share/palier" \
  || fail "the binary does not look in /usr/share/palier (built with CMAKE_INSTALL_PREFIX=$PALIER_INSTALL_PREFIX; the package needs /usr)"

# --- real install and removal, only where the machine is disposable
if [ "$(id -u)" -eq 0 ] && { [ "${CI:-}" = true ] || [ "${PALIER_TEST_DPKG:-}" = 1 ]; }; then
  if dpkg -s palier >/dev/null 2>&1; then
    fail "a palier package is already installed here; not touching it"
  elif dpkg -i "$deb" >"$tmp/dpkg.log" 2>&1; then
    ok "dpkg -i"
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
  else
    fail "dpkg -i failed: $(tail -5 "$tmp/dpkg.log")"
  fi
else
  echo "skip - real dpkg -i / -r (needs root, and CI=true or PALIER_TEST_DPKG=1)"
fi
finish
