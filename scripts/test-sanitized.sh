#!/usr/bin/env bash
# The reader and grid suites under ASan + UBSan (CMakePresets.json, preset asan)
# and each fuzz harness for 30 s on its committed corpus (docs/fuzzing.md).
# One sanitized build serves both: the asan preset (clang) also builds the
# harnesses (PALIER_FUZZERS=ON). scripts/test.sh runs this after the main suite.
# Needs what scripts/deps.sh test installs (clang, llvm-14, libclang-rt-14-dev).
#   PALIER_FUZZ_SMOKE_SECONDS   seconds per harness (default 30)
set -euo pipefail
cd "$(dirname "$0")/.."

# Suites that read files from any tool or version, or decide the grid: only
# these are built in build-asan here (`ctest --preset asan` runs the whole
# suite; docs/fuzzing.md).
asan_tests=(tst_csv_reader tst_k6_csv tst_k6_csv_reading tst_k6_damage tst_k6_invalid tst_k6_samples
            tst_k6_stages tst_kept_threads tst_locust_bad_input tst_locust_grouping tst_locust_stepped
            tst_locust_weekly tst_locust_wild tst_profile tst_profile_boundaries tst_profile_findings
            tst_grid tst_grid_saturation tst_grid_target_stage tst_events_file)
cmake --preset asan >/dev/null
cmake --build --preset asan --target "${asan_tests[@]}" palier_fuzzers
ctest --preset asan -R "^($(IFS='|'; echo "${asan_tests[*]}"))\$"

# Fuzz smoke: every harness on its committed corpus, nothing merged back; any
# crash, leak, timeout or out-of-memory fails the run (scripts/fuzz.sh).
for h in $(scripts/fuzz.sh --list); do
  PALIER_FUZZ_BUILD=build-asan PALIER_FUZZ_NO_BUILD=1 PALIER_FUZZ_NO_MERGE=1 \
    scripts/fuzz.sh "$h" "${PALIER_FUZZ_SMOKE_SECONDS:-30}"
done
