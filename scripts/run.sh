#!/usr/bin/env bash
# Builds Palier and runs it on the bundled week of Locust runs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh build
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target palier
exec build/ui/palier resources/samples/weekly "$@"
