#!/usr/bin/env bash
# Runs one libFuzzer harness on its corpus for SECONDS (docs/fuzzing.md), one
# process, niced: the campaign is resumable session after session.
#   scripts/fuzz.sh HARNESS SECONDS        e.g. scripts/fuzz.sh csv_reader 600
#   scripts/fuzz.sh --list                 the harness names
#   scripts/fuzz.sh --summary              the campaign table of docs/fuzzing.md,
#                                          summed from tests/fuzz/campaign.log
# Builds build-fuzz/ (clang, -DPALIER_FUZZ=ON) when needed, fuzzes into a
# scratch corpus seeded from tests/fuzz/corpus/HARNESS/, merges what is new back
# into it (-merge=1 keeps only inputs that add coverage), and appends one line
# per session to tests/fuzz/campaign.log: date, harness, seconds, executions,
# cov, ft, corpus size, crashes. Crash/leak/timeout/OOM inputs are left in
# build-fuzz/findings/HARNESS/ and the script exits 1.
# Environment: PALIER_FUZZ_BUILD (default build-fuzz), PALIER_FUZZ_NO_MERGE=1 to
# leave the corpus as it is (the CI smoke run), PALIER_FUZZ_NO_BUILD=1 to run
# the harness as built (while another build runs in the same folder).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

# harness -> dictionary
declare -A dicts=(
  [csv_reader]=csv [locust_stats]=locust [locust_history]=locust [locust_failures]=locust
  [locust_legacy]=locust [locust_set]=locust [k6_csv]=k6 [k6_ndjson]=k6 [k6_gzip]=k6
  [k6_summary]=k6-summary [profile]=profile [events]=events)

if [ "${1:-}" = --list ]; then
  printf '%s\n' "${!dicts[@]}" | sort
  exit 0
fi
if [ "${1:-}" = --summary ]; then
  # One row per harness: sessions, seconds, executions (sums), cov/ft/corpus
  # of the last session, executions left to the 2 M target.
  for h in $(printf '%s\n' "${!dicts[@]}" | sort); do
    awk -v h="$h" '
      $2 == h {
        n++
        for (i = 3; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        secs += v["seconds"]; execs += v["execs"]; cov = v["cov"]; ft = v["ft"]; corpus = v["corpus"]
        if (v["findings"] > 0 || v["exit"] != 0) bad++
      }
      END {
        left = 2000000 - execs; if (left < 0) left = 0
        printf "| `%s` | %d | %d | %d | %.1f %% | %s | %s | %s | %d |\n", h, n, secs, execs, execs / 20000, cov, ft, corpus, left
      }' tests/fuzz/campaign.log
  done
  exit 0
fi
[ $# -eq 2 ] || { echo "usage: $0 HARNESS SECONDS | --list" >&2; exit 2; }
h=$1 secs=$2
[ -n "${dicts[$h]:-}" ] || { echo "unknown harness: $h (try --list)" >&2; exit 2; }

build=${PALIER_FUZZ_BUILD:-build-fuzz}
if [ ! -f "$build/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPALIER_FUZZ=ON >/dev/null
fi
if [ "${PALIER_FUZZ_NO_BUILD:-0}" != 1 ]; then
  nice -n 10 cmake --build "$build" -j2 --target "fuzz_$h" >/dev/null
fi

corpus=tests/fuzz/corpus/$h
scratch=$build/scratch/$h
findings=$build/findings/$h
mkdir -p "$corpus" "$scratch" "$findings"
# The smoke run (nothing merged) logs apart, so that it never truncates the log
# of a campaign session of the same harness running beside it.
logfile=$build/fuzz-$h${PALIER_FUZZ_NO_MERGE:+-smoke}.log

# A smaller quarantine: the 512 MB limit is for what a reader allocates, not
# for ASan keeping freed blocks (256 MB by default).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1:quarantine_size_mb=64}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 TZ=UTC

# What this session finds: the files written after this stamp (a finding of an
# earlier session, left in the folder, is not counted again).
stamp=$build/findings/.session-$h
touch "$stamp"
set +e
nice -n 10 "$build/tests/fuzz/fuzz_$h" "$scratch" "$corpus" \
  -dict="tests/fuzz/dict/${dicts[$h]}.dict" -max_len=16384 -timeout=1 -rss_limit_mb=512 \
  -max_total_time="$secs" -print_final_stats=1 -artifact_prefix="$findings/" \
  >"$logfile" 2>&1
rc=$?
set -e
# Interrupted (SIGINT/SIGTERM: libFuzzer's exit code 72, e.g. `pkill -INT
# fuzz_HARNESS` to end a session early): a normal end of session, its
# executions counted and its corpus merged.
[ "$rc" -eq 72 ] && { echo "$h: interrupted, ending the session"; rc=0; }

# -a: a log can hold NUL bytes (a fuzzer's own output of binary inputs).
stat() { grep -a -E "^stat::$1:" "$logfile" | tail -1 | awk '{print $2}'; }
execs=$(stat number_of_executed_units); execs=${execs:-0}
line=$(grep -a -E '^#[0-9]+.*(DONE|cov:)' "$logfile" | tail -1 || true)
cov=$(sed -nE 's/.*cov: ([0-9]+).*/\1/p' <<<"$line"); ft=$(sed -nE 's/.*ft: ([0-9]+).*/\1/p' <<<"$line")
crashes=$(find "$findings" -type f -newer "$stamp" | wc -l)

if [ "${PALIER_FUZZ_NO_MERGE:-0}" != 1 ] && [ "$rc" -eq 0 ]; then
  # Keep the committed corpus small: the old corpus and the new inputs merged
  # into an empty folder keep only a minimal set with the same coverage.
  merged=$build/merged/$h
  rm -rf "$merged" && mkdir -p "$merged"
  if nice -n 10 "$build/tests/fuzz/fuzz_$h" -merge=1 -timeout=1 -rss_limit_mb=512 -max_len=16384 \
       "$merged" "$corpus" "$scratch" >>"$build/fuzz-$h-merge.log" 2>&1; then
    rm -rf "$corpus" && mv "$merged" "$corpus" && rm -rf "$scratch"
  fi
fi
size=$(find "$corpus" -type f | wc -l)

if [ "${PALIER_FUZZ_NO_MERGE:-0}" != 1 ]; then
  printf '%s %s seconds=%s execs=%s cov=%s ft=%s corpus=%s exit=%s findings=%s\n' \
    "$(date -u +%FT%TZ)" "$h" "$secs" "$execs" "${cov:-?}" "${ft:-?}" "$size" "$rc" "$crashes" \
    >>tests/fuzz/campaign.log
fi
echo "$h: $execs executions in ${secs}s, cov ${cov:-?} ft ${ft:-?}, corpus $size, exit $rc"
if [ "$rc" -ne 0 ]; then
  echo "see $logfile and $findings/" >&2
  tail -40 "$logfile" >&2
  exit 1
fi
