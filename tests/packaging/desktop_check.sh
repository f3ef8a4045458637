#!/usr/bin/env bash
# The desktop entry and the AppStream metainfo validate, and agree with each
# other, with the icon and with the program (the mistake hotspot ships: a
# metainfo naming a .desktop file that does not exist).
. "$(dirname "$0")/common.sh"
need desktop-file-validate appstreamcli file

app_id=io.github.palier.Palier
src=$PALIER_SOURCE_DIR/packaging
desktop=$src/$app_id.desktop
metainfo=$PALIER_PKG_BIN/$app_id.metainfo.xml

# desktop-file-validate exits 0 on warnings: count them as failures too.
out=$(desktop-file-validate "$desktop" 2>&1) && ! grep -qE 'error:|warning:' <<<"$out" \
  && ok "desktop-file-validate $app_id.desktop" || fail "desktop-file-validate: $out"

[ -f "$metainfo" ] || { fail "$metainfo not configured (build the palier_packaging target)"; finish; }
out=$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1) && ok "appstreamcli validate --no-net --pedantic" \
  || fail "appstreamcli validate: $out"
# Pedantic remarks are fine (the reverse-DNS id has capitals on purpose), warnings and errors are not.
if grep -qE '^[EW]: ' <<<"$out"; then fail "appstreamcli: $(grep -E '^[EW]: ' <<<"$out")"; fi

grep -q '@[A-Z_]*@' "$metainfo" && fail "metainfo has unexpanded @VARIABLES@" || ok "metainfo fully configured"
grep -q "<release version=\"$PALIER_VERSION\" date=\"[0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\}\"" "$metainfo" \
  && ok "release $PALIER_VERSION in metainfo" || fail "metainfo has no <release> for version $PALIER_VERSION"

key() { sed -n "s/^$1=//p" "$desktop"; }
[ "$(sed -n 's:.*<id>\(.*\)</id>.*:\1:p' "$metainfo")" = "$app_id" ] && ok "metainfo id $app_id" || fail "metainfo <id> is not $app_id"
[ "$(sed -n 's:.*<launchable type="desktop-id">\(.*\)</launchable>.*:\1:p' "$metainfo")" = "$app_id.desktop" ] \
  && ok "launchable names $app_id.desktop" || fail "metainfo launchable does not name $app_id.desktop"
grep -q '<binary>palier</binary>' "$metainfo" && ok "metainfo provides the palier binary" || fail "metainfo does not provide binary palier"
[ "$(key Icon)" = "$app_id" ] && ok "Icon=$app_id" || fail "desktop Icon is '$(key Icon)', not $app_id"
[ "$(key Exec)" = "palier %F" ] && ok "Exec=palier %F" || fail "desktop Exec is '$(key Exec)'"
for t in text/csv application/json application/x-ndjson application/gzip; do
  grep -q "^MimeType=.*$t;" "$desktop" && ok "MimeType has $t" || fail "MimeType lacks $t"
done
for k in 'Name\[fr\]' 'Comment\[fr\]' 'Keywords\[fr\]'; do
  grep -q "^$k=" "$desktop" && ok "desktop has $k" || fail "desktop lacks $k"
done
for w in Locust k6 'load test' capacity PostgreSQL; do
  grep -q "^Keywords=.*$w;" "$desktop" && ok "Keywords has $w" || fail "Keywords lacks $w"
done

# Icons: the scalable source and every rendered size, at the size its folder says.
[ -f "$PALIER_SOURCE_DIR/resources/icons/$app_id.svg" ] && ok "scalable icon" || fail "resources/icons/$app_id.svg missing"
for s in 16 22 24 32 48 64 128 256 512; do
  png=$PALIER_PKG_BIN/icons/${s}x${s}/$app_id.png
  if [ -f "$png" ] && file "$png" | grep -q "PNG image data, $s x $s,"; then ok "icon ${s}x${s}"
  else fail "icon ${s}x${s}: $(file "$png" 2>&1)"; fi
done

# Screenshots named in the metainfo are files of this repository, at the size
# the metainfo declares.
while read -r w h shot; do
  if [ ! -f "$PALIER_SOURCE_DIR/$shot" ]; then
    fail "metainfo names $shot, which is not in the repository (scripts/screenshots.sh, then copy it there)"
  elif ! file "$PALIER_SOURCE_DIR/$shot" | grep -q "PNG image data, $w x $h,"; then
    fail "$shot is not a ${w}x$h PNG: $(file -b "$PALIER_SOURCE_DIR/$shot")"
  else
    ok "screenshot $shot"
  fi
done < <(sed -n 's:.*<image type="source" width="\([0-9]*\)" height="\([0-9]*\)">https\?\://[^<]*/main/\(packaging/screenshots/[^<]*\)</image>.*:\1 \2 \3:p' "$metainfo")
n=$(grep -c '<image' "$metainfo" || true)
m=$(grep -c '<image type="source" width="[0-9]*" height="[0-9]*">https\?://[^<]*/main/packaging/screenshots/' "$metainfo" || true)
[ "$n" -gt 0 ] && [ "$n" -eq "$m" ] && ok "metainfo has $n screenshots, all from packaging/screenshots" \
  || fail "metainfo screenshots: $m of $n are sized images from packaging/screenshots"

finish
