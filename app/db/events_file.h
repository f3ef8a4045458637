// Monitoring events from a CSV export of the table instead of a live database
// (docs/db.md, "Monitoring data from a file"): what
//   \copy app_monitoring_events TO 'events.csv' CSV HEADER
// writes (plain or gzip), read into a compact log from which events_views.cpp
// computes the same views, with the same figures, as the seed's SQL would at a
// given "now".
//
// What the export looks like, and so what the reader relies on: a header row
// with the column names; one row per event; NULL as an empty unquoted field
// and an empty string as ""; timestamps in PostgreSQL's ISO output
// ("2026-11-22 14:03:05.123456+01", offset present only for timestamptz,
// ":MM" and ":SS" only when not zero); numbers as PostgreSQL prints them
// (integers as digits, numeric with its scale, double precision in the
// shortest form that reads back exactly, "NaN", "Infinity").
#pragma once

#include "db/db_schema.h"
#include "db/monitoring_sql.h"
#include "model/finding.h"

#include <QString>

#include <atomic>
#include <optional>
#include <vector>

namespace palier {

// A duration exactly as written: mantissa × 10^−scale (scale < 0 for an
// exponent beyond the digits). Up to 18 significant digits, which holds every
// float8 (17) and any realistic numeric(p, s).
struct ExactDecimal {
    qint64 mantissa = 0;
    int scale = 0;
};

struct EventLog {
    enum Flag : quint8 { Key = 1, Error = 2, KeyOkDuration = 4 };

    QString file;
    QString keyTransaction;              // the Key flag's event type
    // created_at carried UTC offsets (a timestamptz column): times are
    // instants. Otherwise (timestamp without time zone) they are wall times,
    // read in the session's zone as PostgreSQL compares them with now().
    bool zoned = true;
    DurationKind durationKind = DurationKind::Integer;
    bool durationKindInferred = true;    // false when the caller said which

    // One entry per event that has a created_at (rows with a NULL one never
    // fall in a window: created_at >= x is not true for NULL).
    std::vector<qint64> times;           // µs since 1970 (instant or wall)
    std::vector<quint32> sessions;       // 0 = NULL, else 1 + index of a distinct session_id
    std::vector<quint8> flags;
    // The duration of each KeyOkDuration event, in file order: as float8 (for
    // PERCENTILE_CONT) and exactly (for a numeric or integer AVG).
    std::vector<double> values;
    std::vector<ExactDecimal> exact;
    // Events whose duration is NaN or ±Infinity: (index into values, line).
    std::vector<std::pair<qint64, qint64>> nonFinite;
    quint32 distinctSessions = 0;
    qint64 rows = 0;                     // data rows read
    qint64 rowsWithoutTime = 0;
    qint64 firstTime = 0, lastTime = 0;  // min and max of times (valid when times is not empty)
};

struct EventsReadOptions {
    DbSchema schema;                     // column names and status values
    QString keyTransaction = QStringLiteral("athlete_search");
    std::optional<DurationKind> durationKind;   // unset: inferred from the values
};

// Reads the export (gzip or plain, recognised by its first bytes). Throws
// InputError naming the file and line for anything it cannot read exactly: a
// missing column, a time or number PostgreSQL would not have printed, a
// damaged gzip stream. `cancelled`, when given, is polled between rows
// (LoadCancelled is thrown when it becomes true).
EventLog readEventsCsv(const QString &path, const EventsReadOptions &options, const std::atomic<bool> *cancelled = nullptr);

// PostgreSQL's ISO timestamp text (also with 'T' and 'Z'): µs since 1970 on
// the wall clock, and the UTC offset in seconds when there is one. False for
// anything else (including "infinity", BC dates and years past 294276).
bool parsePgTimestamp(QStringView text, qint64 *wallUs, std::optional<int> *offsetSeconds);

// A number as PostgreSQL prints integer, numeric or float8 values. False when
// it is not one or has more than 18 significant digits.
struct ParsedDuration {
    double value = 0;
    ExactDecimal exact;
    bool finite = true;
    bool integral = true;                // no fraction digits, no exponent
    bool exponent = false;               // "1.5e+20": only float8 prints that
};
bool parsePgNumber(QStringView text, ParsedDuration *out);

} // namespace palier
