// The monitoring views computed on the client from an events file (an export
// of the table, events_file.h), with exactly the figures the seed's SQL gives
// on the table at the same "now" and in the same session time zone
// (docs/db.md, "Monitoring data from a file"):
//   - windows: created_at >= now − N days (calendar days in the zone, as
//     timestamptz − interval does) and >= now − N hours; no upper bound;
//   - hour and day slots: date_trunc in the zone (zone_clock.h);
//   - counts as COUNT(*) FILTER, sessions as COUNT(DISTINCT) (NULL not counted);
//   - p95: PERCENTILE_CONT(0.95) on float8 values, then ROUND (to even) and ::int;
//   - avg: AVG of the column's type — integer and numeric exactly (decimal
//     sums, rounded half away from zero), double precision as a float8 sum in
//     file order (rounded to even);
//   - error rate: ROUND(100.0 × errors / events, 2), exactly.
// A value the SQL would refuse (a NaN average cast to int) is an InputError
// naming the file and the line of the value, as the database would fail.
#pragma once

#include "db/events_file.h"
#include "db/monitoring_sql.h"
#include "db/monitoring_views.h"

#include <QTimeZone>

namespace palier {

struct EventsClock {
    qint64 nowUs = 0;                 // the views' now(), an instant
    QTimeZone zone;                   // the session time zone
    QString zoneName;                 // as given ("Europe/Paris", "UTC")
    bool nowFromLastEvent = false;    // no --now: the file's last event
};

// The clock for `log`: `now` when given, else the last event's time (for a
// file without zone, its wall time read in the zone), else the current time
// when the file has no event.
EventsClock eventsClock(const EventLog &log, const QTimeZone &zone, const QString &zoneName,
                        const std::optional<QDateTime> &now);

MonitoringSnapshot computeMonitoringViews(const EventLog &log, const ViewRequest &request, const EventsClock &clock);

// ROUND(PERCENTILE_CONT(0.95) WITHIN GROUP (ORDER BY v))::int of `values`
// (reordered in place); nullopt for no value or a result the cast refuses.
std::optional<int> pgP95(std::vector<double> &values);

// "--now" text: ISO 8601 with or without a UTC offset (without: a wall time in
// `zone`), e.g. "2026-11-22T14:00:00+01:00", "2026-11-22 14:00". nullopt when
// it is not one.
std::optional<QDateTime> parseNowText(const QString &text, const QTimeZone &zone);

} // namespace palier
