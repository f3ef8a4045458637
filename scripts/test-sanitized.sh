#!/usr/bin/env bash
# The reader and grid suites under ASan + UBSan (CMakePresets.json, preset asan)
# and each fuzz harness for 30 s on its committed corpus (docs/fuzzing.md).
# Needs what scripts/deps.sh test installs (clang, llvm-14, libclang-rt-14-dev).
set -euo pipefail
cd "$(dirname "$0")/.."

# Sanitized readers and grid: only these suites are built in build-asan here
# (`ctest --preset asan` runs the whole suite; docs/fuzzing.md).
asan_tests=(tst_csv_reader tst_k6_csv tst_k6_csv_reading tst_k6_damage tst_k6_invalid tst_k6_samples
            tst_k6_stages tst_locust_bad_input tst_locust_grouping tst_locust_stepped tst_locust_weekly
            tst_locust_wild tst_profile tst_profile_boundaries tst_profile_findings tst_grid
            tst_grid_saturation tst_grid_target_stage)
cmake --preset asan >/dev/null
cmake --build --preset asan --target "${asan_tests[@]}"
ctest --preset asan -R "^($(IFS='|'; echo "${asan_tests[*]}"))\$"

# Fuzz smoke: every harness 30 s on its committed corpus, nothing merged back.
for h in $(scripts/fuzz.sh --list); do
  PALIER_FUZZ_NO_MERGE=1 scripts/fuzz.sh "$h" 30
done
