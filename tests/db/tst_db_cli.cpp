// `palier db …` (runDbCommand): JSON keys and values as the seed's SQL gives
// them, text and Markdown, --out, --fail-on, and the exit codes: 2 for bad
// usage, 3 (one line on stderr, never a password) when the database is
// unreachable, refuses the password, lacks a column, times out or dies.
#include "cli/db_command.h"
#include "db/monitoring_session.h"
#include "db/monitoring_sql.h"
#include "grid/profile.h"
#include "pg_test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace palier;
using namespace palier::test;

namespace {

const QString kDb = QStringLiteral("palier_tst_cli");
const QString kWrongPassword = QStringLiteral("N0t-The-Pa55word");

struct Run {
    int code = -1;
    QString out, err;
};

Run run(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    r.code = runDbCommand(args, out, err);
    out.flush();
    err.flush();
    return r;
}

QStringList jsonKeysInOrder(const QString &json)
{
    QStringList keys;
    static const QRegularExpression re(QStringLiteral("\"([a-z0-9_]+)\"\\s*:"));
    for (auto it = re.globalMatch(json); it.hasNext();)
        keys.append(it.next().captured(1));
    return keys;
}

} // namespace

class TestDbCli : public QObject {
    Q_OBJECT

private:
    PgCluster m_cluster;
    QTemporaryDir m_dir;

    QString db() const { return m_cluster.conninfo(kDb); }

    // The seed's SQL on the same data (the data keeps clear of window bounds,
    // so a statement a moment later sees the same rows).
    PgRows seed(const QString &which, const QString &tz = QStringLiteral("UTC"))
    {
        MonitoringSession s;
        ConnectionOptions o;
        o.conninfo = db();
        o.timeZone = tz;
        DbError e;
        PgRows rows;
        if (!s.open(o, &e))
            return rows;
        const ViewRequest r;
        const QString sql = which == u"summary" ? seedSummarySql(s.table())
                          : which == u"hourly"  ? seedHourlySql(s.table())
                                                : seedDecisionSql(s.table());
        s.query(sql, monitoringParams(o.schema, r), monitoringParamTypes(), &rows, &e);
        return rows;
    }

    void checkOneLineError(const Run &r, int code)
    {
        QCOMPARE(r.code, code);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QVERIFY2(r.err.endsWith(u'\n') && r.err.count(u'\n') == 1, qPrintable(r.err));
        QVERIFY2(!r.err.contains(kWrongPassword) && !r.err.contains(m_cluster.password), qPrintable(r.err));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_cluster.load(&error), qPrintable(error));
        QVERIFY2(recreateDatabase(m_cluster, kDb, &error), qPrintable(error));
        PgAdmin admin(m_cluster, kDb);
        QVERIFY2(admin.ok(), qPrintable(admin.lastError()));
        QVERIFY2(admin.exec(eventsTableSql(QStringLiteral("app_monitoring_events"), QStringLiteral("integer"), 3000)),
                 qPrintable(admin.lastError()));
        QVERIFY2(admin.exec(eventsTableSql(QStringLiteral("\"events\"\"; DROP TABLE x; --\""), QStringLiteral("numeric"), 800)),
                 qPrintable(admin.lastError()));
        QVERIFY2(admin.exec(QStringLiteral("CREATE TABLE x (v int);"
                                           "CREATE TABLE no_duration (session_id text, event_type text, status text, created_at timestamptz);"
                                           "GRANT SELECT ON no_duration TO palier_user;")),
                 qPrintable(admin.lastError()));
    }

    void summaryJson()
    {
        const Run r = run({QStringLiteral("summary"), QStringLiteral("--db"), db(), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(jsonKeysInOrder(r.out), (QStringList {QStringLiteral("total_events"), QStringLiteral("active_sessions"),
                                                       QStringLiteral("searches"), QStringLiteral("avg_search_ms"),
                                                       QStringLiteral("p95_search_ms"), QStringLiteral("error_rate_pct")}));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const PgRows s = seed(QStringLiteral("summary"));
        QCOMPARE(s.rows.size(), 1);
        const auto &row = s.rows.first();
        QCOMPARE(QString::number(o.value(QStringLiteral("total_events")).toInteger()), row.at(0).value());
        QCOMPARE(QString::number(o.value(QStringLiteral("active_sessions")).toInteger()), row.at(1).value());
        QCOMPARE(QString::number(o.value(QStringLiteral("searches")).toInteger()), row.at(2).value());
        QCOMPARE(QString::number(o.value(QStringLiteral("avg_search_ms")).toInteger()), row.at(3).value());
        QCOMPARE(QString::number(o.value(QStringLiteral("p95_search_ms")).toInteger()), row.at(4).value());
        // The digits PostgreSQL printed, as they are ("2.20" stays "2.20").
        QVERIFY2(r.out.contains(QStringLiteral("\"error_rate_pct\": %1\n").arg(row.at(5).value())), qPrintable(r.out));
    }

    void hourlyJsonInTimeZone()
    {
        const QString tz = QStringLiteral("Asia/Kolkata");
        const Run r = run({QStringLiteral("hourly"), QStringLiteral("--db"), db(), QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("--tz"), tz});
        QCOMPARE(r.code, 0);
        const QJsonArray hours = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("hours")).toArray();
        const PgRows s = seed(QStringLiteral("hourly"), tz);
        QCOMPARE(hours.size(), s.rows.size());
        QVERIFY(hours.size() >= 40);
        for (qsizetype i = 0; i < hours.size(); ++i) {
            const QJsonObject h = hours.at(i).toObject();
            // The seed's four columns in its order, then the two Palier adds.
            const QStringList keys = jsonKeysInOrder(QString::fromUtf8(QJsonDocument(h).toJson()));
            QCOMPARE(keys.size(), 6);
            QVERIFY(keys.contains(QStringLiteral("events")) && keys.contains(QStringLiteral("error_rate_pct")));
            QCOMPARE(h.value(QStringLiteral("hour_slot")).toString(), pgTimestampToIso(s.rows.at(i).at(0).value()));
            QVERIFY(h.value(QStringLiteral("hour_slot")).toString().endsWith(QLatin1String(":00:00+05:30")));
            QCOMPARE(QString::number(h.value(QStringLiteral("searches")).toInteger()), s.rows.at(i).at(1).value());
            const auto p95 = s.rows.at(i).at(2);
            if (p95)
                QCOMPARE(QString::number(h.value(QStringLiteral("p95_search_ms")).toInteger()), *p95);
            else
                QVERIFY(h.value(QStringLiteral("p95_search_ms")).isNull());
            QCOMPARE(QString::number(h.value(QStringLiteral("errors")).toInteger()), s.rows.at(i).at(3).value());
        }
        // Newest first.
        QVERIFY(hours.first().toObject().value(QStringLiteral("hour_slot")).toString()
                > hours.last().toObject().value(QStringLiteral("hour_slot")).toString());
    }

    void decisionAndGate()
    {
        const Run r = run({QStringLiteral("decision"), QStringLiteral("--db"), db(), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(jsonKeysInOrder(r.out), (QStringList {QStringLiteral("p95_search_ms"), QStringLiteral("error_rate_pct"),
                                                       QStringLiteral("decision_hint")}));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const PgRows s = seed(QStringLiteral("decision"));
        QCOMPARE(QString::number(o.value(QStringLiteral("p95_search_ms")).toInteger()), s.rows.first().at(0).value());
        QCOMPARE(o.value(QStringLiteral("decision_hint")).toString(), s.rows.first().at(2).value());
        const QString hint = o.value(QStringLiteral("decision_hint")).toString();

        // --fail-on: exit 1 when at or worse than the level.
        const Run watch = run({QStringLiteral("decision"), QStringLiteral("--db"), db(), QStringLiteral("--fail-on"), QStringLiteral("watch")});
        QCOMPARE(watch.code, hint == u"GO" ? 0 : 1);
        // A profile whose limits the data exceeds: NO_GO, and the gate fires.
        Profile p = Profile::builtinDefault();
        for (CriterionDef &c : p.criteria)
            if (c.metric == Metric::LatencyP95) {
                c.green = 1;
                c.orange = 2;
            }
        const QString profilePath = m_dir.filePath(QStringLiteral("tight.json"));
        QFile f(profilePath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(p.toJson());
        f.close();
        const Run tight = run({QStringLiteral("decision"), QStringLiteral("--db"), db(), QStringLiteral("--profile"), profilePath,
                               QStringLiteral("--fail-on"), QStringLiteral("no-go"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(tight.code, 1);
        QVERIFY2(tight.out.contains(QLatin1String("\"NO_GO\"")), qPrintable(tight.out));
        // A key transaction with no event: p95 null, still a valid document.
        const Run none = run({QStringLiteral("decision"), QStringLiteral("--db"), db(), QStringLiteral("--key"),
                              QStringLiteral("nothing_like_this"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(none.code, 0);
        QVERIFY2(none.out.contains(QLatin1String("\"p95_search_ms\": null")), qPrintable(none.out));
    }

    void allIsTheThreeViews()
    {
        // One statement for the three views: each part equal to its own view's
        // output (which the tests above hold to the seed's SQL), keys in order.
        const QString d = db();
        const Run all = run({QStringLiteral("all"), QStringLiteral("--db"), d, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(all.code, 0);
        QVERIFY2(all.err.isEmpty(), qPrintable(all.err));
        const QJsonObject o = QJsonDocument::fromJson(all.out.toUtf8()).object();
        QCOMPARE(o.keys(), (QStringList {QStringLiteral("daily"), QStringLiteral("decision"), QStringLiteral("hourly"),
                                         QStringLiteral("summary")}));
        QVERIFY(!o.value(QStringLiteral("daily")).toObject().value(QStringLiteral("days")).toArray().isEmpty());
        QCOMPARE(jsonKeysInOrder(all.out).mid(0, 7),
                 (QStringList {QStringLiteral("summary"), QStringLiteral("total_events"), QStringLiteral("active_sessions"),
                               QStringLiteral("searches"), QStringLiteral("avg_search_ms"), QStringLiteral("p95_search_ms"),
                               QStringLiteral("error_rate_pct")}));
        for (const QString &view : {QStringLiteral("summary"), QStringLiteral("hourly"), QStringLiteral("decision")}) {
            const Run one = run({view, QStringLiteral("--db"), d, QStringLiteral("--format"), QStringLiteral("json")});
            QCOMPARE(one.code, 0);
            QCOMPARE(o.value(view).toObject(), QJsonDocument::fromJson(one.out.toUtf8()).object());
        }
        QVERIFY(!o.value(u"hourly").toObject().value(u"hours").toArray().isEmpty());
        // The digits PostgreSQL printed for the rate stay as they are here too.
        const PgRows s = seed(QStringLiteral("summary"));
        QVERIFY2(all.out.contains(QStringLiteral("\"error_rate_pct\": %1\n").arg(s.rows.first().at(5).value())), qPrintable(all.out));
        // The gate reads the hint, as db decision's does.
        const QString hint = o.value(u"decision").toObject().value(u"decision_hint").toString();
        const Run gate = run({QStringLiteral("all"), QStringLiteral("--db"), d, QStringLiteral("--fail-on"), QStringLiteral("watch")});
        QCOMPARE(gate.code, hint == u"GO" ? 0 : 1);
        // Text: the three views one after the other.
        const Run text = run({QStringLiteral("all"), QStringLiteral("--db"), d, QStringLiteral("--hours"), QStringLiteral("6")});
        QCOMPARE(text.code, 0);
        const Run sum = run({QStringLiteral("summary"), QStringLiteral("--db"), d});
        QVERIFY2(text.out.startsWith(sum.out), qPrintable(text.out));
    }

    void textMarkdownAndOut()
    {
        const Run text = run({QStringLiteral("summary"), QStringLiteral("--db"), db()});
        QCOMPARE(text.code, 0);
        const auto row = seed(QStringLiteral("summary")).rows.first();
        QVERIFY2(text.out.contains(row.at(0).value()) && text.out.contains(row.at(5).value() + QStringLiteral(" %")),
                 qPrintable(text.out));
        const Run md = run({QStringLiteral("hourly"), QStringLiteral("--db"), db(), QStringLiteral("--format"), QStringLiteral("md")});
        QCOMPARE(md.code, 0);
        QVERIFY2(md.out.contains(QLatin1String("| Hour | Searches | p95 (ms) | Errors |")), qPrintable(md.out));
        const Run dec = run({QStringLiteral("decision"), QStringLiteral("--db"), db(), QStringLiteral("--format"), QStringLiteral("text")});
        QCOMPARE(dec.code, 0);
        QVERIFY(dec.out.contains(QLatin1String("Decision hint")));

        const QString path = m_dir.filePath(QStringLiteral("summary.json"));
        const QStringList args {QStringLiteral("summary"), QStringLiteral("--db"), db(), QStringLiteral("--format"),
                                QStringLiteral("json"), QStringLiteral("--out"), path};
        Run first = run(args);
        QCOMPARE(first.code, 0);
        QVERIFY(first.out.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("\"total_events\""));
        checkOneLineError(run(args), 2);                 // exists: refuses without --force
        QCOMPARE(run(args + QStringList {QStringLiteral("--force")}).code, 0);
    }

    void hostileTableName()
    {
        const Run r = run({QStringLiteral("summary"), QStringLiteral("--db"), db(), QStringLiteral("--table"),
                           QStringLiteral("events\"; DROP TABLE x; --"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        QVERIFY2(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("total_events")).toInteger() > 100,
                 qPrintable(r.out + r.err));
        PgAdmin admin(m_cluster, kDb);
        QCOMPARE(admin.scalar(QStringLiteral("SELECT to_regclass('public.x') IS NOT NULL")), QStringLiteral("t"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString d = QStringLiteral("--db");
        const QString c = QStringLiteral("host=127.0.0.1 port=1 dbname=x");
        QTest::newRow("nothing") << QStringList {};
        QTest::newRow("unknown view") << QStringList {QStringLiteral("weekly"), d, c};
        QTest::newRow("no --db") << QStringList {QStringLiteral("summary")};
        QTest::newRow("days 0") << QStringList {QStringLiteral("summary"), d, c, QStringLiteral("--days"), QStringLiteral("0")};
        QTest::newRow("days text") << QStringList {QStringLiteral("summary"), d, c, QStringLiteral("--days"), QStringLiteral("week")};
        QTest::newRow("hours on summary") << QStringList {QStringLiteral("summary"), d, c, QStringLiteral("--hours"), QStringLiteral("4")};
        QTest::newRow("format") << QStringList {QStringLiteral("summary"), d, c, QStringLiteral("--format"), QStringLiteral("xml")};
        QTest::newRow("conninfo") << QStringList {QStringLiteral("summary"), d, QStringLiteral("host='unterminated password=") + kWrongPassword};
        QTest::newRow("column") << QStringList {QStringLiteral("summary"), d, c, QStringLiteral("--column"), QStringLiteral("latency=ms")};
        QTest::newRow("days on hourly") << QStringList {QStringLiteral("hourly"), d, c, QStringLiteral("--days"), QStringLiteral("4")};
        QTest::newRow("fail-on summary") << QStringList {QStringLiteral("summary"), d, c, QStringLiteral("--fail-on"), QStringLiteral("watch")};
        QTest::newRow("fail-on level") << QStringList {QStringLiteral("decision"), d, c, QStringLiteral("--fail-on"), QStringLiteral("red")};
        QTest::newRow("table") << QStringList {QStringLiteral("summary"), d, c, QStringLiteral("--table"), QStringLiteral("a.b.c")};
        QTest::newRow("unknown option") << QStringList {QStringLiteral("summary"), d, c, QStringLiteral("--verbose")};
        QTest::newRow("profile") << QStringList {QStringLiteral("summary"), d, c, QStringLiteral("--profile"), QStringLiteral("/nonexistent/p.json")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        checkOneLineError(run(args), 2);
    }

    void unknownTimeZoneIsUsage()
    {
        checkOneLineError(run({QStringLiteral("hourly"), QStringLiteral("--db"), db(), QStringLiteral("--tz"),
                               QStringLiteral("Mars/Olympus_Mons")}),
                          2);
    }

    void databaseErrors()
    {
        // Wrong password.
        Run r = run({QStringLiteral("summary"), QStringLiteral("--db"),
                     m_cluster.conninfo(kDb, false) + QStringLiteral(" password=") + kWrongPassword});
        checkOneLineError(r, 3);
        QVERIFY2(r.err.contains(QLatin1String("password authentication failed")), qPrintable(r.err));
        // Same through a URI.
        r = run({QStringLiteral("decision"), QStringLiteral("--db"),
                 QStringLiteral("postgresql://%1:%2@%3:%4/%5").arg(m_cluster.user, kWrongPassword, m_cluster.host, m_cluster.port, kDb)});
        checkOneLineError(r, 3);
        // Nothing listening.
        r = run({QStringLiteral("summary"), QStringLiteral("--db"),
                 QStringLiteral("host=127.0.0.1 port=1 dbname=x user=y password=") + kWrongPassword});
        checkOneLineError(r, 3);
        QVERIFY2(r.err.contains(QLatin1String("refused")), qPrintable(r.err));
        // A column missing: named.
        r = run({QStringLiteral("summary"), QStringLiteral("--db"), db(), QStringLiteral("--table"), QStringLiteral("no_duration")});
        checkOneLineError(r, 3);
        QVERIFY2(r.err.contains(QLatin1String("\"duration_ms\"")), qPrintable(r.err));
        // No such table.
        r = run({QStringLiteral("summary"), QStringLiteral("--db"), db(), QStringLiteral("--table"), QStringLiteral("nope.events")});
        checkOneLineError(r, 3);
    }

    void timeoutAndKilledQuery()
    {
        PgAdmin locker(m_cluster, kDb);
        QVERIFY(locker.exec(QStringLiteral("BEGIN; LOCK TABLE app_monitoring_events IN ACCESS EXCLUSIVE MODE")));
        Run r = run({QStringLiteral("summary"), QStringLiteral("--db"), db(), QStringLiteral("--statement-timeout"), QStringLiteral("300")});
        checkOneLineError(r, 3);
        QVERIFY2(r.err.contains(QLatin1String("statement timeout")), qPrintable(r.err));

        // Killed while the query waits: the backend named palier-cli-kill goes.
        PgAdmin killer(m_cluster, kDb);
        std::thread t([&] {
            if (const int pid = waitForLockWaitByApp(killer, QStringLiteral("palier-cli-kill")))
                killer.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
        });
        r = run({QStringLiteral("hourly"), QStringLiteral("--db"), db() + QStringLiteral(" application_name=palier-cli-kill")});
        t.join();
        QVERIFY(locker.exec(QStringLiteral("ROLLBACK")));
        checkOneLineError(r, 3);
        QVERIFY2(r.err.contains(QLatin1String("connection to the server lost")), qPrintable(r.err));
    }

    void indexDdl()
    {
        const Run r = run({QStringLiteral("index-ddl"), QStringLiteral("--table"), QStringLiteral("monitoring.app_monitoring_events")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("CREATE INDEX CONCURRENTLY IF NOT EXISTS \"app_monitoring_events_created_at_brin\" "
                                              "ON \"monitoring\".\"app_monitoring_events\" USING brin (\"created_at\");")),
                 qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestDbCli)
#include "tst_db_cli.moc"
