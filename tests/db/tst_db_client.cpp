// MonitoringClient: results arrive as signals without ever blocking the
// caller; cancel() stops a running query; a server that goes away is noticed,
// the data marked stale and the connection re-established with backoff.
#include "db/monitoring_client.h"
#include "db/monitoring_session.h"
#include "pg_test_support.h"

#include <QElapsedTimer>

#include <algorithm>
#include <QSignalSpy>
#include <QTest>

using namespace palier;
using namespace palier::test;

namespace {
const QString kDb = QStringLiteral("palier_tst_client");

bool waitForState(MonitoringClient &c, const QString &prefix, int ms = 15000)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        if (c.stateText().startsWith(prefix))
            return true;
        QTest::qWait(10);
    }
    return false;
}
} // namespace

class TestDbClient : public QObject {
    Q_OBJECT

private:
    PgCluster m_cluster;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.load(&error), qPrintable(error));
        QVERIFY2(recreateDatabase(m_cluster, kDb, &error), qPrintable(error));
        PgAdmin admin(m_cluster, kDb);
        QVERIFY2(admin.ok(), qPrintable(admin.lastError()));
        QVERIFY2(admin.exec(eventsTableSql(QStringLiteral("app_monitoring_events"), QStringLiteral("integer"), 2000)),
                 qPrintable(admin.lastError()));
    }

    void deliversTheViews()
    {
        MonitoringClient c;
        c.setTimeZone(QStringLiteral("Europe/Paris"));
        QSignalSpy states(&c, &MonitoringClient::stateChanged);
        QSignalSpy summary(&c, &MonitoringClient::summaryReady);
        QSignalSpy hourly(&c, &MonitoringClient::hourlyReady);
        QSignalSpy decision(&c, &MonitoringClient::decisionReady);
        QSignalSpy errors(&c, &MonitoringClient::error);
        QElapsedTimer t;
        t.start();
        c.connectTo(m_cluster.conninfo(kDb, false), m_cluster.password);
        QVERIFY(t.elapsed() < 200);   // posts the work, never connects in the caller's thread
        QVERIFY(decision.wait(15000) || decision.count() == 1);
        QCOMPARE(summary.count(), 1);
        QCOMPARE(hourly.count(), 1);
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().first().toString()));
        QCOMPARE(c.stateText(), QStringLiteral("connected"));
        QVERIFY(c.lastUpdate().isValid());
        QVERIFY(!c.connInfoForDisplay().contains(m_cluster.password));

        QStringList seen;
        for (const auto &s : states)
            seen.append(s.first().toString());
        QVERIFY2(seen.contains(QStringLiteral("connecting")) && seen.contains(QStringLiteral("refreshing"))
                     && seen.last() == u"connected",
                 qPrintable(seen.join(u'|')));

        // Same figures as a synchronous session.
        MonitoringSession s;
        ConnectionOptions o;
        o.conninfo = m_cluster.conninfo(kDb);
        o.timeZone = QStringLiteral("Europe/Paris");
        DbError e;
        QVERIFY2(s.open(o, &e), qPrintable(e.message));
        MonitoringSnapshot snap;
        QVERIFY2(s.fetch(ViewRequest(), &snap, &e), qPrintable(e.message));
        QCOMPARE(summary.first().first().value<MonitoringSummary>(), snap.summary);
        QCOMPARE(decision.first().first().value<MonitoringDecision>(), snap.decision);
        QCOMPARE(hourly.first().first().value<QList<HourlyRow>>(), snap.hourly);

        // Auto-refresh.
        c.setAutoRefreshInterval(150);
        QVERIFY(QTest::qWaitFor([&] { return summary.count() >= 3; }, 15000));
        c.setAutoRefreshInterval(0);
        QCOMPARE(c.autoRefreshInterval(), 0);
    }

    // With server spans set (the load-test runs' time), each refresh also
    // reads their events: exactly the rows of those spans, flags as the
    // events file's reader sets them.
    void readsTheRunsEventsWithEachRefresh()
    {
        PgAdmin admin(m_cluster, kDb);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<QPair<QDateTime, QDateTime>> spans {{now.addSecs(-2 * 3600), now.addSecs(-3600)},
                                                        {now.addSecs(-5400), now.addSecs(-1800)},   // overlaps the first
                                                        {now.addDays(-2), now.addDays(-2).addSecs(3600)}};
        auto count = [&](const QString &where) {
            return admin.scalar(QStringLiteral("SELECT count(*) FROM app_monitoring_events WHERE (%1) AND ("
                                               "(created_at >= '%2' AND created_at < '%3') OR "
                                               "(created_at >= '%4' AND created_at < '%5'))")
                                    .arg(where, spans[0].first.toString(Qt::ISODateWithMs), spans[1].second.toString(Qt::ISODateWithMs),
                                         spans[2].first.toString(Qt::ISODateWithMs), spans[2].second.toString(Qt::ISODateWithMs)))
                .toLongLong();
        };
        const qint64 events = count(QStringLiteral("true"));
        const qint64 keyOk = count(QStringLiteral("event_type = 'athlete_search' AND status = 'ok' AND duration_ms IS NOT NULL"));
        const qint64 errors = count(QStringLiteral("status = 'error'"));
        QVERIFY(events > 0 && keyOk > 0);

        MonitoringClient c;
        c.setTimeZone(QStringLiteral("Europe/Paris"));
        c.setServerSpans(spans);
        std::shared_ptr<const EventLog> log;
        QString zone, problem;
        int ready = 0;
        connect(&c, &MonitoringClient::serverEventsReady, this,
                [&](std::shared_ptr<const EventLog> l, const QString &z, const QString &p) {
                    log = std::move(l);
                    zone = z;
                    problem = p;
                    ++ready;
                });
        c.connectTo(m_cluster.conninfo(kDb, false), m_cluster.password);
        QVERIFY(QTest::qWaitFor([&] { return ready > 0; }, 15000));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(log);
        QCOMPARE(zone, QStringLiteral("Europe/Paris"));
        QCOMPARE(qint64(log->times.size()), events);
        QCOMPARE(qint64(log->values.size()), keyOk);
        QCOMPARE(qint64(std::count_if(log->flags.begin(), log->flags.end(), [](quint8 f) { return f & EventLog::Error; })),
                 errors);
        c.refreshNow();
        QVERIFY(QTest::qWaitFor([&] { return ready > 1; }, 15000));
        c.setServerSpans({});
        c.refreshNow();
        QSignalSpy snapshots(&c, &MonitoringClient::snapshotReady);
        QVERIFY(snapshots.wait(15000));
        QCOMPARE(ready, 2);   // no spans: no events read
    }

    void cancelRunningQuery()
    {
        MonitoringClient c;
        QSignalSpy summary(&c, &MonitoringClient::summaryReady);
        c.connectTo(m_cluster.conninfo(kDb));
        QVERIFY(summary.wait(15000));
        PgAdmin locker(m_cluster, kDb);
        QVERIFY(locker.exec(QStringLiteral("BEGIN; LOCK TABLE app_monitoring_events IN ACCESS EXCLUSIVE MODE")));
        c.refreshNow();
        QCOMPARE(c.stateText(), QStringLiteral("refreshing"));
        PgAdmin watcher(m_cluster, kDb);
        QVERIFY(waitForLockWaitByApp(watcher, QStringLiteral("palier")) != 0);
        QElapsedTimer t;
        t.start();
        c.cancel();
        QVERIFY(t.elapsed() < 200);   // the cancel request goes from a helper thread
        QVERIFY2(waitForState(c, QStringLiteral("query cancelled")), qPrintable(c.stateText()));
        QVERIFY(locker.exec(QStringLiteral("ROLLBACK")));
        // Still connected: the next refresh works.
        c.refreshNow();
        QVERIFY(summary.wait(15000));
        QCOMPARE(c.stateText(), QStringLiteral("connected"));
    }

    void reconnectsAfterServerWentAway()
    {
        MonitoringClient c;
        c.setReconnectBackoff(100, 400);
        QSignalSpy summary(&c, &MonitoringClient::summaryReady);
        QSignalSpy states(&c, &MonitoringClient::stateChanged);
        QSignalSpy errors(&c, &MonitoringClient::error);
        c.connectTo(m_cluster.conninfo(kDb) + QStringLiteral(" application_name=palier-reconnect"));
        QVERIFY(summary.wait(15000));
        const QDateTime first = c.lastUpdate();

        PgAdmin admin(m_cluster, kDb);
        QVERIFY(admin.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                          "WHERE application_name = 'palier-reconnect'")));
        c.refreshNow();   // the next query finds the connection gone
        QVERIFY(QTest::qWaitFor([&] {
            for (const auto &s : states)
                if (s.first().toString().startsWith(QLatin1String("stale since ")))
                    return true;
            return false;
        }, 15000));
        bool staleText = false;
        for (const auto &s : states)
            if (s.first().toString() == QStringLiteral("stale since %1, reconnecting").arg(first.toString(QStringLiteral("HH:mm"))))
                staleText = true;
        QVERIFY(staleText);
        QVERIFY(!errors.isEmpty());
        // Back by itself, with fresh data.
        QVERIFY(QTest::qWaitFor([&] { return summary.count() >= 2; }, 15000));
        QCOMPARE(c.stateText(), QStringLiteral("connected"));
        QVERIFY(c.lastUpdate() >= first);
    }

    void failuresThatRetryingCannotFix()
    {
        MonitoringClient c;
        c.setReconnectBackoff(50, 100);
        QSignalSpy errors(&c, &MonitoringClient::error);
        const QString wrong = QStringLiteral("Wr0ng-Client-Pa55");
        c.connectTo(m_cluster.conninfo(kDb, false), wrong);
        QVERIFY(errors.wait(15000));
        QVERIFY2(c.stateText().startsWith(QLatin1String("connection failed: ")), qPrintable(c.stateText()));
        QVERIFY(!c.stateText().contains(wrong));
        QVERIFY(!errors.first().first().toString().contains(wrong));
        QTest::qWait(400);
        QCOMPARE(errors.count(), 1);   // no retry loop on a wrong password

        MonitoringClient d;
        d.setReconnectBackoff(50, 100);
        QSignalSpy derrors(&d, &MonitoringClient::error);
        d.connectTo(QStringLiteral("host=127.0.0.1 port=1 dbname=x user=y"));
        QVERIFY(derrors.wait(15000));
        QVERIFY2(d.stateText().startsWith(QLatin1String("cannot connect, retrying in")) || d.stateText() == u"connecting",
                 qPrintable(d.stateText()));
        QVERIFY(QTest::qWaitFor([&] { return derrors.count() >= 3; }, 15000));   // keeps trying
        d.disconnectFromServer();
        QCOMPARE(d.stateText(), QStringLiteral("disconnected"));
    }

    void destroyedWhileQueryRuns()
    {
        PgAdmin locker(m_cluster, kDb);
        {
            auto *c = new MonitoringClient;
            QSignalSpy summary(c, &MonitoringClient::summaryReady);
            c->connectTo(m_cluster.conninfo(kDb) + QStringLiteral(" application_name=palier-destroyed"));
            QVERIFY(summary.wait(15000));
            QVERIFY(locker.exec(QStringLiteral("BEGIN; LOCK TABLE app_monitoring_events IN ACCESS EXCLUSIVE MODE")));
            c->refreshNow();
            PgAdmin watcher(m_cluster, kDb);
            QVERIFY(waitForLockWaitByApp(watcher, QStringLiteral("palier-destroyed")) != 0);
            delete c;   // cancels the query, closes the connection
        }
        QVERIFY(QTest::qWaitFor([&] {
            return locker.scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'palier-destroyed'"))
                == u"0";
        }, 10000));
        QVERIFY(locker.exec(QStringLiteral("ROLLBACK")));
    }
};

QTEST_GUILESS_MAIN(TestDbClient)
#include "tst_db_client.moc"
