-- Fills app_monitoring_events with a realistic week and a half of traffic,
-- relative to now(), for the PostgreSQL views benchmark (bench/db/run.sh).
--
--   psql -v events=10000000 -v days=9 -v duration_type=integer -f generate.sql
--
-- Shape, after the seed (000_…): 13 event types; sessions of ~30 events that
-- overlap in time; athlete_search fails ~5 % of the time, scrapes now and
-- then, the rest rarely; a few other statuses ('timeout', 'fallback'); latencies
-- roughly lognormal per event type, stored as whole milliseconds (the seed's
-- application writes int((perf_counter() - t0) * 1000)) or, with
-- duration_type, as numeric or double precision; NULL for events that have no
-- duration;
-- more traffic by day than by night; rows inserted in time order, as an
-- append-only log is. No index but the primary key: the benchmark compares
-- plans on the table as the application creates it.

\set ON_ERROR_STOP on
DROP TABLE IF EXISTS app_monitoring_events;
CREATE TABLE app_monitoring_events (
    id          bigserial PRIMARY KEY,
    created_at  timestamptz NOT NULL DEFAULT now(),
    session_id  text,
    event_type  text NOT NULL,
    status      text NOT NULL DEFAULT 'ok',
    duration_ms :duration_type,
    details     jsonb
);

-- Deterministic data: the same figures from one run to the next (at a given now()).
SELECT setseed(0.42);

INSERT INTO app_monitoring_events (created_at, session_id, event_type, status, duration_ms, details)
SELECT
    -- Position in [0,1) bent so that daytime hours get more events (a slow
    -- sine over each day), then spread over :days days ending now.
    -- (amplitude below 1 / (2π·days) keeps the mapping monotonic: density 0.4–1.6)
    now() - make_interval(secs => (:days * 86400.0) * (1 - (g.x + 0.6 / (2 * pi() * :days) * sin(2 * pi() * g.x * :days)))),
    -- Sessions of ~30 consecutive-ish events, interleaved with neighbours.
    md5('session-' || ((g.i + floor(r.r5 * 60)::bigint) / 30)::text)::uuid::text,
    e.event_type,
    CASE
        WHEN e.event_type = 'athlete_search' AND r.r2 < 0.05 THEN 'error'
        WHEN e.event_type = 'ffa_scrape_exception' THEN 'error'
        WHEN e.event_type IN ('ffa_scrape', 'wa_scrape') AND r.r2 < 0.03 THEN 'error'
        WHEN r.r2 < 0.004 THEN 'error'
        WHEN r.r2 > 0.998 THEN 'timeout'
        WHEN e.event_type = 'wa_scrape_fallback' THEN 'fallback'
        ELSE 'ok'
    END,
    CASE WHEN e.mu IS NULL OR r.r4 < 0.002 THEN NULL
         ELSE round((exp(e.mu + e.sigma * sqrt(-2 * ln(1 - r.r3)) * cos(2 * pi() * r.r6)))::numeric, 3)   -- assignment cast to the column type
    END,
    CASE WHEN r.r4 > 0.9 THEN jsonb_build_object('source', 'app', 'rows', floor(r.r3 * 200)::int) END
FROM (SELECT i, (i - 1)::float8 / :events AS x FROM generate_series(1, :events) AS i) AS g
CROSS JOIN LATERAL (SELECT random() + g.i * 0 AS r1, random() AS r2, random() AS r3,
                           random() AS r4, random() AS r5, random() AS r6) AS r
CROSS JOIN LATERAL (
    -- Event type by cumulative weight (percent), with log-mean and spread of its latency.
    SELECT t.event_type, t.mu, t.sigma
    FROM (VALUES
        ( 3.0, 'session_start',           NULL::float8, NULL::float8),
        (15.0, 'athlete_search',          ln(1150),     0.55),
        (29.0, 'db_results_lookup',       ln(45),       0.6),
        (38.0, 'db_results_lookup_count', ln(20),       0.5),
        (48.0, 'cache_hit_results',       ln(3),        0.4),
        (54.0, 'ffa_scrape',              ln(2200),     0.7),
        (60.0, 'ffa_scrape_result',       ln(15),       0.5),
        (61.0, 'ffa_scrape_exception',    ln(3000),     0.8),
        (66.0, 'wa_scrape',               ln(1800),     0.6),
        (68.0, 'wa_scrape_fallback',      ln(2500),     0.6),
        (73.0, 'wa_scrape_result',        ln(12),       0.5),
        (86.0, 'prepare_plot_df',         ln(60),       0.5),
        (100.0, 'plotly_chart_call',      ln(150),      0.45)
    ) AS t(cum, event_type, mu, sigma)
    WHERE t.cum > r.r1 * 100
    ORDER BY t.cum
    LIMIT 1
) AS e
;

VACUUM ANALYZE app_monitoring_events;
