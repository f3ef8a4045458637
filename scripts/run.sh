#!/usr/bin/env bash
# Builds Palier and runs it on the bundled week of Locust runs, with the
# generated week of monitoring events in the Production view (no database needed).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh build
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target palier
exec build/ui/palier --events resources/samples/production/app_monitoring_events.csv.gz resources/samples/weekly "$@"
