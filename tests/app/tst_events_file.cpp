// The monitoring events file (a CSV export of app_monitoring_events) without a
// database: what the reader accepts and refuses (file and line in every
// finding), NULL against "", PostgreSQL's time and number texts, the
// roundings of each column type, gzip damage reported as such, and the
// command line (db … --events, report --events) on the bundled generated week.
// The figures against PostgreSQL itself: tests/db/tst_db_events.cpp.
#include "cli/cli.h"
#include "db/events_views.h"
#include "db/monitoring_format.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace palier;

namespace {

const QByteArray kHeader = "id,created_at,session_id,event_type,status,duration_ms,details\n";

QString bundled() { return QStringLiteral(PALIER_SOURCE_DIR "/resources/samples/production/app_monitoring_events.csv.gz"); }

struct Result {
    int code;
    QString out, err;
};

Result run(const QStringList &args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = runCli(args, o, e);
    o.flush();
    e.flush();
    return {code, out, err};
}

} // namespace

class TestEventsFile : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // The views of `rows` (after the header) at 2026-11-22 12:00 UTC, in UTC.
    MonitoringSnapshot views(const QByteArray &rows, std::optional<DurationKind> kind = std::nullopt)
    {
        EventsReadOptions ro;
        ro.durationKind = kind;
        const EventLog log = readEventsCsv(write(QStringLiteral("e.csv"), kHeader + rows), ro);
        const QTimeZone utc = QTimeZone::utc();
        ViewRequest r;
        return computeMonitoringViews(log, r, eventsClock(log, utc, QStringLiteral("UTC"),
                                                          parseNowText(QStringLiteral("2026-11-22T12:00:00Z"), utc)));
    }

    Finding refusal(const QByteArray &content)
    {
        try {
            (void)readEventsCsv(write(QStringLiteral("bad.csv"), content), EventsReadOptions());
        } catch (const InputError &e) {
            return e.finding;
        }
        return {};
    }

private slots:
    void timesAsPostgresPrintsThem()
    {
        qint64 wall = 0;
        std::optional<int> off;
        QVERIFY(parsePgTimestamp(u"2026-11-22 14:03:05.123456+05:30", &wall, &off));
        QCOMPARE(*off, 19800);
        QCOMPARE(wall, QDateTime(QDate(2026, 11, 22), QTime(14, 3, 5), QTimeZone::utc()).toMSecsSinceEpoch() * 1000 + 123456);
        QVERIFY(parsePgTimestamp(u"1890-01-01 00:00:00+00:09:21", &wall, &off));
        QCOMPARE(*off, 561);
        QVERIFY(parsePgTimestamp(u"2026-11-22T14:03:05Z", &wall, &off));
        QCOMPARE(*off, 0);
        QVERIFY(parsePgTimestamp(u"2026-11-22 14:03:05", &wall, &off));
        QVERIFY(!off);
        QVERIFY(parsePgTimestamp(u"2024-02-29 24:00:00-03", &wall, &off));
        QVERIFY(!parsePgTimestamp(u"2026-02-29 10:00:00+00", &wall, &off));   // not a leap year
        QVERIFY(!parsePgTimestamp(u"0044-03-15 12:00:00+00 BC", &wall, &off));
        QVERIFY(!parsePgTimestamp(u"22/11/2026 14:03", &wall, &off));         // DateStyle SQL, DMY
        QVERIFY(!parsePgTimestamp(u"Sun Nov 22 14:03:05 2026 CET", &wall, &off));
        QVERIFY(!parsePgTimestamp(u"infinity", &wall, &off));
    }

    void numbersAsPostgresPrintsThem()
    {
        ParsedDuration d;
        QVERIFY(parsePgNumber(u"12.50", &d));
        QCOMPARE(d.exact.mantissa, 1250);
        QCOMPARE(d.exact.scale, 2);
        QVERIFY(!d.integral && !d.exponent);
        QVERIFY(parsePgNumber(u"1.5e-05", &d));
        QVERIFY(d.exponent);
        QCOMPARE(d.value, 1.5e-05);
        QCOMPARE(d.exact.mantissa, 15);
        QCOMPARE(d.exact.scale, 6);
        QVERIFY(parsePgNumber(u"-7", &d));
        QVERIFY(d.integral);
        QCOMPARE(d.exact.mantissa, -7);
        QVERIFY(parsePgNumber(u"NaN", &d));
        QVERIFY(!d.finite);
        QVERIFY(parsePgNumber(u"-Infinity", &d));
        QVERIFY(!d.finite && d.value < 0);
        QVERIFY(!parsePgNumber(u"1234567890123456789", &d));   // 19 significant digits
        QVERIFY(!parsePgNumber(u"12 ms", &d));
        QVERIFY(!parsePgNumber(u"", &d));
        QVERIFY(!parsePgNumber(u"1,5", &d));
    }

    // NULL (nothing) is not a session; "" is one, as COUNT(DISTINCT) counts.
    void nullIsNotAnEmptyString()
    {
        const MonitoringSnapshot s = views("1,2026-11-22 10:00:00+00,,athlete_search,ok,100,\n"
                                           "2,2026-11-22 10:01:00+00,\"\",athlete_search,ok,200,\n"
                                           "3,2026-11-22 10:02:00+00,a,athlete_search,,300,\n"
                                           "4,2026-11-22 10:03:00+00,a,,error,,\n");
        QCOMPARE(s.summary.totalEvents, 4);
        QCOMPARE(s.summary.activeSessions, 2);
        QCOMPARE(s.summary.searches, 3);
        QCOMPARE(s.summary.avgSearchMs, std::optional<int>(150));   // the NULL status is not ok
        QCOMPARE(s.summary.errorRatePct, QStringLiteral("25.00"));
        QCOMPARE(s.hourly.size(), 1);
        QCOMPARE(s.hourly.first().events, 4);
        QCOMPARE(s.hourly.first().errorRatePct(), QStringLiteral("25.00"));
        QCOMPARE(s.daily.size(), 1);
        QCOMPARE(s.daily.first().searches, 3);
    }

    // AVG of an integer or numeric column rounds half away from zero; of a
    // double precision column, to even (its type read from the values or given).
    void averagesRoundAsTheColumnTypeDoes()
    {
        const QByteArray ints = "1,2026-11-22 10:00:00+00,a,athlete_search,ok,2,\n"
                                "2,2026-11-22 10:00:01+00,a,athlete_search,ok,3,\n";
        QCOMPARE(views(ints).summary.avgSearchMs, std::optional<int>(3));
        QCOMPARE(views(ints, DurationKind::Float).summary.avgSearchMs, std::optional<int>(2));
        const QByteArray decimals = "1,2026-11-22 10:00:00+00,a,athlete_search,ok,2.25,\n"
                                    "2,2026-11-22 10:00:01+00,a,athlete_search,ok,2.75,\n";
        QCOMPARE(views(decimals).summary.avgSearchMs, std::optional<int>(3));   // numeric
        QCOMPARE(views(decimals, DurationKind::Float).summary.avgSearchMs, std::optional<int>(2));
        // 0.95 × (2 − 1) = 0.95: 2.25 + 0.95 × 0.5 = 2.725 → 3.
        QCOMPARE(views(decimals).summary.p95SearchMs, std::optional<int>(3));
        // An exponent only comes from a double precision column.
        const QByteArray floats = "1,2026-11-22 10:00:00+00,a,athlete_search,ok,2.5,\n"
                                  "2,2026-11-22 10:00:01+00,a,athlete_search,ok,2.5e+00,\n";
        QCOMPARE(views(floats).summary.avgSearchMs, std::optional<int>(2));
    }

    void windowsHaveNoUpperBoundAndStartAtTheirEdge()
    {
        const MonitoringSnapshot s = views("1,2026-11-15 12:00:00+00,a,athlete_search,ok,10,\n"        // exactly 7 days: in
                                           "2,2026-11-15 11:59:59.999999+00,a,athlete_search,ok,10,\n" // just before: out
                                           "3,2026-11-23 08:00:00+00,b,athlete_search,ok,10,\n");      // after now: in
        QCOMPARE(s.summary.totalEvents, 2);
        QCOMPARE(s.hourly.size(), 1);   // only the future one is within 48 h
    }

    // Fuzzing finding (docs/fuzzing.md): wall times (no offsets) thousands of
    // years apart made the views ask Qt for every DST transition in between
    // (4 s, 500 MB). Only the windows' time needs exact offsets: the old event
    // is outside whatever offset it has, the last one is "now" and counts.
    void eventsMillenniaApartStillGiveTheViews()
    {
        const QByteArray csv = "session_id,event_type,status,duration_ms,created_at\n"
                               "a,athlete_search,ok,100,4054-10-25 01:59:59.999999\n"
                               "b,athlete_search,ok,520,9999-10-31 02:30:00\n";
        const EventLog log = readEventsCsv(write(QStringLiteral("far.csv"), csv), EventsReadOptions());
        QVERIFY(!log.zoned);
        const QTimeZone paris("Europe/Paris");
        const MonitoringSnapshot s = computeMonitoringViews(log, ViewRequest(), eventsClock(log, paris, QStringLiteral("Europe/Paris"), std::nullopt));
        QCOMPARE(s.summary.totalEvents, 1);
        QCOMPARE(s.summary.p95SearchMs, std::optional<int>(520));
        QCOMPARE(s.hourly.size(), 1);
    }

    void refusalsNameFileAndLine()
    {
        Finding f = refusal(kHeader + "1,2026-11-22 10:00:00+00,a,x,ok,1,\n2,22/11/2026,a,x,ok,1,\n");
        QCOMPARE(f.kind, QStringLiteral("events.bad_time"));
        QCOMPARE(f.line, 3);
        QVERIFY(f.file.endsWith(QLatin1String("bad.csv")));
        f = refusal("id,created_at,session_id,event_type,status\n1,2026-11-22 10:00:00+00,a,x,ok\n");
        QCOMPARE(f.kind, QStringLiteral("events.missing_column"));
        QCOMPARE(f.params.value(QStringLiteral("column")).toString(), QStringLiteral("duration_ms"));
        QCOMPARE(f.line, 1);
        f = refusal(kHeader + "1,2026-11-22 10:00:00+00,a,x,ok\n");
        QCOMPARE(f.kind, QStringLiteral("events.wrong_field_count"));
        QCOMPARE(f.line, 2);
        f = refusal(kHeader + "1,2026-11-22 10:00:00+00,a,x,ok,1,\n2,2026-11-22 10:00:00,a,x,ok,1,\n");
        QCOMPARE(f.kind, QStringLiteral("events.mixed_time_kinds"));
        QCOMPARE(f.line, 3);
        f = refusal(kHeader + "1,infinity,a,x,ok,1,\n");
        QCOMPARE(f.kind, QStringLiteral("events.infinite_time"));
        f = refusal(kHeader + "1,2026-11-22 10:00:00+00,a,x,ok,12 ms,\n");
        QCOMPARE(f.kind, QStringLiteral("events.bad_duration"));
        f = refusal(QByteArray());
        QCOMPARE(f.kind, QStringLiteral("file.empty"));
    }

    // A NaN duration in the window: the seed's ROUND(AVG(…))::int fails, so do we.
    void nanDurationFailsAsTheSqlDoes()
    {
        EventsReadOptions ro;
        const EventLog log = readEventsCsv(write(QStringLiteral("nan.csv"),
                                                 kHeader + "1,2026-11-22 10:00:00+00,a,athlete_search,ok,NaN,\n"),
                                           ro);
        ViewRequest r;
        try {
            (void)computeMonitoringViews(log, r, eventsClock(log, QTimeZone::utc(), QStringLiteral("UTC"), std::nullopt));
            QFAIL("no error");
        } catch (const InputError &e) {
            QCOMPARE(e.finding.kind, QStringLiteral("events.value_out_of_range"));
            QCOMPARE(e.finding.line, 2);
        }
        // Outside the window it is not read by the views at all.
        r.days = 1;
        const std::optional<QDateTime> later = parseNowText(QStringLiteral("2026-11-30T00:00:00Z"), QTimeZone::utc());
        QCOMPARE(computeMonitoringViews(log, r, eventsClock(log, QTimeZone::utc(), QStringLiteral("UTC"), later)).summary.totalEvents, 0);
    }

    // A cut gzip stream is reported as such, not as what the cut text looks like.
    void truncatedGzipIsSaidSo()
    {
        QFile f(bundled());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray gz = f.readAll();
        const QString path = write(QStringLiteral("cut.csv.gz"), gz.left(gz.size() / 2));
        try {
            (void)readEventsCsv(path, EventsReadOptions());
            QFAIL("no error");
        } catch (const InputError &e) {
            QVERIFY2(e.finding.kind.startsWith(QLatin1String("k6.gzip.")), qPrintable(e.finding.kind));
            QCOMPARE(e.finding.file, path);
        }
    }

    void cliViewsFromTheBundledWeek()
    {
        const Result all = run({QStringLiteral("db"), QStringLiteral("all"), QStringLiteral("--events"), bundled(),
                                QStringLiteral("--tz"), QStringLiteral("Europe/Paris"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(all.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(all.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("total_events")).toInt(), 41770);
        QCOMPARE(o.value(QStringLiteral("decision")).toObject().value(QStringLiteral("decision_hint")).toString(), QStringLiteral("NO_GO"));
        // --now earlier than the last event: fewer hours, the same statement.
        const Result hourly = run({QStringLiteral("db"), QStringLiteral("hourly"), QStringLiteral("--events"), bundled(),
                                   QStringLiteral("--tz"), QStringLiteral("Europe/Paris"), QStringLiteral("--now"),
                                   QStringLiteral("2026-11-20T12:00:00+01:00"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(hourly.code, 0);
        QVERIFY(hourly.out.contains(QLatin1String("\"hour_slot\": \"2026-11-20T12:00:00+01:00\"")));
        // Usage errors: exit 2.
        QCOMPARE(run({QStringLiteral("db"), QStringLiteral("all"), QStringLiteral("--events"), bundled(), QStringLiteral("--db"),
                      QStringLiteral("dbname=x")}).code, 2);
        QCOMPARE(run({QStringLiteral("db"), QStringLiteral("all"), QStringLiteral("--events"), bundled(), QStringLiteral("--now"),
                      QStringLiteral("yesterday")}).code, 2);
        QCOMPARE(run({QStringLiteral("db"), QStringLiteral("all"), QStringLiteral("--events"), m_dir.filePath(QStringLiteral("none.csv"))}).code, 2);
    }

    void reportWithTheBundledWeek()
    {
        const QString weekly = QStringLiteral(PALIER_SOURCE_DIR "/resources/samples/weekly");
        const Result with = run({QStringLiteral("report"), QStringLiteral("--events"), bundled(), QStringLiteral("--tz"),
                                 QStringLiteral("Europe/Paris"), QStringLiteral("--lang"), QStringLiteral("en"), weekly});
        QCOMPARE(with.code, 0);
        const Result without = run({QStringLiteral("report"), QStringLiteral("--tz"), QStringLiteral("Europe/Paris"),
                                    QStringLiteral("--lang"), QStringLiteral("en"), weekly});
        QCOMPARE(without.code, 0);
        QVERIFY(with.out.size() > without.out.size());
        QVERIFY(with.out.contains(QLatin1String("2026-11-22T20:36:32+01:00")));   // the file's last event as now
        // A damaged file: the load-test report stays whole, exit 2, one line why.
        const QString bad = write(QStringLiteral("bad-events.csv"), kHeader + "1,yesterday,a,x,ok,1,\n");
        const Result broken = run({QStringLiteral("report"), QStringLiteral("--events"), bad, QStringLiteral("--tz"),
                                   QStringLiteral("Europe/Paris"), QStringLiteral("--lang"), QStringLiteral("en"), weekly});
        QCOMPARE(broken.code, 2);
        QVERIFY(broken.err.contains(QLatin1String("bad-events.csv:2")));
        QVERIFY(broken.out.startsWith(without.out.left(200)));
    }
};

QTEST_GUILESS_MAIN(TestEventsFile)
#include "tst_events_file.moc"
