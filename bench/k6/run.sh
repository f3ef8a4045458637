#!/bin/bash
# k6 reader benchmark, one run, hot cache: see bench/README.md, "k6 reader".
#   bench/k6/run.sh [BUILD_DIR] [DATA_DIR]
# Builds nothing: configure and build the targets k6_gen_csv and k6_bench first.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=$(cd "${1:-$HERE/../../build}" && pwd)
DATA=${2:-/tmp/palier-k6-bench}
GEN=$BUILD/bench/k6/k6_gen_csv
BENCH=$BUILD/bench/k6/k6_bench
for tool in hyperfine mawk datamash python3 gzip zcat; do
  command -v $tool >/dev/null || { echo "missing: $tool (apt-get install hyperfine mawk datamash python3-pandas)"; exit 2; }
done
# The python3 that has pandas (Debian's python3-pandas is for /usr/bin/python3).
PY=
for p in python3 /usr/bin/python3; do
  if "$p" -c 'import pandas' 2>/dev/null; then PY=$p; break; fi
done
[ -n "$PY" ] || { echo "missing: pandas (apt-get install python3-pandas)"; exit 2; }
mkdir -p "$DATA"
CSV=$DATA/k6-800k.csv
HALF=$DATA/k6-400k.csv
GZ=$DATA/k6-800k.csv.gz
[ -s "$CSV" ] || "$GEN" "$CSV" 800000
[ -s "$HALF" ] || "$GEN" "$HALF" 400000
[ -s "$GZ" ] || gzip -6 -c "$CSV" > "$GZ"
cat "$CSV" "$HALF" "$GZ" > /dev/null   # hot cache

MAWK="mawk -F, '\$1==\"http_req_duration\"{print \$10\",\"\$3}' $CSV | datamash -t, -s -g 1 count 2 perc:95 2"
J=$DATA/times
mkdir -p "$J"
hyperfine -N --warmup 1 --runs 5 --export-json "$J/fast.json" \
  -n wc "wc -l $CSV" -n palier "$BENCH $CSV" -n palier_gz "$BENCH $GZ" -n zcat "zcat $GZ" >/dev/null
hyperfine --warmup 0 --runs 2 --export-json "$J/slow.json" \
  -n mawk_datamash "$MAWK" -n pandas "$PY $HERE/pandas_p95.py $CSV" >/dev/null

# The figures must agree: Palier, datamash and pandas per-endpoint p95.
"$BENCH" "$CSV" > "$J/palier.txt" 2> "$J/palier.err"
"$BENCH" "$HALF" > /dev/null 2> "$J/half.err"
eval "$MAWK --format %.6f" > "$J/datamash.txt"
"$PY" "$HERE/pandas_p95.py" "$CSV" > "$J/pandas.txt"

python3 - "$J" "$CSV" "$GZ" <<'PY'
import json, os, re, sys
j, csv, gz = sys.argv[1:4]
t = {}
for f in ("fast.json", "slow.json"):
    for r in json.load(open(os.path.join(j, f)))["results"]:
        t[r["command"]] = r["median"]
def table(path):
    out = {}
    for line in open(path):
        name, count, p95 = line.strip().split(",")
        out[name] = (int(float(count)), float(p95))
    return out
pal, dm, pd_ = (table(os.path.join(j, n)) for n in ("palier.txt", "datamash.txt", "pandas.txt"))
agree = pal.keys() == dm.keys() == pd_.keys() and all(
    pal[k][0] == dm[k][0] == pd_[k][0] and abs(pal[k][1] - dm[k][1]) < 1e-6 and abs(pal[k][1] - pd_[k][1]) < 1e-6
    for k in pal)
rss = lambda f: int(re.search(r"peak RSS: (\d+) MB", open(os.path.join(j, f)).read()).group(1))
reqs = lambda f: int(re.search(r"requests: (\d+)", open(os.path.join(j, f)).read()).group(1))
mb = lambda p: os.path.getsize(p) / 1e6
print(f"k6 CSV {mb(csv):.0f} MB ({reqs('palier.err')} requests), gzip {mb(gz):.0f} MB; median of runs, hot cache")
print(f"{'command':<34}{'time':>9}  ratio")
print(f"{'wc -l':<34}{t['wc']:>8.3f}s")
print(f"{'Palier load + per-endpoint p95':<34}{t['palier']:>8.3f}s  {t['palier']/t['wc']:.2f}x wc -l (target <= 3)")
print(f"{'mawk | datamash perc:95':<34}{t['mawk_datamash']:>8.3f}s  Palier {t['mawk_datamash']/t['palier']:.1f}x faster (target >= 5)")
print(f"{'pandas read_csv + quantile':<34}{t['pandas']:>8.3f}s  Palier {t['pandas']/t['palier']:.1f}x faster (target >= 5)")
print(f"{'zcat > /dev/null':<34}{t['zcat']:>8.3f}s")
print(f"{'Palier load, gzip input':<34}{t['palier_gz']:>8.3f}s  {t['palier_gz']/t['zcat']:.2f}x zcat (target <= 1.5)")
print(f"Palier peak RSS: {rss('palier.err')} MB for {reqs('palier.err')} requests, "
      f"{rss('half.err')} MB for {reqs('half.err')} (target < 200 MB)")
print("p95 per endpoint, Palier = datamash = pandas:", "yes" if agree else "NO")
for k in sorted(pal):
    print(f"  {k:<16}{pal[k][0]:>8} {pal[k][1]:>12.6f} {dm.get(k, (0, float('nan')))[1]:>12.6f} {pd_.get(k, (0, float('nan')))[1]:>12.6f}")
sys.exit(0 if agree else 1)
PY
