// The SQL Palier sends for the monitoring views (monitoring_sql.cpp), the
// seed's own SQL for side-by-side checks (seed_sql.cpp), and the index DDL
// Palier suggests to a DBA (index_ddl.cpp). Identifiers arrive already quoted
// (PQescapeIdentifier); every value is a $n parameter (see monitoringParams()).
#pragma once

#include "db/monitoring_views.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace palier {

struct DbSchema;

// How duration_ms is stored: decides how its average is recombined exactly.
enum class DurationKind { Integer, Numeric, Float };

// The table as verified on the server: quoted names ready to paste into SQL.
struct ResolvedTable {
    QString tableSql;           // "public"."app_monitoring_events"
    QString sessionIdSql, eventTypeSql, statusSql, durationSql, createdAtSql;
    DurationKind durationKind = DurationKind::Integer;
    bool createdAtHasTimeZone = true;
    int serverVersion = 150000; // PQserverVersion: date_bin() exists from 14
    QString display;            // public.app_monitoring_events, for messages
};

// What one statement should compute.
struct ViewRequest {
    bool summary = true;        // 7-day view (and the decision hint, derived from it)
    bool hourly = true;         // hourly view
    int days = 7;
    int hours = 48;
    QString keyTransaction = QStringLiteral("athlete_search");
    DecisionThresholds thresholds;
};

// One statement computing the requested views in a single scan of the table
// (the comment above its definition says why this shape). One row per hour
// group (hour slot × flags: 1 key transaction, 2 error status, 4 inside the
// hourly window, 8 inside the day window) and, when the summary is asked for,
// one row of window totals. Columns: total_row int4, hour_epoch int8,
// hour_utc_offset int4, day_epoch int8, day_utc_offset int4, flags int4,
// events int8, active_sessions int8, avg_search_ms int4, error_rate_pct text,
// durations float8[] (the group's successful key-event durations). Meant to be
// read in binary (MonitoringSession::fetch): counts are summed and the p95s
// taken on the client, the decision hint too (DecisionThresholds::decide).
QString monitoringSql(const ResolvedTable &table, const ViewRequest &request);

// The parameters of monitoringSql(), in order, as text; a null QByteArray is
// SQL NULL. Types: $1 days int4, $2 hours int4, $3 key / $4 ok / $5 error
// untyped (they take the column's type, as the seed's literals do), $6..$9
// thresholds numeric: monitoringSql() leaves them unused, the parameterised seed
// decision statement (seedDecisionSql) compares with them, so one parameter list
// serves both when the tests and the benchmark run them side by side.
QList<QByteArray> monitoringParams(const DbSchema &schema, const ViewRequest &request);
QList<unsigned int> monitoringParamTypes();

// `sqlTemplate` with the table's quoted names in place of its markers: {T} the
// table, {S} {E} {ST} {D} {C} the session, event type, status, duration and
// creation time columns. One pass: a substituted name is never scanned again,
// so it cannot inject a marker, let alone SQL; other braces stay as they are.
QString fillTableNames(const QString &sqlTemplate, const ResolvedTable &table);

// The seed's three statements, with the table and column names substituted
// and the literals (key, statuses, thresholds, windows) as the same $n
// parameters as above. Used by the tests and the benchmark to check that
// Palier returns exactly what the seed's SQL returns.
QString seedSummarySql(const ResolvedTable &table);
QString seedHourlySql(const ResolvedTable &table);
QString seedDecisionSql(const ResolvedTable &table);
// The seed's statements verbatim (default table, 7 days, 48 hours,
// athlete_search, the seed's thresholds): the benchmark's reference.
QString seedSummarySqlVerbatim();
QString seedHourlySqlVerbatim();
QString seedDecisionSqlVerbatim();

// Plain reference SQL for what Palier shows beyond the seed's views, with the
// same $n parameters: each hour of the hourly window with its events (columns
// hour_slot, events, searches, errors, p95_search_ms; newest first;
// HourlyRow::events is the one the seed lacks) and the per-day rows of
// the day window (day_epoch, day_utc_offset, events, searches, errors,
// p95_search_ms; newest first; MonitoringSnapshot::daily), each a GROUP BY of
// date_trunc in the session's time zone. The tests and the benchmark compare
// Palier's figures with them.
QString referenceHourlyEventsSql(const ResolvedTable &table);
QString referenceDailySql(const ResolvedTable &table);

// DDL a DBA could run when the table grows much beyond the windows read
// (Palier never runs it). Comments say what each statement is for.
QStringList suggestedIndexDdl(const DbSchema &schema);

} // namespace palier
