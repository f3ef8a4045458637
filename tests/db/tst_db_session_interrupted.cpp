// A statement that does not finish, and the session after it: stopped by the
// statement timeout (the session stays usable), cancelled from another thread
// (still usable), or cut off by a killed server backend (broken, and reopening
// works). Each waits on a lock the test holds, so the timing is certain.
#include "db/monitoring_session.h"
#include "pg_test_support.h"

#include <QTest>

#include <thread>

using namespace palier;
using namespace palier::test;

namespace {
const QString kDb = QStringLiteral("palier_tst_session_interrupted");
} // namespace

class TestDbSessionInterrupted : public QObject {
    Q_OBJECT

private:
    PgCluster m_cluster;

    ConnectionOptions options() const
    {
        ConnectionOptions o;
        o.conninfo = m_cluster.conninfo(kDb);
        o.timeZone = QStringLiteral("UTC");
        return o;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(setUpEventsDatabase(&m_cluster, kDb, 500, &error), qPrintable(error));
    }

    void statementTimeout()
    {
        PgAdmin locker(m_cluster, kDb);
        QVERIFY(locker.exec(QStringLiteral("BEGIN; LOCK TABLE app_monitoring_events IN ACCESS EXCLUSIVE MODE")));
        MonitoringSession s;
        DbError e;
        ConnectionOptions o = options();
        o.statementTimeoutMs = 300;
        QVERIFY2(s.open(o, &e), qPrintable(e.message));
        MonitoringSnapshot snap;
        QVERIFY(!s.fetch(ViewRequest(), &snap, &e));
        QCOMPARE(e.kind, DbError::Kind::Timeout);
        QVERIFY2(e.message.contains(QLatin1String("300 ms")), qPrintable(e.message));
        QVERIFY(s.isOpen());   // a timeout does not break the session
        QVERIFY(locker.exec(QStringLiteral("ROLLBACK")));
        QVERIFY2(s.fetch(ViewRequest(), &snap, &e), qPrintable(e.message));
    }

    void cancelFromAnotherThread()
    {
        PgAdmin locker(m_cluster, kDb);
        QVERIFY(locker.exec(QStringLiteral("BEGIN; LOCK TABLE app_monitoring_events IN ACCESS EXCLUSIVE MODE")));
        MonitoringSession s;
        DbError e;
        QVERIFY2(s.open(options(), &e), qPrintable(e.message));
        const int pid = s.backendPid();
        auto handle = s.cancelHandle();
        PgAdmin watcher(m_cluster, kDb);
        std::thread t([&] {
            if (waitForLockWait(watcher, pid))
                handle->cancel();
        });
        MonitoringSnapshot snap;
        const bool ok = s.fetch(ViewRequest(), &snap, &e);
        t.join();
        QVERIFY(!ok);
        QCOMPARE(e.kind, DbError::Kind::Cancelled);
        QVERIFY(locker.exec(QStringLiteral("ROLLBACK")));
        QVERIFY2(s.fetch(ViewRequest(), &snap, &e), qPrintable(e.message));   // still usable
    }

    void serverKilledDuringQuery()
    {
        PgAdmin locker(m_cluster, kDb);
        QVERIFY(locker.exec(QStringLiteral("BEGIN; LOCK TABLE app_monitoring_events IN ACCESS EXCLUSIVE MODE")));
        MonitoringSession s;
        DbError e;
        QVERIFY2(s.open(options(), &e), qPrintable(e.message));
        const int pid = s.backendPid();
        PgAdmin killer(m_cluster, kDb);
        std::thread t([&] {
            if (waitForLockWait(killer, pid))
                killer.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
        });
        MonitoringSnapshot snap;
        const bool ok = s.fetch(ViewRequest(), &snap, &e);
        t.join();
        QVERIFY(locker.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(!ok);
        QCOMPARE(e.kind, DbError::Kind::ConnectionLost);
        QVERIFY(s.isBroken());
        QVERIFY2(e.message.contains(QLatin1String("terminating connection"))
                     || e.message.contains(QLatin1String("closed the connection")),
                 qPrintable(e.message));
        // Reopening works.
        QVERIFY2(s.open(options(), &e), qPrintable(e.message));
        QVERIFY2(s.fetch(ViewRequest(), &snap, &e), qPrintable(e.message));
    }
};

QTEST_GUILESS_MAIN(TestDbSessionInterrupted)
#include "tst_db_session_interrupted.moc"
