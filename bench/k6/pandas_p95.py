#!/usr/bin/env python3
"""Per-endpoint request count and p95 of http_req_duration from a k6 CSV, the
way an analyst would do it with pandas (the baseline of bench/k6/run.sh).
pandas' quantile default (linear) is the rule of docs/grid-rules.md section 12."""
import sys

import pandas as pd

df = pd.read_csv(sys.argv[1], usecols=["metric_name", "metric_value", "name"])
d = df[df["metric_name"] == "http_req_duration"]
g = d.groupby("name")["metric_value"]
out = pd.DataFrame({"count": g.size(), "p95": g.quantile(0.95)})
for name, row in out.sort_index().iterrows():
    print(f"{name},{int(row['count'])},{row['p95']:.6f}")
