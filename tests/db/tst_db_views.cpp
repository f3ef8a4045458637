// The three monitoring views must equal the seed's SQL, field by field, on the
// same data in the same session (and the same transaction, so now() is one
// instant): for every duration type, NULL durations, other statuses, extra
// columns, empty windows, hostile names, other key transactions and time
// zones, including one with a half-hour offset.
#include "db/monitoring_percentile.h"
#include "db/monitoring_session.h"
#include "db/monitoring_sql.h"
#include "db/pg_conninfo.h"
#include "grid/profile.h"
#include "pg_test_support.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace palier;
using namespace palier::test;
using namespace Qt::StringLiterals;

namespace {
const QString kDb = QStringLiteral("palier_tst_views");
const QString kHostileTable = QStringLiteral("events\"; DROP TABLE x; --");
const QString kHostileSchema = QStringLiteral("odd schema");
} // namespace

class TestDbViews : public QObject {
    Q_OBJECT

private:
    PgCluster m_cluster;

    ConnectionOptions options(const QString &table, const QString &tz = QStringLiteral("UTC")) const
    {
        ConnectionOptions o;
        o.conninfo = m_cluster.conninfo(kDb);
        o.schema.table = table;
        o.timeZone = tz;
        return o;
    }

    // Runs Palier's views and the seed's three statements in one read-only
    // transaction of the same session and compares every field.
    void compareWithSeed(MonitoringSession &s, const ViewRequest &request, MonitoringSnapshot *snapOut = nullptr)
    {
        DbError e;
        PgRows rows;
        QVERIFY2(s.query(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"), {}, {}, &rows, &e), qPrintable(e.message));
        MonitoringSnapshot snap;
        QVERIFY2(s.fetch(request, &snap, &e), qPrintable(e.message));
        const QList<QByteArray> params = monitoringParams(s.options().schema, request);
        const QList<unsigned int> types = monitoringParamTypes();

        if (request.summary) {
            PgRows seed;
            QVERIFY2(s.query(seedSummarySql(s.table()), params, types, &seed, &e), qPrintable(e.message));
            QCOMPARE(seed.rows.size(), 1);
            const auto &r = seed.rows.first();
            QCOMPARE(QString::number(snap.summary.totalEvents), r.at(0).value_or(QStringLiteral("NULL")));
            QCOMPARE(QString::number(snap.summary.activeSessions), r.at(1).value_or(QStringLiteral("NULL")));
            QCOMPARE(QString::number(snap.summary.searches), r.at(2).value_or(QStringLiteral("NULL")));
            QCOMPARE(snap.summary.avgSearchMs ? QString::number(*snap.summary.avgSearchMs) : QStringLiteral("NULL"),
                     r.at(3).value_or(QStringLiteral("NULL")));
            QCOMPARE(snap.summary.p95SearchMs ? QString::number(*snap.summary.p95SearchMs) : QStringLiteral("NULL"),
                     r.at(4).value_or(QStringLiteral("NULL")));
            QCOMPARE(snap.summary.errorRatePct.isEmpty() ? QStringLiteral("NULL") : snap.summary.errorRatePct,
                     r.at(5).value_or(QStringLiteral("NULL")));

            PgRows dec;
            QVERIFY2(s.query(seedDecisionSql(s.table()), params, types, &dec, &e), qPrintable(e.message));
            QCOMPARE(dec.rows.size(), 1);
            const auto &d = dec.rows.first();
            QCOMPARE(snap.decision.p95SearchMs ? QString::number(*snap.decision.p95SearchMs) : QStringLiteral("NULL"),
                     d.at(0).value_or(QStringLiteral("NULL")));
            QCOMPARE(snap.decision.errorRatePct.isEmpty() ? QStringLiteral("NULL") : snap.decision.errorRatePct,
                     d.at(1).value_or(QStringLiteral("NULL")));
            QCOMPARE(decisionHintId(snap.decision.hint), d.at(2).value_or(QString()));
            // The C++ rule agrees with the SQL one on these values.
            QCOMPARE(request.thresholds.decide(snap.decision.p95SearchMs, snap.summary.errorRate()), snap.decision.hint);
        }
        if (request.hourly) {
            PgRows seed;
            QVERIFY2(s.query(seedHourlySql(s.table()), params, types, &seed, &e), qPrintable(e.message));
            QCOMPARE(snap.hourly.size(), seed.rows.size());
            for (qsizetype i = 0; i < seed.rows.size(); ++i) {
                const auto &r = seed.rows.at(i);
                const HourlyRow &h = snap.hourly.at(i);
                // Seed output is the session's ISO DateStyle; timestamp-without-
                // time-zone columns print no offset: compare the wall time then.
                const QString seedSlot = r.at(0).value_or(QString());
                const QString iso = pgTimestampToIso(seedSlot);
                if (s.table().createdAtHasTimeZone)
                    QCOMPARE(h.hourSlotIso(), iso);
                else
                    QCOMPARE(h.hourSlotIso().left(19), iso);
                QCOMPARE(QString::number(h.searches), r.at(1).value_or(QStringLiteral("NULL")));
                QCOMPARE(h.p95SearchMs ? QString::number(*h.p95SearchMs) : QStringLiteral("NULL"),
                         r.at(2).value_or(QStringLiteral("NULL")));
                QCOMPARE(QString::number(h.errors), r.at(3).value_or(QStringLiteral("NULL")));
            }
            // The hour's events (not in the seed): a plain GROUP BY of the window.
            PgRows events;
            QVERIFY2(s.query(referenceHourlyEventsSql(s.table()), params, types, &events, &e), qPrintable(e.message));
            QCOMPARE(events.rows.size(), seed.rows.size());
            for (qsizetype i = 0; i < events.rows.size(); ++i) {
                QCOMPARE(events.rows.at(i).at(0), seed.rows.at(i).at(0));
                QCOMPARE(QString::number(snap.hourly.at(i).events), events.rows.at(i).at(1).value_or(QString()));
            }
        }
        if (request.summary)
            compareDaily(s, snap, params, types);
        else
            QVERIFY(snap.daily.isEmpty());
        QVERIFY2(s.query(QStringLiteral("COMMIT"), {}, {}, &rows, &e), qPrintable(e.message));
        if (snapOut)
            *snapOut = snap;
    }

    // The per-day rows (not in the seed) against the plain reference SQL, run
    // in the caller's transaction.
    void compareDaily(MonitoringSession &s, const MonitoringSnapshot &snap, const QList<QByteArray> &params,
                      const QList<unsigned int> &types)
    {
        DbError e;
        PgRows ref;
        QVERIFY2(s.query(referenceDailySql(s.table()), params, types, &ref, &e), qPrintable(e.message));
        QCOMPARE(snap.daily.size(), ref.rows.size());
        qint64 events = 0, searches = 0;
        for (qsizetype i = 0; i < ref.rows.size(); ++i) {
            const auto &r = ref.rows.at(i);
            const DailyRow &d = snap.daily.at(i);
            QCOMPARE(QString::number(d.dayStart.toSecsSinceEpoch()), r.at(0).value_or(QString()));
            QCOMPARE(QString::number(d.dayStart.offsetFromUtc()), r.at(1).value_or(QString()));
            QCOMPARE(QString::number(d.events), r.at(2).value_or(QString()));
            QCOMPARE(QString::number(d.searches), r.at(3).value_or(QString()));
            QCOMPARE(QString::number(d.errors), r.at(4).value_or(QString()));
            QCOMPARE(d.p95SearchMs ? QString::number(*d.p95SearchMs) : QStringLiteral("NULL"),
                     r.at(5).value_or(QStringLiteral("NULL")));
            events += d.events;
            searches += d.searches;
        }
        // The days partition the window.
        QCOMPARE(events, snap.summary.totalEvents);
        QCOMPARE(searches, snap.summary.searches);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.load(&error), qPrintable(error));
        QVERIFY2(recreateDatabase(m_cluster, kDb, &error), qPrintable(error));
        PgAdmin admin(m_cluster, kDb);
        QVERIFY2(admin.ok(), qPrintable(admin.lastError()));
        for (const auto &[table, type] : QList<QPair<QString, QString>> {
                 {QStringLiteral("app_monitoring_events"), QStringLiteral("integer")},
                 {QStringLiteral("ev_smallint"), QStringLiteral("smallint")},
                 {QStringLiteral("ev_bigint"), QStringLiteral("bigint")},
                 {QStringLiteral("ev_numeric"), QStringLiteral("numeric(12,2)")},
                 {QStringLiteral("ev_double"), QStringLiteral("double precision")},
                 {QStringLiteral("ev_real"), QStringLiteral("real")}}) {
            QVERIFY2(admin.exec(eventsTableSql(table, type)), qPrintable(table + u": " + admin.lastError()));
        }
        // Rows only older than two days: the one-day window is empty.
        QVERIFY2(admin.exec(eventsTableSql(QStringLiteral("ev_old"), QStringLiteral("integer"), 800)
                            + QStringLiteral("DELETE FROM ev_old WHERE created_at >= now() - interval '50 hours';")),
                 qPrintable(admin.lastError()));
        // A timestamp-without-time-zone column.
        QVERIFY2(admin.exec(eventsTableSql(QStringLiteral("ev_naive"), QStringLiteral("integer"), 2000,
                                           {QStringLiteral("session_id"), QStringLiteral("event_type"),
                                            QStringLiteral("status"), QStringLiteral("duration_ms"),
                                            QStringLiteral("created_at"), QStringLiteral("timestamp")})),
                 qPrintable(admin.lastError()));
        // Hostile table, schema and column names, and a table x that must survive.
        QVERIFY2(admin.exec(QStringLiteral("CREATE TABLE x (v int); GRANT SELECT ON x TO palier_user;"
                                           "CREATE SCHEMA \"odd schema\"; GRANT USAGE ON SCHEMA \"odd schema\" TO palier_user;")),
                 qPrintable(admin.lastError()));
        QVERIFY2(admin.exec(eventsTableSql(QStringLiteral("\"odd schema\".\"events\"\"; DROP TABLE x; --\""),
                                           QStringLiteral("double precision"), 3000,
                                           {QStringLiteral("\"Session\"\"Id\""), QStringLiteral("\"event type\""),
                                            QStringLiteral("\"état\""), QStringLiteral("\"ms; DROP TABLE x\""),
                                            QStringLiteral("\"At\"")})),
                 qPrintable(admin.lastError()));
        // Exact ties for the roundings: AVG 2.5 (numeric rounds up, float to even),
        // a p95 interpolated exactly half-way.
        QVERIFY2(admin.exec(QStringLiteral(
                     "CREATE TABLE ties_int (session_id text, event_type text, status text, duration_ms int, created_at timestamptz);"
                     "CREATE TABLE ties_float (session_id text, event_type text, status text, duration_ms float8, created_at timestamptz);"
                     "INSERT INTO ties_int VALUES ('a', 'athlete_search', 'ok', 2, now() - interval '1 hour'),"
                     "  ('a', 'athlete_search', 'ok', 3, now() - interval '2 hours');"
                     "INSERT INTO ties_float SELECT * FROM ties_int;"
                     "CREATE TABLE ties_p95 (session_id text, event_type text, status text, duration_ms int, created_at timestamptz);"
                     "INSERT INTO ties_p95 VALUES ('a', 'athlete_search', 'ok', 0, now() - interval '1 hour'),"
                     "  ('b', 'athlete_search', 'ok', 30, now() - interval '3 hours'), ('b', 'athlete_search', 'error', 99999, now() - interval '3 hours');"
                     "GRANT SELECT ON ties_int, ties_float, ties_p95 TO palier_user;")),
                 qPrintable(admin.lastError()));
    }

    void matchesSeed_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("tz");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("hours");
        QTest::addColumn<bool>("summary");
        QTest::addColumn<bool>("hourly");
        QTest::addColumn<QString>("key");
        const QString key = QStringLiteral("athlete_search");
        const QString utc = QStringLiteral("UTC");
        for (const QString &t : {QStringLiteral("app_monitoring_events"), QStringLiteral("ev_smallint"),
                                 QStringLiteral("ev_bigint"), QStringLiteral("ev_numeric"), QStringLiteral("ev_double"),
                                 QStringLiteral("ev_real")}) {
            QTest::addRow("%s 7d+48h", qPrintable(t)) << t << utc << 7 << 48 << true << true << key;
            QTest::addRow("%s summary 1d", qPrintable(t)) << t << utc << 1 << 48 << true << false << key;
            QTest::addRow("%s hourly 5h", qPrintable(t)) << t << utc << 7 << 5 << false << true << key;
        }
        const QString t = QStringLiteral("app_monitoring_events");
        QTest::newRow("hours longer than days") << t << utc << 1 << 200 << true << true << key;
        QTest::newRow("3 days, 200 hours") << t << utc << 3 << 200 << true << true << key;
        QTest::newRow("other key") << t << utc << 7 << 48 << true << true << QStringLiteral("db_results_lookup");
        QTest::newRow("key with no event") << t << utc << 7 << 48 << true << true << QStringLiteral("no_such_event");
        QTest::newRow("Europe/Paris") << t << QStringLiteral("Europe/Paris") << 7 << 48 << true << true << key;
        QTest::newRow("Asia/Kolkata") << t << QStringLiteral("Asia/Kolkata") << 7 << 48 << true << true << key;
        QTest::newRow("America/St_Johns") << t << QStringLiteral("America/St_Johns") << 3 << 72 << true << true << key;
        QTest::newRow("Asia/Kathmandu") << t << QStringLiteral("Asia/Kathmandu") << 7 << 48 << true << true << key;
        // Half-hour DST: hour slots cannot be computed by arithmetic there.
        QTest::newRow("Australia/Lord_Howe") << t << QStringLiteral("Australia/Lord_Howe") << 7 << 48 << true << true << key;
        QTest::newRow("Lord_Howe hourly only") << t << QStringLiteral("Australia/Lord_Howe") << 7 << 5 << false << true << key;
        QTest::newRow("naive timestamps") << QStringLiteral("ev_naive") << QStringLiteral("Asia/Kolkata") << 7 << 48 << true << true << key;
        QTest::newRow("empty day window") << QStringLiteral("ev_old") << utc << 1 << 24 << true << true << key;
        QTest::newRow("old table, 7 days") << QStringLiteral("ev_old") << utc << 7 << 200 << true << true << key;
        QTest::newRow("avg tie int") << QStringLiteral("ties_int") << utc << 7 << 48 << true << true << key;
        QTest::newRow("avg tie float") << QStringLiteral("ties_float") << utc << 7 << 48 << true << true << key;
        QTest::newRow("p95 half-way") << QStringLiteral("ties_p95") << utc << 7 << 48 << true << true << key;
    }

    void matchesSeed()
    {
        QFETCH(QString, table);
        QFETCH(QString, tz);
        QFETCH(int, days);
        QFETCH(int, hours);
        QFETCH(bool, summary);
        QFETCH(bool, hourly);
        QFETCH(QString, key);
        MonitoringSession s;
        DbError e;
        QVERIFY2(s.open(options(table, tz), &e), qPrintable(e.message));
        ViewRequest r;
        r.days = days;
        r.hours = hours;
        r.summary = summary;
        r.hourly = hourly;
        r.keyTransaction = key;
        MonitoringSnapshot snap;
        compareWithSeed(s, r, &snap);
        if (QTest::currentTestFailed())
            return;
        // The data must exercise what it claims to.
        if (table == u"app_monitoring_events" && days == 7 && summary && hourly && hours == 48 && key == u"athlete_search") {
            QVERIFY(snap.summary.totalEvents > 1000);
            QVERIFY(snap.summary.avgSearchMs && snap.summary.p95SearchMs);
            bool hourWithoutSearch = false;
            for (const HourlyRow &h : snap.hourly)
                hourWithoutSearch |= h.searches == 0 && !h.p95SearchMs;
            QVERIFY2(hourWithoutSearch, "an hour with events but no search must be listed with NULL p95");
        }
        if (QLatin1String(QTest::currentDataTag()) == QLatin1String("empty day window")) {
            QCOMPARE(snap.summary.totalEvents, 0);
            QCOMPARE(snap.summary.activeSessions, 0);
            QVERIFY(!snap.summary.avgSearchMs && !snap.summary.p95SearchMs);
            QVERIFY(snap.summary.errorRatePct.isEmpty());
            QCOMPARE(snap.decision.hint, DecisionHint::Go);
            QVERIFY(snap.hourly.isEmpty());
        }
        if (tz == u"Asia/Kolkata" && s.table().createdAtHasTimeZone) {
            QVERIFY(!snap.hourly.isEmpty());
            for (const HourlyRow &h : snap.hourly) {
                QVERIFY2(h.hourSlotIso().endsWith(QLatin1String(":00:00+05:30")), qPrintable(h.hourSlotIso()));
                QCOMPARE((h.hourSlot.toSecsSinceEpoch() + 19800) % 3600, 0);   // local hours, half-hour in UTC
            }
        }
        if (tz == u"Europe/Paris") {
            for (const HourlyRow &h : snap.hourly) {
                const QString iso = h.hourSlotIso();
                QVERIFY2(iso.endsWith(QLatin1String(":00:00+01:00")) || iso.endsWith(QLatin1String(":00:00+02:00")),
                         qPrintable(iso));
            }
        }
        if (QLatin1String(QTest::currentDataTag()) == QLatin1String("avg tie int"))
            QCOMPARE(snap.summary.avgSearchMs, std::optional<int>(3));   // numeric 2.5 rounds away from zero
        if (QLatin1String(QTest::currentDataTag()) == QLatin1String("avg tie float"))
            QCOMPARE(snap.summary.avgSearchMs, std::optional<int>(2));   // float8 2.5 rounds to even
        if (QLatin1String(QTest::currentDataTag()) == QLatin1String("p95 half-way"))
            QCOMPARE(snap.summary.p95SearchMs, std::optional<int>(28));  // 0.95 × 30 = 28.5 → 28 (to even)
    }

    void thresholdsFromProfile()
    {
        MonitoringSession s;
        DbError e;
        QVERIFY2(s.open(options(QStringLiteral("app_monitoring_events")), &e), qPrintable(e.message));
        // Thresholds follow the profile: tight limits make the same data NO_GO.
        Profile p = Profile::builtinDefault();
        ViewRequest r;
        r.hourly = false;
        r.thresholds = DecisionThresholds::fromProfile(p);
        MonitoringSnapshot snap;
        QVERIFY2(s.fetch(r, &snap, &e), qPrintable(e.message));
        const DecisionHint defaultHint = snap.decision.hint;
        QCOMPARE(r.thresholds.decide(snap.summary.p95SearchMs, snap.summary.errorRate()), defaultHint);

        r.thresholds.p95OrangeMs = 10;
        QVERIFY2(s.fetch(r, &snap, &e), qPrintable(e.message));
        QCOMPARE(snap.decision.hint, DecisionHint::NoGo);
        r.thresholds.p95OrangeMs = 1e9;
        r.thresholds.p95GreenMs = 1e9;
        r.thresholds.errorOrangePct = 1e9;
        r.thresholds.errorGreenPct = 1e9;
        QVERIFY2(s.fetch(r, &snap, &e), qPrintable(e.message));
        QCOMPARE(snap.decision.hint, DecisionHint::Go);
        // Strictness: the error rate exactly at the green limit.
        bool ok = false;
        const double rate = snap.summary.errorRatePct.toDouble(&ok);
        QVERIFY(ok);
        r.thresholds.errorGreenPct = rate;
        r.thresholds.errorGreenStrict = true;    // green < limit: at the limit is WATCH
        QVERIFY2(s.fetch(r, &snap, &e), qPrintable(e.message));
        QCOMPARE(snap.decision.hint, DecisionHint::Watch);
        r.thresholds.errorGreenStrict = false;   // green <= limit
        QVERIFY2(s.fetch(r, &snap, &e), qPrintable(e.message));
        QCOMPARE(snap.decision.hint, DecisionHint::Go);
        // A missing limit never fires.
        r.thresholds.errorGreenPct = qQNaN();
        r.thresholds.p95GreenMs = qQNaN();
        QVERIFY2(s.fetch(r, &snap, &e), qPrintable(e.message));
        QCOMPARE(snap.decision.hint, DecisionHint::Go);
    }

    void hostileNamesAreQuoted()
    {
        ConnectionOptions o = options(QStringLiteral("\"odd schema\".\"events\"\"; DROP TABLE x; --\""));
        o.schema.sessionId = QStringLiteral("Session\"Id");
        o.schema.eventType = QStringLiteral("event type");
        o.schema.status = QStringLiteral("état");
        o.schema.durationMs = QStringLiteral("ms; DROP TABLE x");
        o.schema.createdAt = QStringLiteral("At");
        MonitoringSession s;
        DbError e;
        QVERIFY2(s.open(o, &e), qPrintable(e.message));
        QCOMPARE(s.table().tableSql, QStringLiteral("\"odd schema\".\"events\"\"; DROP TABLE x; --\""));
        compareWithSeed(s, ViewRequest());
        // Unqualified, the hostile name is looked up literally (and not found:
        // it lives in "odd schema", which is not on the search_path).
        MonitoringSession s2;
        ConnectionOptions o2 = o;
        o2.schema.table = kHostileTable;
        QVERIFY(!s2.open(o2, &e));
        QCOMPARE(e.kind, DbError::Kind::Schema);
        QVERIFY2(e.message.contains(QLatin1String("not found")), qPrintable(e.message));
        PgAdmin admin(m_cluster, kDb);
        QCOMPARE(admin.scalar(QStringLiteral("SELECT to_regclass('public.x') IS NOT NULL")), QStringLiteral("t"));
    }

    // Fresh tables for the figures Palier adds to the seed's views (events per
    // hour, per-day rows), one per duration type the brief names: full-precision
    // doubles (almost every value distinct), three-decimal numerics, integers
    // with many ties; nine days with an empty stretch of 50 hours (so a whole
    // local day has no event in any zone), compared with the plain reference
    // SQL in several zones, including one with a half-hour DST (no date_bin).
    void dailyAndHourlyEventsMatchReference_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("tz");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("hours");
        QTest::addColumn<bool>("hourly");
        for (const QString &type : {QStringLiteral("integer"), QStringLiteral("numeric(12,3)"),
                                    QStringLiteral("double precision")}) {
            for (const QString &tz : {QStringLiteral("UTC"), QStringLiteral("Europe/Paris"), QStringLiteral("Asia/Kolkata"),
                                      QStringLiteral("America/St_Johns"), QStringLiteral("Australia/Lord_Howe")})
                QTest::addRow("%s %s", qPrintable(type), qPrintable(tz)) << type << tz << 7 << 48 << true;
            QTest::addRow("%s summary only", qPrintable(type)) << type << QStringLiteral("Europe/Paris") << 8 << 48 << false;
            QTest::addRow("%s 3 days, 200 hours", qPrintable(type)) << type << QStringLiteral("Asia/Kolkata") << 3 << 200 << true;
        }
    }

    void dailyAndHourlyEventsMatchReference()
    {
        QFETCH(QString, type);
        QFETCH(QString, tz);
        QFETCH(int, days);
        QFETCH(int, hours);
        QFETCH(bool, hourly);
        const QString table = u"fresh_"_s + type.left(type.indexOf(u'(') < 0 ? type.size() : type.indexOf(u'(')).replace(u' ', u'_');
        QString value;
        if (type.startsWith(u"double"))
            value = QStringLiteral("exp((hh.h4 % 100003) / 100003.0 * 3.5) * 300 + (hh.h1 % 997) / 7.0");
        else if (type.startsWith(u"numeric"))
            value = QStringLiteral("round((hh.h4 % 9000000) / 1000.0 + 5, 3)");
        else
            value = QStringLiteral("50 + hh.h4 % 4000");
        PgAdmin admin(m_cluster, kDb);
        QVERIFY2(admin.exec(QStringLiteral(R"SQL(
DROP TABLE IF EXISTS %1;
CREATE TABLE %1 (id bigserial PRIMARY KEY, created_at timestamptz NOT NULL, session_id text,
                 event_type text, status text, duration_ms %2, details jsonb);
INSERT INTO %1 (created_at, session_id, event_type, status, duration_ms)
SELECT now() - make_interval(secs => a.age),
       'sess-' || (g / 7),
       (ARRAY['athlete_search', 'athlete_search', 'athlete_search', 'session_start', 'db_results_lookup',
              'ffa_scrape'])[1 + hh.h2 % 6],
       CASE WHEN hh.h3 % 25 = 0 THEN 'error' WHEN hh.h3 % 25 = 1 THEN 'timeout' ELSE 'ok' END,
       CASE WHEN hh.h4 % 17 = 0 THEN NULL ELSE (%3)::%2 END
FROM generate_series(1, 12000) AS g
CROSS JOIN LATERAL (SELECT abs(hashint4(g)) AS h1, abs(hashint4(g + 7)) AS h2,
                           abs(hashint4(g + 13)) AS h3, abs(hashint4(g + 29)) AS h4) AS hh
CROSS JOIN LATERAL (SELECT 30 + (hh.h1 % (9 * 86400)) + (hh.h2 % 1000) / 1000.0 AS age) AS a
WHERE a.age NOT BETWEEN 3.5 * 86400 AND 3.5 * 86400 + 50 * 3600;
GRANT SELECT ON %1 TO palier_user;
)SQL").arg(table, type, value)),
                 qPrintable(admin.lastError()));
        MonitoringSession s;
        DbError e;
        QVERIFY2(s.open(options(table, tz), &e), qPrintable(e.message));
        ViewRequest r;
        r.days = days;
        r.hours = hours;
        r.hourly = hourly;
        MonitoringSnapshot snap;
        compareWithSeed(s, r, &snap);
        if (QTest::currentTestFailed())
            return;
        // The data exercise what they claim to: a day without events inside the
        // window (so it is not listed), days with a p95, hours with events.
        QVERIFY(snap.daily.size() >= 2);
        for (qsizetype i = 1; i < snap.daily.size(); ++i)
            QVERIFY(snap.daily.at(i - 1).dayStart > snap.daily.at(i).dayStart);   // newest first
        if (days >= 7) {
            bool gap = false;
            for (qsizetype i = 1; i < snap.daily.size(); ++i)
                gap |= snap.daily.at(i - 1).dayStart.toSecsSinceEpoch() - snap.daily.at(i).dayStart.toSecsSinceEpoch() > 30 * 3600;
            QVERIFY2(gap, "a day without events must be left out");
        }
        QVERIFY(snap.daily.first().p95SearchMs.has_value());
        if (hourly) {
            QVERIFY(!snap.hourly.isEmpty());
            for (const HourlyRow &h : snap.hourly)
                QVERIFY(h.events >= h.searches && h.events >= h.errors && h.events > 0);
        }
    }

    // A p95 that does not fit ROUND(…)::int fails the seed's statement; Palier,
    // which takes it on the client, fails the same way instead of inventing a
    // figure.
    void p95OutOfIntRangeFailsLikeTheSeed()
    {
        PgAdmin admin(m_cluster, kDb);
        QVERIFY2(admin.exec(QStringLiteral(
                     "DROP TABLE IF EXISTS huge_p95;"
                     "CREATE TABLE huge_p95 (session_id text, event_type text, status text, duration_ms float8, created_at timestamptz);"
                     "INSERT INTO huge_p95 SELECT 's' || g, 'athlete_search', 'ok', 1e300, now() - make_interval(mins => g)"
                     "  FROM generate_series(1, 30) AS g;"
                     "GRANT SELECT ON huge_p95 TO palier_user;")),
                 qPrintable(admin.lastError()));
        MonitoringSession s;
        DbError e;
        QVERIFY2(s.open(options(QStringLiteral("huge_p95")), &e), qPrintable(e.message));
        PgRows rows;
        const ViewRequest r;
        QVERIFY(!s.query(seedSummarySql(s.table()), monitoringParams(s.options().schema, r), monitoringParamTypes(), &rows, &e));
        QCOMPARE(e.sqlState, QStringLiteral("22003"));
        MonitoringSnapshot snap;
        QVERIFY(!s.fetch(r, &snap, &e));
        QCOMPARE(e.kind, DbError::Kind::Query);
        QCOMPARE(e.sqlState, QStringLiteral("22003"));
        // The session's settings are back after the statement (its hash budget).
        QVERIFY2(s.query(QStringLiteral("SELECT current_setting('work_mem'), current_setting('hash_mem_multiplier')"), {}, {},
                         &rows, &e), qPrintable(e.message));
        QCOMPARE(rows.rows.first().at(0).value_or(QString()), QStringLiteral("4MB"));
        QVERIFY2(rows.rows.first().at(1).value_or(QString()).toDouble() < 1000, "hash_mem_multiplier restored");
        // The hourly view fails alike (its hours' p95 are just as large).
        QVERIFY(!s.query(seedHourlySql(s.table()), monitoringParams(s.options().schema, r), monitoringParamTypes(), &rows, &e));
        QCOMPARE(e.sqlState, QStringLiteral("22003"));
        QVERIFY(!s.fetch(ViewRequest {.summary = false}, &snap, &e));
        QCOMPARE(e.sqlState, QStringLiteral("22003"));
    }

    // The client's PERCENTILE_CONT against PostgreSQL's on the same float8
    // values: ties, NaN (above everything), infinities, -0, one value, and
    // thousands of random full-precision doubles, at several fractions.
    void percentileMatchesPostgres()
    {
        MonitoringSession s;
        DbError e;
        QVERIFY2(s.open(options(QStringLiteral("app_monitoring_events")), &e), qPrintable(e.message));
        const double inf = std::numeric_limits<double>::infinity();
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QList<std::vector<double>> sets = {
            {42.0},
            {2.0, 3.0},
            {0.0, 30.0},
            {1.0, 1.0, 1.0, 2.0},
            {5.0, nan, 1.0, nan, 3.0},
            {nan},
            {-inf, 1.0, inf},
            {1.0, 2.0, inf, inf},
            {-0.0, 0.0, -0.0, 1e-300},
            {1e300, -1e300, 0.1, 0.2, 0.30000000000000004},
        };
        QRandomGenerator rng(20261205);
        for (int n : {3, 19, 20, 21, 101, 1000, 4321}) {
            std::vector<double> v;
            for (int i = 0; i < n; ++i)
                v.push_back(std::exp(rng.generateDouble() * 8) * (rng.bounded(3) == 0 ? 1.0 : 1.0 / 3.0));
            if (n > 100)
                v.insert(v.end(), v.begin(), v.begin() + n / 10);   // ties
            sets.append(v);
        }
        auto text = [](double v) {
            if (std::isnan(v))
                return QStringLiteral("NaN");
            if (std::isinf(v))
                return v > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
            return QString::number(v, 'g', 17);
        };
        for (const std::vector<double> &set : sets) {
            QStringList items;
            for (double v : set)
                items.append(text(v));
            const QByteArray array = (u'{' + items.join(u',') + u'}').toUtf8();
            for (double fraction : {0.0, 0.25, 0.5, 0.95, 0.99, 1.0}) {
                std::vector<double> copy = set;
                const std::optional<double> mine = pgPercentileCont(copy, fraction);
                QVERIFY(mine.has_value());
                PgRows rows;
                QVERIFY2(s.query(QStringLiteral("SELECT percentile_cont($1::float8) WITHIN GROUP (ORDER BY x) = $3::float8,"
                                                " percentile_cont($1::float8) WITHIN GROUP (ORDER BY x)::text"
                                                " FROM unnest($2::float8[]) AS x"),
                                 {QByteArray::number(fraction, 'g', 17), array, text(*mine).toUtf8()}, {0u, 0u, 0u}, &rows,
                                 &e),
                         qPrintable(e.message));
                QVERIFY2(rows.rows.first().at(0).value_or(QString()) == u"t",
                         qPrintable(QStringLiteral("%1 values, fraction %2: Palier %3, PostgreSQL %4")
                                        .arg(set.size())
                                        .arg(fraction)
                                        .arg(text(*mine), rows.rows.first().at(1).value_or(QString()))));
            }
        }
        std::vector<double> none;
        QVERIFY(!pgPercentileCont(none, 0.95).has_value());
        // ROUND(x)::int: half to even, and the int4 range.
        QCOMPARE(pgRoundFloat8ToInt4(28.5), std::optional<int>(28));
        QCOMPARE(pgRoundFloat8ToInt4(29.5), std::optional<int>(30));
        QCOMPARE(pgRoundFloat8ToInt4(-0.5), std::optional<int>(0));
        QCOMPARE(pgRoundFloat8ToInt4(2147483647.4), std::optional<int>(2147483647));
        QVERIFY(!pgRoundFloat8ToInt4(2147483647.5).has_value());
        QCOMPARE(pgRoundFloat8ToInt4(-2147483648.4), std::optional<int>(-2147483647 - 1));
        QVERIFY(!pgRoundFloat8ToInt4(nan).has_value());
        QVERIFY(!pgRoundFloat8ToInt4(inf).has_value());
    }

    void seedVerbatimEqualsParameterizedForm()
    {
        // The parameterized seed used above is the seed: on the default table
        // its results equal the verbatim statements'.
        MonitoringSession s;
        DbError e;
        QVERIFY2(s.open(options(QStringLiteral("app_monitoring_events")), &e), qPrintable(e.message));
        PgRows a, b, rows;
        QVERIFY(s.query(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"), {}, {}, &rows, &e));
        const ViewRequest r;
        const auto params = monitoringParams(s.options().schema, r);
        for (const auto &[verbatim, param] : QList<QPair<QString, QString>> {
                 {seedSummarySqlVerbatim(), seedSummarySql(s.table())},
                 {seedHourlySqlVerbatim(), seedHourlySql(s.table())},
                 {seedDecisionSqlVerbatim(), seedDecisionSql(s.table())}}) {
            QString v = verbatim;
            v.chop(1);   // the trailing ';' (one statement per PQexecParams)
            QVERIFY2(s.query(v, {}, {}, &a, &e), qPrintable(e.message));
            QVERIFY2(s.query(param, params, monitoringParamTypes(), &b, &e), qPrintable(e.message));
            QCOMPARE(a.rows, b.rows);
            QVERIFY(!a.rows.isEmpty());
        }
        QVERIFY(s.query(QStringLiteral("COMMIT"), {}, {}, &rows, &e));
    }
};

QTEST_GUILESS_MAIN(TestDbViews)
#include "tst_db_views.moc"
