// A CSV export of the table must give the same three views as the seed's SQL
// on the live table at the same "now" and time zone (docs/db.md, "Monitoring
// data from a file"): every table is exported with PostgreSQL's own COPY … CSV
// HEADER (in another session time zone than the views', so offsets in the
// file differ from the views'), plain and gzip, and the seed's statements run
// with NOW() replaced by that instant. Also: per-day rows and the hourly event
// counts against plain GROUP BY statements, DST changes (a day of 25 hours, an
// hour that repeats, one that is skipped), timestamp-without-time-zone columns
// and the default "now" (the file's last event).
#include "analysis/server_side.h"
#include "db/events_views.h"
#include "db/monitoring_session.h"
#include "db/monitoring_sql.h"
#include "db/zone_clock.h"
#include "grid/assessment.h"
#include "sources/load.h"
#include "pg_test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>
#include <zlib.h>

using namespace palier;
using namespace palier::test;

namespace {
const QString kDb = QStringLiteral("palier_tst_events");

QString nowParam(QString sql)
{
    sql.replace(QStringLiteral("NOW()"), QStringLiteral("$10::timestamptz"));
    return sql;
}

QString orNull(std::optional<int> v) { return v ? QString::number(*v) : QStringLiteral("NULL"); }
} // namespace

class TestDbEvents : public QObject {
    Q_OBJECT

private:
    PgCluster m_cluster;
    QTemporaryDir m_dir;

    // COPY (SELECT * FROM table) TO STDOUT CSV HEADER in session zone `exportTz`.
    bool exportCsv(const QString &table, const QString &file, const QString &exportTz, bool gzip, QString *error)
    {
        PgAdmin admin(m_cluster, kDb);
        if (!admin.ok() || !admin.exec(QStringLiteral("SET TimeZone = '%1'").arg(exportTz))) {
            *error = admin.lastError();
            return false;
        }
        PGresult *res = PQexec(admin.conn(), QStringLiteral("COPY %1 TO STDOUT WITH (FORMAT csv, HEADER)").arg(table).toUtf8().constData());
        if (PQresultStatus(res) != PGRES_COPY_OUT) {
            *error = QString::fromUtf8(PQresultErrorMessage(res));
            PQclear(res);
            return false;
        }
        PQclear(res);
        QByteArray data;
        char *buf = nullptr;
        int n;
        while ((n = PQgetCopyData(admin.conn(), &buf, 0)) > 0) {
            data.append(buf, n);
            PQfreemem(buf);
        }
        while ((res = PQgetResult(admin.conn())))
            PQclear(res);
        if (gzip) {
            gzFile gz = gzopen(file.toLocal8Bit().constData(), "wb6");
            if (!gz || gzwrite(gz, data.constData(), unsigned(data.size())) != int(data.size()) || gzclose(gz) != Z_OK) {
                *error = QStringLiteral("gzip write failed");
                return false;
            }
            return true;
        }
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
            *error = f.errorString();
            return false;
        }
        return true;
    }

    // The seed's three statements at `now` against the file's views.
    void compare(const QString &table, const QString &tz, const QString &now, const ViewRequest &request,
                 std::optional<DurationKind> kind, bool gzip, const QString &exportTz)
    {
        const QString file = m_dir.filePath(table + (gzip ? u".csv.gz"_qs : u".csv"_qs));
        QString error;
        QVERIFY2(exportCsv(table, file, exportTz, gzip, &error), qPrintable(error));

        MonitoringSession s;
        DbError e;
        ConnectionOptions o;
        o.conninfo = m_cluster.conninfo(kDb);
        o.schema.table = table;
        o.timeZone = tz;
        QVERIFY2(s.open(o, &e), qPrintable(e.message));
        QList<QByteArray> params = monitoringParams(o.schema, request);
        QList<unsigned int> types = monitoringParamTypes();
        params.append(now.toUtf8());
        types.append(1184u);   // timestamptz

        EventsReadOptions ro;
        ro.schema = o.schema;
        ro.keyTransaction = request.keyTransaction;
        ro.durationKind = kind;
        const EventLog log = readEventsCsv(file, ro);
        const QTimeZone zone(tz.toUtf8());
        const auto nowAt = parseNowText(s.query(QStringLiteral("SELECT $1::timestamptz AT TIME ZONE 'UTC'"), {now.toUtf8()}, {1184u},
                                                &m_rows, &e) ? m_rows.rows.first().first().value() + u"+00"_qs : QString(),
                                        zone);
        QVERIFY(nowAt);
        const MonitoringSnapshot snap = computeMonitoringViews(log, request, eventsClock(log, zone, tz, nowAt));

        if (request.summary) {
            PgRows seed;
            QVERIFY2(s.query(nowParam(seedSummarySql(s.table())), params, types, &seed, &e), qPrintable(e.message));
            const auto &r = seed.rows.first();
            QCOMPARE(QString::number(snap.summary.totalEvents), r.at(0).value_or(u"NULL"_qs));
            QCOMPARE(QString::number(snap.summary.activeSessions), r.at(1).value_or(u"NULL"_qs));
            QCOMPARE(QString::number(snap.summary.searches), r.at(2).value_or(u"NULL"_qs));
            QCOMPARE(orNull(snap.summary.avgSearchMs), r.at(3).value_or(u"NULL"_qs));
            QCOMPARE(orNull(snap.summary.p95SearchMs), r.at(4).value_or(u"NULL"_qs));
            QCOMPARE(snap.summary.errorRatePct.isEmpty() ? u"NULL"_qs : snap.summary.errorRatePct, r.at(5).value_or(u"NULL"_qs));
            PgRows dec;
            QVERIFY2(s.query(nowParam(seedDecisionSql(s.table())), params, types, &dec, &e), qPrintable(e.message));
            QCOMPARE(decisionHintId(snap.decision.hint), dec.rows.first().at(2).value_or(QString()));

            // Per day, against a plain GROUP BY.
            PgRows days;
            QVERIFY2(s.query(fillTableNames(QStringLiteral(
                                 "SELECT date_trunc('day', {C})::timestamptz, count(*), count(*) FILTER (WHERE {E} = $3),"
                                 " count(*) FILTER (WHERE {ST} = $5),"
                                 " ROUND(PERCENTILE_CONT(0.95) WITHIN GROUP (ORDER BY {D}) FILTER (WHERE {E} = $3 AND {ST} = $4))::int"
                                 " FROM {T} WHERE {C} >= $10::timestamptz - make_interval(days => $1::int)"
                                 " GROUP BY 1 ORDER BY 1 DESC"), s.table()),
                             params, types, &days, &e),
                     qPrintable(e.message));
            QCOMPARE(snap.daily.size(), days.rows.size());
            for (qsizetype i = 0; i < days.rows.size(); ++i) {
                const auto &d = days.rows.at(i);
                const DailyRow &row = snap.daily.at(i);
                QCOMPARE(isoWithOffset(row.dayStart), pgTimestampToIso(d.at(0).value_or(QString())));
                QCOMPARE(QString::number(row.events), d.at(1).value_or(QString()));
                QCOMPARE(QString::number(row.searches), d.at(2).value_or(QString()));
                QCOMPARE(QString::number(row.errors), d.at(3).value_or(QString()));
                QCOMPARE(orNull(row.p95SearchMs), d.at(4).value_or(u"NULL"_qs));
            }
        }
        if (request.hourly) {
            PgRows seed;
            QVERIFY2(s.query(nowParam(seedHourlySql(s.table())), params, types, &seed, &e), qPrintable(e.message));
            PgRows counts;
            QVERIFY2(s.query(fillTableNames(QStringLiteral(
                                 "SELECT count(*) FROM {T} WHERE {C} >= $10::timestamptz - make_interval(hours => $2::int)"
                                 " AND ($3::text, $4::text, $5::text) IS NOT NULL"
                                 " GROUP BY date_trunc('hour', {C}) ORDER BY date_trunc('hour', {C}) DESC"), s.table()),
                             params, types, &counts, &e),
                     qPrintable(e.message));
            QCOMPARE(snap.hourly.size(), seed.rows.size());
            QCOMPARE(counts.rows.size(), seed.rows.size());
            for (qsizetype i = 0; i < seed.rows.size(); ++i) {
                const auto &r = seed.rows.at(i);
                const HourlyRow &h = snap.hourly.at(i);
                const QString iso = pgTimestampToIso(r.at(0).value_or(QString()));
                if (s.table().createdAtHasTimeZone)
                    QCOMPARE(h.hourSlotIso(), iso);
                else
                    QCOMPARE(h.hourSlotIso().left(19), iso);
                QCOMPARE(QString::number(h.searches), r.at(1).value_or(u"NULL"_qs));
                QCOMPARE(orNull(h.p95SearchMs), r.at(2).value_or(u"NULL"_qs));
                QCOMPARE(QString::number(h.errors), r.at(3).value_or(u"NULL"_qs));
                QCOMPARE(QString::number(h.events), counts.rows.at(i).at(0).value_or(QString()));
            }
        }
        m_lastSnapshot = snap;
    }

    PgRows m_rows;
    MonitoringSnapshot m_lastSnapshot;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_cluster.load(&error), qPrintable(error));
        QVERIFY2(recreateDatabase(m_cluster, kDb, &error), qPrintable(error));
        PgAdmin admin(m_cluster, kDb);
        QVERIFY2(admin.ok(), qPrintable(admin.lastError()));
        for (const auto &[table, type] : QList<QPair<QString, QString>> {
                 {QStringLiteral("app_monitoring_events"), QStringLiteral("integer")},
                 {QStringLiteral("ev_numeric"), QStringLiteral("numeric(12,2)")},
                 {QStringLiteral("ev_double"), QStringLiteral("double precision")}})
            QVERIFY2(admin.exec(eventsTableSql(table, type)), qPrintable(table + u": " + admin.lastError()));
        QVERIFY2(admin.exec(eventsTableSql(QStringLiteral("ev_naive"), QStringLiteral("integer"), 2000,
                                           {QStringLiteral("session_id"), QStringLiteral("event_type"),
                                            QStringLiteral("status"), QStringLiteral("duration_ms"),
                                            QStringLiteral("created_at"), QStringLiteral("timestamp")})),
                 qPrintable(admin.lastError()));
        // Around Paris's DST changes of 2026 (fixed times, not relative to now):
        // one event every 7 minutes from 10 days before to 3 days after each change,
        // durations with decimals and exponents (a float8 column prints those).
        QVERIFY2(admin.exec(QStringLiteral(R"SQL(
CREATE TABLE ev_dst (session_id text, event_type text, status text, duration_ms double precision, created_at timestamptz);
INSERT INTO ev_dst
SELECT 's' || (g / 9), CASE WHEN g % 3 = 0 THEN 'other' ELSE 'athlete_search' END,
       CASE WHEN g % 17 = 0 THEN 'error' ELSE 'ok' END,
       CASE WHEN g % 23 = 0 THEN NULL WHEN g % 29 = 0 THEN 1e-5 * g ELSE (g % 997) * 1.25 + 0.1 END,
       c.at + make_interval(mins => 7 * g)
FROM (VALUES (timestamptz '2026-03-19 00:03:00+00'), (timestamptz '2026-10-15 00:03:00+00')) AS c(at),
     generate_series(0, 13 * 24 * 60 / 7) AS g;
CREATE TABLE ev_dst_naive AS SELECT session_id, event_type, status, duration_ms,
       (created_at AT TIME ZONE 'Europe/Paris') AS created_at FROM ev_dst;
GRANT SELECT ON ev_dst, ev_dst_naive TO palier_user;
)SQL")),
                 qPrintable(admin.lastError()));
    }

    void matchesSeed_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("tz");
        QTest::addColumn<QString>("now");        // empty: the server's now()
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("hours");
        QTest::addColumn<int>("kind");           // -1 inferred, else DurationKind
        QTest::addColumn<bool>("gzip");
        const int inferred = -1;
        QTest::newRow("integer, inferred") << u"app_monitoring_events"_qs << u"UTC"_qs << QString() << 7 << 48 << inferred << false;
        QTest::newRow("integer, gzip, Paris") << u"app_monitoring_events"_qs << u"Europe/Paris"_qs << QString() << 7 << 48 << inferred << true;
        QTest::newRow("integer, Kolkata, 3 d 72 h") << u"app_monitoring_events"_qs << u"Asia/Kolkata"_qs << QString() << 3 << 72 << inferred << false;
        QTest::newRow("numeric, inferred") << u"ev_numeric"_qs << u"UTC"_qs << QString() << 7 << 48 << inferred << false;
        QTest::newRow("double, told") << u"ev_double"_qs << u"America/St_Johns"_qs << QString() << 7 << 48 << int(DurationKind::Float) << false;
        QTest::newRow("naive, Kolkata") << u"ev_naive"_qs << u"Asia/Kolkata"_qs << QString() << 7 << 48 << inferred << false;
        QTest::newRow("fall back, Paris") << u"ev_dst"_qs << u"Europe/Paris"_qs << u"2026-10-26 10:30:00+01"_qs << 7 << 48 << int(DurationKind::Float) << false;
        QTest::newRow("fall back, inferred") << u"ev_dst"_qs << u"Europe/Paris"_qs << u"2026-10-25 02:40:00+01"_qs << 7 << 48 << inferred << true;
        QTest::newRow("spring forward, Paris") << u"ev_dst"_qs << u"Europe/Paris"_qs << u"2026-03-29 03:30:00+02"_qs << 7 << 48 << int(DurationKind::Float) << false;
        QTest::newRow("spring forward, 10 days") << u"ev_dst"_qs << u"Europe/Paris"_qs << u"2026-03-31 00:00:00+02"_qs << 10 << 100 << int(DurationKind::Float) << false;
        QTest::newRow("naive fall back") << u"ev_dst_naive"_qs << u"Europe/Paris"_qs << u"2026-10-26 10:30:00+01"_qs << 7 << 48 << int(DurationKind::Float) << false;
        QTest::newRow("naive spring forward") << u"ev_dst_naive"_qs << u"Europe/Paris"_qs << u"2026-03-29 05:00:00+02"_qs << 7 << 48 << int(DurationKind::Float) << false;
        QTest::newRow("Lord Howe half-hour DST") << u"ev_dst"_qs << u"Australia/Lord_Howe"_qs << u"2026-10-20 12:00:00+11"_qs << 7 << 48 << int(DurationKind::Float) << false;
    }

    void matchesSeed()
    {
        QFETCH(QString, table);
        QFETCH(QString, tz);
        QFETCH(QString, now);
        QFETCH(int, days);
        QFETCH(int, hours);
        QFETCH(int, kind);
        QFETCH(bool, gzip);
        if (now.isEmpty()) {
            PgAdmin admin(m_cluster, kDb);
            now = admin.scalar(QStringLiteral("SELECT now()"));
            QVERIFY(!now.isEmpty());
        }
        ViewRequest r;
        r.days = days;
        r.hours = hours;
        compare(table, tz, now, r, kind < 0 ? std::nullopt : std::optional<DurationKind>(DurationKind(kind)), gzip,
                QStringLiteral("America/New_York"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_lastSnapshot.summary.totalEvents > 100);
        QVERIFY(!m_lastSnapshot.hourly.isEmpty());
        if (QLatin1String(QTest::currentDataTag()) == QLatin1String("fall back, Paris")) {
            // The repeated hour is one row, and the day of the change is 25 hours long.
            bool sawRepeated = false;
            for (const HourlyRow &h : m_lastSnapshot.hourly)
                sawRepeated |= h.hourSlotIso() == u"2026-10-25T02:00:00+01:00";
            QVERIFY(sawRepeated);
        }
    }

    // The bundled generated week (resources/samples/production) loaded into
    // PostgreSQL: the seed's SQL at its last event gives what the README says
    // and what the file gives.
    void bundledWeekMatchesSeed()
    {
        QString error;
        QVERIFY2(loadBundledWeek(&error), qPrintable(error));
        PgAdmin admin(m_cluster, kDb);
        QVERIFY(admin.exec(u"SET TimeZone = 'Europe/Paris'"_qs));
        const QString last = admin.scalar(u"SELECT max(created_at) FROM ev_bundled"_qs);
        ViewRequest r;
        compare(u"ev_bundled"_qs, u"Europe/Paris"_qs, last, r, std::nullopt, true, u"Europe/Paris"_qs);
        if (QTest::currentTestFailed())
            return;
        const MonitoringSummary &s = m_lastSnapshot.summary;
        QCOMPARE(s.totalEvents, 41770);
        QCOMPARE(s.activeSessions, 1129);
        QCOMPARE(s.searches, 27522);
        QCOMPARE(s.p95SearchMs, std::optional<int>(4317));
        QCOMPARE(s.errorRatePct, u"1.22"_qs);
        QCOMPARE(m_lastSnapshot.decision.hint, DecisionHint::NoGo);
    }

    // Client against server from the live table (MonitoringSession::fetchEvents
    // over the runs' spans only) equals the same from the table's CSV export:
    // every figure of every stage and baseline, and the notes.
    void serverSideFromTableMatchesFile()
    {
        QString error;
        QVERIFY2(loadBundledWeek(&error), qPrintable(error));
        const QString runs = QStringLiteral(PALIER_SOURCE_DIR "/resources/samples/weekly");
        const QTimeZone paris("Europe/Paris");
        Assessment fromFile = assess(loadRuns({runs}).runs, Profile::builtinDefault());
        Assessment fromTable = assess(loadRuns({runs}).runs, Profile::builtinDefault());

        EventsReadOptions ro;
        ro.keyTransaction = fromFile.profile.keyTransaction;
        attachServerEvidence(fromFile, readEventsCsv(QStringLiteral(PALIER_SOURCE_DIR "/resources/samples/production/app_monitoring_events.csv.gz"), ro), paris);

        MonitoringSession s;
        DbError e;
        ConnectionOptions o;
        o.conninfo = m_cluster.conninfo(kDb);
        o.schema.table = u"ev_bundled"_qs;
        o.timeZone = u"Europe/Paris"_qs;
        QVERIFY2(s.open(o, &e), qPrintable(e.message));
        EventLog log;
        QVERIFY2(s.fetchEvents(serverEvidenceSpans(fromTable.runs), fromTable.profile.keyTransaction, &log, &e),
                 qPrintable(e.message));
        QVERIFY(log.zoned);
        QVERIFY(log.times.size() < 41770);   // the runs' spans, not the table
        attachServerEvidence(fromTable, log, paris);

        QCOMPARE(fromTable.server.size(), 3);
        QCOMPARE(fromTable.server.size(), fromFile.server.size());
        auto same = [](const ServerFigures &a, const ServerFigures &b) {
            QCOMPARE(a.from, b.from);
            QCOMPARE(a.to, b.to);
            QCOMPARE(a.events, b.events);
            QCOMPARE(a.searches, b.searches);
            QCOMPARE(a.errors, b.errors);
            QCOMPARE(a.p95SearchMs, b.p95SearchMs);
            QCOMPARE(a.errorRatePct, b.errorRatePct);
        };
        qint64 searches = 0;
        for (qsizetype i = 0; i < fromFile.server.size(); ++i) {
            const ServerComparison &t = fromTable.server.at(i), &f = fromFile.server.at(i);
            QCOMPARE(t.runId, f.runId);
            same(t.baseline, f.baseline);
            QCOMPARE(t.stages.size(), f.stages.size());
            QVERIFY(!t.stages.isEmpty());
            for (qsizetype j = 0; j < f.stages.size(); ++j) {
                same(t.stages.at(j).server, f.stages.at(j).server);
                QCOMPARE(t.stages.at(j).volumeAgrees, f.stages.at(j).volumeAgrees);
                searches += t.stages.at(j).server.searches;
            }
            QCOMPARE(t.notes.size(), f.notes.size());
            for (qsizetype k = 0; k < f.notes.size(); ++k)
                QCOMPARE(t.notes.at(k).kind, f.notes.at(k).kind);
        }
        QVERIFY(searches > 1000);
        QCOMPARE(fromTable.server.first().source, u"public.ev_bundled"_qs);
    }

private:
    bool m_bundledLoaded = false;

    // The bundled generated week (resources/samples/production) as table
    // ev_bundled, loaded once.
    bool loadBundledWeek(QString *error)
    {
        if (m_bundledLoaded)
            return true;
        gzFile gz = gzopen(PALIER_SOURCE_DIR "/resources/samples/production/app_monitoring_events.csv.gz", "rb");
        if (!gz) {
            *error = u"cannot open the bundled week"_qs;
            return false;
        }
        QByteArray csv;
        char buf[65536];
        int n;
        while ((n = gzread(gz, buf, sizeof buf)) > 0)
            csv.append(buf, n);
        gzclose(gz);
        PgAdmin admin(m_cluster, kDb);
        if (!admin.exec(u"CREATE TABLE ev_bundled (id bigint PRIMARY KEY, created_at timestamptz NOT NULL, session_id text,"
                        " event_type text NOT NULL, status text NOT NULL, duration_ms integer, details jsonb);"
                        " GRANT SELECT ON ev_bundled TO palier_user;"_qs)) {
            *error = admin.lastError();
            return false;
        }
        PGresult *res = PQexec(admin.conn(), "COPY ev_bundled FROM STDIN WITH (FORMAT csv, HEADER)");
        const bool copying = PQresultStatus(res) == PGRES_COPY_IN;
        PQclear(res);
        if (!copying || PQputCopyData(admin.conn(), csv.constData(), int(csv.size())) != 1
            || PQputCopyEnd(admin.conn(), nullptr) != 1) {
            *error = QString::fromUtf8(PQerrorMessage(admin.conn()));
            return false;
        }
        bool ok = true;
        while ((res = PQgetResult(admin.conn()))) {
            if (PQresultStatus(res) != PGRES_COMMAND_OK) {
                *error = QString::fromUtf8(PQresultErrorMessage(res));
                ok = false;
            }
            PQclear(res);
        }
        m_bundledLoaded = ok && csv.size() > 100000;
        return m_bundledLoaded;
    }

private slots:
    // No --now: the last event of the file is "now", read in the session zone
    // for a timestamp-without-time-zone column.
    void nowDefaultsToLastEvent()
    {
        QString error;
        const QString file = m_dir.filePath(u"dst.csv"_qs);
        QVERIFY2(exportCsv(u"ev_dst_naive"_qs, file, u"UTC"_qs, false, &error), qPrintable(error));
        EventsReadOptions ro;
        const EventLog log = readEventsCsv(file, ro);
        QVERIFY(!log.zoned);
        const QTimeZone paris("Europe/Paris");
        const EventsClock c = eventsClock(log, paris, u"Europe/Paris"_qs, std::nullopt);
        QVERIFY(c.nowFromLastEvent);
        PgAdmin admin(m_cluster, kDb);
        QVERIFY(admin.exec(u"SET TimeZone = 'Europe/Paris'"_qs));
        const QString last = admin.scalar(u"SELECT extract(epoch FROM max(created_at)::timestamptz) * 1000000 FROM ev_dst_naive"_qs);
        QCOMPARE(QString::number(c.nowUs), last.section(u'.', 0, 0));
    }
};

QTEST_GUILESS_MAIN(TestDbEvents)
#include "tst_db_events.moc"
