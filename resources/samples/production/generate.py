#!/usr/bin/env python3
"""Generates the bundled week of monitoring events (README.md here says what it
is and is not): app_monitoring_events.csv.gz, a CSV export of the table as
PostgreSQL's \\copy … CSV HEADER writes it, in a session whose TimeZone is
Europe/Paris. Deterministic: run it again and the file is byte for byte the
same.

    python3 generate.py            # writes app_monitoring_events.csv.gz here
"""
import datetime as dt
import gzip
import io
import math
import os
import random

END = dt.datetime(2026, 11, 22, 19, 40, tzinfo=dt.timezone.utc)   # just after the sample's three runs
DAYS = 8                                                            # a little more than the 7-day window
SESSIONS_PER_DAY = 95
rng = random.Random(20261122)

# Event types of the application (after the seed's logging), with log-mean
# latency (ms) and spread; None: no duration. Weights per session step.
TYPES = [
    (15.0, "athlete_search", math.log(980), 0.62),
    (14.0, "db_results_lookup", math.log(45), 0.6),
    (9.0, "db_results_lookup_count", math.log(20), 0.5),
    (10.0, "cache_hit_results", math.log(3), 0.4),
    (6.0, "ffa_scrape", math.log(2200), 0.7),
    (6.0, "ffa_scrape_result", math.log(15), 0.5),
    (0.6, "ffa_scrape_exception", math.log(3000), 0.8),
    (5.0, "wa_scrape", math.log(1800), 0.6),
    (2.0, "wa_scrape_fallback", math.log(2500), 0.6),
    (5.0, "wa_scrape_result", math.log(12), 0.5),
    (13.0, "prepare_plot_df", math.log(60), 0.5),
    (14.4, "plotly_chart_call", math.log(150), 0.45),
]
TOTAL_WEIGHT = sum(t[0] for t in TYPES)
PARIS_OFFSET = dt.timedelta(hours=1)   # November: CET all week


def pick_type():
    x = rng.random() * TOTAL_WEIGHT
    for w, name, mu, sigma in TYPES:
        x -= w
        if x < 0:
            return name, mu, sigma
    return TYPES[-1][1:]


def day_weight(local_hour):
    # Athletics results are looked up in the evening and at weekends' ends.
    return 0.15 + math.exp(-((local_hour - 20.5) ** 2) / 8.0) + 0.5 * math.exp(-((local_hour - 12.5) ** 2) / 6.0)


def pg_time(t):
    local = (t + PARIS_OFFSET).replace(tzinfo=None)
    text = local.strftime("%Y-%m-%d %H:%M:%S")
    if local.microsecond:
        text += ("." + "%06d" % local.microsecond).rstrip("0")
    return text + "+01"


def load_test_events():
    """The searches of the three sample runs (../weekly), as if the application
    under test logged them into this table: per second of each stage's
    stats_history, as many athlete_search events as Locust counted that second
    (its running totals), failures as errors, durations drawn from a lognormal
    fitted to that second's median and p95."""
    import csv
    import glob
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    for run_dir in sorted(glob.glob(os.path.join(here, "..", "weekly", "run-*"))):
        run = os.path.basename(run_dir)
        for hist in sorted(glob.glob(os.path.join(run_dir, "*_stats_history.csv"))):
            prev_req = prev_fail = 0
            for row in csv.DictReader(open(hist, newline="")):
                if row["Name"] != "athlete_search":
                    continue
                req, fail = int(row["Total Request Count"]), int(row["Total Failure Count"])
                n, nf = req - prev_req, fail - prev_fail
                prev_req, prev_fail = req, fail
                if n <= 0:
                    continue
                try:
                    med, p95 = float(row["50%"]), float(row["95%"])
                except ValueError:
                    med, p95 = 1000.0, 2000.0
                med = max(med, 1.0)
                sigma = max(math.log(max(p95, med * 1.01) / med) / 1.645, 0.05)
                t0 = dt.datetime.fromtimestamp(int(row["Timestamp"]) - 1, tz=dt.timezone.utc)
                users = max(1, int(row["User Count"]))
                for k in range(n):
                    t = t0 + dt.timedelta(seconds=rng.random())
                    sid = "loadtest-%s-%03d" % (run, rng.randrange(users))
                    status = "error" if k < nf else "ok"
                    dur = int(math.exp(math.log(med) + sigma * rng.gauss(0, 1)))
                    out.append((t, sid, "athlete_search", status, dur, None))
    return out


def main():
    start = END - dt.timedelta(days=DAYS)
    events = []
    # Session starts spread over the days by the daily shape, a little busier
    # each day (the app is growing); a slow evening on day 5 (p95 climbs).
    minutes = int((END - start).total_seconds() // 60)
    weights = []
    for m in range(minutes):
        t = start + dt.timedelta(minutes=m)
        local_h = (t + PARIS_OFFSET).hour + (t + PARIS_OFFSET).minute / 60
        weights.append(day_weight(local_h) * (1 + 0.04 * (m / 1440)))
    total = sum(weights)
    n_sessions = SESSIONS_PER_DAY * DAYS
    cum = []
    acc = 0.0
    for w in weights:
        acc += w
        cum.append(acc / total)
    import bisect
    for s in range(n_sessions):
        m = bisect.bisect_left(cum, rng.random())
        t = start + dt.timedelta(minutes=m, seconds=rng.random() * 60)
        sid = "%08x-%04x-4%03x-a%03x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12),
                                                rng.getrandbits(12), rng.getrandbits(48))
        events.append((t, sid, "session_start", "ok", None, None))
        for _ in range(max(1, int(rng.gauss(24, 9)))):
            t = t + dt.timedelta(seconds=rng.expovariate(1 / 25.0))
            if t >= END:
                break
            name, mu, sigma = pick_type()
            local = t + PARIS_OFFSET
            slow = 1.0
            if local.day == 19 and 19 <= local.hour < 23:
                slow = 2.6            # the evening the results site was slow
            dur = None
            if mu is not None and rng.random() > 0.002:
                dur = int(math.exp(mu + sigma * rng.gauss(0, 1)) * slow)
            status = "ok"
            r = rng.random()
            if name == "ffa_scrape_exception":
                status = "error"
            elif name == "athlete_search" and r < (0.011 if slow == 1.0 else 0.06):
                status = "error"
            elif name in ("ffa_scrape", "wa_scrape") and r < 0.03:
                status = "error"
            elif r < 0.003:
                status = "error"
            elif r > 0.998:
                status = "timeout"
            elif name == "wa_scrape_fallback":
                status = "fallback"
            details = None
            if name in ("db_results_lookup", "athlete_search") and rng.random() < 0.3:
                details = '{"rows": %d, "source": "app"}' % rng.randint(0, 200)
            events.append((t, sid, name, status, dur, details))
    events.extend(load_test_events())
    events.sort(key=lambda e: e[0])

    out = io.StringIO()
    out.write("id,created_at,session_id,event_type,status,duration_ms,details\n")
    for i, (t, sid, name, status, dur, details) in enumerate(events, 1):
        det = "" if details is None else '"' + details.replace('"', '""') + '"'
        out.write("%d,%s,%s,%s,%s,%s,%s\n" % (i, pg_time(t), sid, name, status, "" if dur is None else dur, det))
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "app_monitoring_events.csv.gz"), "wb") as f:
        with gzip.GzipFile(filename="app_monitoring_events.csv", mode="wb", fileobj=f, mtime=0) as gz:
            gz.write(out.getvalue().encode())
    print(len(events), "events")


if __name__ == "__main__":
    main()
