#!/usr/bin/env bash
# Refreshes the golden files of tests/app/tst_golden.cpp from the built palier:
# the weekly report of the bundled week in French and in English, and
# `analyze --format json`. Run it after an INTENTIONAL change of the output,
# then read `git diff tests/data/golden` line by line before committing: every
# changed line is a change users will see.
#
#   scripts/update-golden.sh [BUILD_DIR]        default: build
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
palier="$build/ui/palier"
[[ -x $palier ]] || { echo "no $palier: build first (cmake --build $build)" >&2; exit 2; }
source_dir=$(pwd)
out=tests/data/golden
# The test's environment (tests/CMakeLists.txt): UTC clock, C locale, English UI.
export TZ=UTC LC_ALL=C.UTF-8 LANGUAGE=
run() {
    # Paths of this checkout read as $SOURCE, so the files hold on any machine.
    "$palier" "$@" | sed "s#${source_dir}#\$SOURCE#g"
}
run report resources/samples/weekly --lang fr > "$out/weekly-report-fr.md"
run report resources/samples/weekly --lang en > "$out/weekly-report-en.md"
run analyze resources/samples/weekly --format json --lang en > "$out/weekly-analyze.json"
echo "golden files refreshed in $out: review git diff $out"
