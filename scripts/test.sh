#!/usr/bin/env bash
# Installs what the tests need, builds everything and runs every test suite
# (including the PostgreSQL ones, which start and stop their own server).
# Then scripts/test-sanitized.sh: the reader and grid suites under ASan + UBSan
# and each fuzz harness for 30 s on its corpus (docs/fuzzing.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr
cmake --build build -j2
(cd build && ctest --output-on-failure -j2 --timeout 600)
scripts/test-sanitized.sh
