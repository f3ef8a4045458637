// The three production-monitoring views of the seed (000_…, "Requêtes SQL
// utiles" and "SQL aide décision") as values: what PostgreSQL returns, with
// the seed's column names, roundings and NULLs.
#pragma once

#include "grid/decision_rules.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace palier {

struct Profile;

// "Vue rapide 7 jours".
struct MonitoringSummary {
    int days = 7;                          // the window asked for
    qint64 totalEvents = 0;                // total_events
    qint64 activeSessions = 0;             // active_sessions
    qint64 searches = 0;                   // searches (events of the key transaction)
    std::optional<int> avgSearchMs;        // avg_search_ms: NULL when no successful key event with a duration
    std::optional<int> p95SearchMs;        // p95_search_ms: NULL likewise
    // error_rate_pct exactly as PostgreSQL prints the numeric ("2.24", "0.00"),
    // so no digit is lost or invented; empty when the window has no event (NULL).
    QString errorRatePct;

    std::optional<double> errorRate() const;   // errorRatePct as a number
    bool operator==(const MonitoringSummary &) const = default;
};

// One row of "Capacité par heure (48h)": only hours that have events, as the
// seed's GROUP BY does.
struct HourlyRow {
    QDateTime hourSlot;                    // start of the hour in the session's time zone, with its offset
    qint64 searches = 0;
    std::optional<int> p95SearchMs;        // NULL when the hour has no successful key event
    qint64 errors = 0;
    // All events of the hour (not in the seed's view): the denominator of the
    // hour's error rate, which Palier shows beside the count.
    qint64 events = 0;

    QString hourSlotIso() const;           // "2026-11-22T14:00:00+01:00"
    // errors / events × 100 rounded to 2 decimals half away from zero, as the
    // seed rounds its 7-day rate; empty when the hour has no event.
    QString errorRatePct() const;
    bool operator==(const HourlyRow &) const = default;
};

// One local calendar day of the day window (not in the seed: the per-day chart
// of the Production view). The first and the last day are partial: the window
// starts `days` days before now, at now's time of day, and ends now.
struct DailyRow {
    QDateTime dayStart;                    // local midnight of the day, with its offset
    qint64 events = 0;
    qint64 searches = 0;
    std::optional<int> p95SearchMs;        // PERCENTILE_CONT(0.95) of the day's successful key events
    qint64 errors = 0;

    QString errorRatePct() const;          // as HourlyRow::errorRatePct
    bool operator==(const DailyRow &) const = default;
};

// "2026-11-22T14:00:00+01:00": the wall time of `at` in its own offset, to the second.
QString isoWithOffset(const QDateTime &at);

// errors / events as the seed's ROUND(100.0 * errors / NULLIF(events, 0), 2)
// prints it: exact integer arithmetic, half away from zero, two decimals;
// empty for no events.
QString errorRatePctText(qint64 errors, qint64 events);

// "SQL aide décision (7 jours)".
struct MonitoringDecision {
    std::optional<int> p95SearchMs;
    QString errorRatePct;                  // as in MonitoringSummary
    DecisionHint hint = DecisionHint::Go;
    bool operator==(const MonitoringDecision &) const = default;
};

// Everything one refresh produces, from one statement (so one snapshot, one now()).
struct MonitoringSnapshot {
    MonitoringSummary summary;
    QList<HourlyRow> hourly;               // newest first
    QList<DailyRow> daily;                 // newest first, only days with events
    MonitoringDecision decision;
    QDateTime fetchedAt;                   // client clock when the result arrived
    // The views' now(), with the session zone's offset: set for an events file
    // (--now, or its last event); invalid for a live database (the server's
    // now() at the statement, which fetchedAt follows within the query time).
    QDateTime asOf;
    QString timeZone;                      // session TimeZone the hour slots are in
    int hours = 48;                        // the hourly window asked for
    bool hasSummary = false;
    bool hasHourly = false;
};

// The thresholds of the decision hint (docs/grid-rules.md §11): those of the active
// profile's key-p95 and error-rate criteria. A missing limit (NaN) never fires.
// The hint is computed here, on the client, from the colours the grid gives
// these values (grid/colour.h) and the production mapping of
// grid/decision_rules.h; the SQL only computes what must run in the database.
struct DecisionThresholds {
    double p95GreenMs = 2500;      // WATCH when p95 > this (>= when p95GreenStrict)
    double p95OrangeMs = 4000;     // NO_GO when p95 > this (>= when p95OrangeStrict)
    double errorGreenPct = 1;      // WATCH when rate >= this (> when !errorGreenStrict)
    double errorOrangePct = 3;     // NO_GO when rate > this (>= when errorOrangeStrict)
    bool p95GreenStrict = false;
    bool p95OrangeStrict = false;
    bool errorGreenStrict = true;  // seed: green < 1 %, so 1.00 is already orange
    bool errorOrangeStrict = false;

    static DecisionThresholds fromProfile(const Profile &profile);
    // The colours of the two values (NotEvaluated when unknown or without a limit).
    Colour p95Colour(std::optional<int> p95Ms) const;
    Colour errorRateColour(std::optional<double> errorRatePct) const;
    DecisionHint decide(std::optional<int> p95Ms, std::optional<double> errorRatePct) const;
};

} // namespace palier

Q_DECLARE_METATYPE(palier::MonitoringSummary)
Q_DECLARE_METATYPE(palier::HourlyRow)
Q_DECLARE_METATYPE(palier::DailyRow)
Q_DECLARE_METATYPE(palier::MonitoringDecision)
Q_DECLARE_METATYPE(palier::MonitoringSnapshot)
