#!/usr/bin/env bash
# Screenshots of the window on the bundled week of Locust runs, every view —
# Decision, Load test (by users, capacity, over time, client vs server),
# Compare (a baseline pinned), Production (week, hours, days) and the profile
# editor — at 1280×800 and 1920×1080, in a light and a dark palette:
# OUT_DIR/VIEW.png and OUT_DIR/dark-VIEW.png at 1280×800, the same names in
# OUT_DIR/1920x1080/ for the larger size. Production is connected to a throwaway PostgreSQL cluster
# (scripts/pg-test-cluster.sh) filled with a week of sample events when the
# server binaries are there, else shown unconnected.
#
#   scripts/screenshots.sh [BUILD_DIR [OUT_DIR]]     default: build, BUILD_DIR/screenshots
#
# The AppStream metainfo points at packaging/screenshots/*.png: copy the ones
# you looked at there (packaging/screenshots/README.md lists which).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
out=${2:-$build/screenshots}

[[ -f $build/CMakeCache.txt ]] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --target palier_screenshots

state=$(mktemp -u "${TMPDIR:-/tmp}/palier-screens-pg.XXXXXX")
if scripts/pg-test-cluster.sh start "$state" >/dev/null 2>&1; then
    trap 'scripts/pg-test-cluster.sh stop "$state" >/dev/null 2>&1 || true' EXIT
    export PALIER_PG_STATE=$state
else
    echo "screenshots: no PostgreSQL cluster (apt-get install postgresql): Production is shown unconnected" >&2
fi

mkdir -p "$out"
# A fixed look: offscreen platform, Fusion style, English UI, UTC clock.
QT_QPA_PLATFORM=offscreen QT_STYLE_OVERRIDE=Fusion LANGUAGE=en LC_ALL=C.UTF-8 TZ=UTC \
    "$build/tests/ui/palier_screenshots" "$out"
echo "screenshots in $out"
