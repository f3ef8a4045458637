// The three monitoring views must equal the seed's SQL, field by field, on the
// same data in the same session (and the same transaction, so now() is one
// instant): for every duration type, NULL durations, other statuses, extra
// columns, empty windows, hostile names, other key transactions and time
// zones, including one with a half-hour offset.
#include "db/monitoring_session.h"
#include "db/monitoring_sql.h"
#include "db/pg_conninfo.h"
#include "grid/profile.h"
#include "pg_test_support.h"

#include <QTest>

using namespace palier;
using namespace palier::test;

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
        }
        QVERIFY2(s.query(QStringLiteral("COMMIT"), {}, {}, &rows, &e), qPrintable(e.message));
        if (snapOut)
            *snapOut = snap;
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
