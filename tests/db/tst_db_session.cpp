// Opening a session and failing to open it well: credentials from every libpq
// source, a read-only session, clear errors (bad password, server down,
// missing column, unknown time zone), no password in anything Palier writes,
// and names quoted as the server would. A statement that does not finish
// (timeout, cancel, killed server) is in tst_db_session_interrupted.cpp.
#include "db/db_schema.h"
#include "db/monitoring_session.h"
#include "db/monitoring_sql.h"
#include "db/pg_conninfo.h"
#include "pg_test_support.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>

using namespace palier;
using namespace palier::test;

namespace {
const QString kDb = QStringLiteral("palier_tst_session");
const QString kWrongPassword = QStringLiteral("Wr0ng-S3cret-Pa55");
} // namespace

class TestDbSession : public QObject {
    Q_OBJECT

private:
    PgCluster m_cluster;

    ConnectionOptions options(const QString &conninfo = {}) const
    {
        ConnectionOptions o;
        o.conninfo = conninfo.isEmpty() ? m_cluster.conninfo(kDb) : conninfo;
        o.timeZone = QStringLiteral("UTC");
        return o;
    }

    void checkNoSecret(const QString &text, const QStringList &secrets)
    {
        for (const QString &s : secrets)
            QVERIFY2(!text.contains(s), qPrintable(QStringLiteral("secret leaked in: %1").arg(text)));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.load(&error), qPrintable(error));
        QVERIFY2(recreateDatabase(m_cluster, kDb, &error), qPrintable(error));
        PgAdmin admin(m_cluster, kDb);
        QVERIFY2(admin.ok(), qPrintable(admin.lastError()));
        QVERIFY2(admin.exec(eventsTableSql(QStringLiteral("app_monitoring_events"), QStringLiteral("integer"), 500)),
                 qPrintable(admin.lastError()));
        QVERIFY2(admin.exec(QStringLiteral(
                     "CREATE TABLE no_duration (session_id text, event_type text, status text, created_at timestamptz);"
                     "CREATE TABLE text_duration (session_id text, event_type text, status text, duration_ms text, created_at timestamptz);"
                     "CREATE TABLE secret_cols (session_id text, event_type text, status text, duration_ms int, created_at timestamptz);"
                     "GRANT SELECT ON no_duration, text_duration TO palier_user;"
                     "GRANT SELECT (session_id, event_type, status, created_at) ON secret_cols TO palier_user;"
                     "CREATE TABLE written (v int); GRANT ALL ON written TO palier_user;")),
                 qPrintable(admin.lastError()));
    }

    void opensAndIsReadOnly()
    {
        MonitoringSession s;
        DbError e;
        QVERIFY2(s.open(options(), &e), qPrintable(e.message));
        QVERIFY(s.isOpen());
        PgRows rows;
        QVERIFY(s.query(QStringLiteral("SELECT current_setting('default_transaction_read_only'),"
                                       " current_setting('transaction_read_only'), current_setting('statement_timeout'),"
                                       " current_setting('TimeZone'), current_setting('application_name')"),
                        {}, {}, &rows, &e));
        QCOMPARE(rows.rows.first().at(0), std::optional<QString>(QStringLiteral("on")));
        QCOMPARE(rows.rows.first().at(1), std::optional<QString>(QStringLiteral("on")));
        QCOMPARE(rows.rows.first().at(2), std::optional<QString>(QStringLiteral("2min")));
        QCOMPARE(rows.rows.first().at(3), std::optional<QString>(QStringLiteral("UTC")));
        QCOMPARE(rows.rows.first().at(4), std::optional<QString>(QStringLiteral("palier")));
        // Even with full privileges on a table, the session cannot write.
        for (const QString &write : {QStringLiteral("INSERT INTO written VALUES (1)"),
                                     QStringLiteral("CREATE TABLE t2 (v int)"),
                                     QStringLiteral("DELETE FROM written"),
                                     QStringLiteral("UPDATE written SET v = 2")}) {
            QVERIFY(!s.query(write, {}, {}, &rows, &e));
            QCOMPARE(e.sqlState, QStringLiteral("25006"));
            QVERIFY2(e.message.contains(QLatin1String("read-only")), qPrintable(e.message));
        }
        PgAdmin admin(m_cluster, kDb);
        QCOMPARE(admin.scalar(QStringLiteral("SELECT count(*) FROM written")), QStringLiteral("0"));
        QCOMPARE(admin.scalar(QStringLiteral("SELECT to_regclass('t2') IS NULL")), QStringLiteral("t"));
    }

    void applicationNameCanBeOverridden()
    {
        MonitoringSession s;
        DbError e;
        QVERIFY2(s.open(options(m_cluster.conninfo(kDb) + QStringLiteral(" application_name=mydash")), &e),
                 qPrintable(e.message));
        PgRows rows;
        QVERIFY(s.query(QStringLiteral("SELECT current_setting('application_name')"), {}, {}, &rows, &e));
        QCOMPARE(rows.rows.first().at(0), std::optional<QString>(QStringLiteral("mydash")));
    }

    void credentialSources()
    {
        DbError e;
        // URI with the password in it (percent-encoded characters are fine).
        {
            MonitoringSession s;
            const QString uri = QStringLiteral("postgresql://%1:%2@%3:%4/%5?connect_timeout=5")
                                    .arg(m_cluster.user, m_cluster.password, m_cluster.host, m_cluster.port, kDb);
            QVERIFY2(s.open(options(uri), &e), qPrintable(e.message));
            QVERIFY(!s.redactedConnInfo().contains(m_cluster.password));
            QVERIFY(s.redactedConnInfo().contains(QLatin1String("connect_timeout=5")));
        }
        // The typed password, kept apart from the string.
        {
            MonitoringSession s;
            ConnectionOptions o = options(m_cluster.conninfo(kDb, false));
            o.password = m_cluster.password.toUtf8();
            QVERIFY2(s.open(o, &e), qPrintable(e.message));
        }
        // PGPASSWORD.
        {
            qputenv("PGPASSWORD", m_cluster.password.toUtf8());
            MonitoringSession s;
            const bool ok = s.open(options(m_cluster.conninfo(kDb, false)), &e);
            qunsetenv("PGPASSWORD");
            QVERIFY2(ok, qPrintable(e.message));
        }
        // ~/.pgpass (PGPASSFILE) and a service file (PGSERVICEFILE).
        {
            QTemporaryDir dir;
            QFile pass(dir.filePath(QStringLiteral("pgpass")));
            QVERIFY(pass.open(QIODevice::WriteOnly));
            pass.write(QStringLiteral("%1:%2:*:%3:%4\n").arg(m_cluster.host, m_cluster.port, m_cluster.user, m_cluster.password).toUtf8());
            pass.close();
            pass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            QFile service(dir.filePath(QStringLiteral("pg_service.conf")));
            QVERIFY(service.open(QIODevice::WriteOnly));
            service.write(QStringLiteral("[palier_test]\nhost=%1\nport=%2\ndbname=%3\nuser=%4\nsslmode=disable\n")
                              .arg(m_cluster.host, m_cluster.port, kDb, m_cluster.user).toUtf8());
            service.close();
            qputenv("PGPASSFILE", pass.fileName().toUtf8());
            qputenv("PGSERVICEFILE", service.fileName().toUtf8());
            MonitoringSession s1, s2;
            const bool ok1 = s1.open(options(m_cluster.conninfo(kDb, false)), &e);
            const QString m1 = e.message;
            const bool ok2 = s2.open(options(QStringLiteral("service=palier_test")), &e);
            qunsetenv("PGPASSFILE");
            qunsetenv("PGSERVICEFILE");
            QVERIFY2(ok1, qPrintable(m1));
            QVERIFY2(ok2, qPrintable(e.message));
        }
        // A connection timeout default exists, and the user's wins.
        QVERIFY(!qEnvironmentVariableIsEmpty("PGCONNECT_TIMEOUT"));
    }

    void badPassword()
    {
        MonitoringSession s;
        DbError e;
        const QString conninfo = m_cluster.conninfo(kDb, false) + QStringLiteral(" password=") + kWrongPassword;
        QVERIFY(!s.open(options(conninfo), &e));
        QCOMPARE(e.kind, DbError::Kind::Authentication);
        QVERIFY2(e.message.contains(QLatin1String("password authentication failed")), qPrintable(e.message));
        checkNoSecret(e.message, {kWrongPassword});
        // The typed-password hook and a URI: same.
        ConnectionOptions o = options(m_cluster.conninfo(kDb, false));
        o.password = kWrongPassword.toUtf8();
        QVERIFY(!s.open(o, &e));
        QCOMPARE(e.kind, DbError::Kind::Authentication);
        checkNoSecret(e.message, {kWrongPassword});
        QVERIFY(!s.open(options(QStringLiteral("postgresql://%1:%2@%3:%4/%5")
                                    .arg(m_cluster.user, kWrongPassword, m_cluster.host, m_cluster.port, kDb)),
                        &e));
        checkNoSecret(e.message, {kWrongPassword});
    }

    void serverNotRunning()
    {
        MonitoringSession s;
        DbError e;
        // Port 1 on the loopback: nothing listens there.
        QVERIFY(!s.open(options(QStringLiteral("host=127.0.0.1 port=1 dbname=x user=y password=") + kWrongPassword), &e));
        QCOMPARE(e.kind, DbError::Kind::Unreachable);
        QVERIFY2(e.message.contains(QLatin1String("refused")), qPrintable(e.message));
        checkNoSecret(e.message, {kWrongPassword});
        // No SSL on the test server: sslmode=require is refused clearly.
        QVERIFY(!s.open(options(m_cluster.conninfo(kDb) + QStringLiteral(" sslmode=require")), &e));
        QCOMPARE(e.kind, DbError::Kind::Unreachable);
        QVERIFY2(e.message.contains(QLatin1String("SSL"), Qt::CaseInsensitive), qPrintable(e.message));
        checkNoSecret(e.message, {m_cluster.password});
    }

    void invalidConnInfo()
    {
        MonitoringSession s;
        DbError e;
        const QString bad = QStringLiteral("host=localhost password='") + kWrongPassword + QStringLiteral(" bogus");
        QVERIFY(!s.open(options(bad), &e));
        QCOMPARE(e.kind, DbError::Kind::BadConnInfo);
        QVERIFY(e.isUsage());
        checkNoSecret(e.message, {kWrongPassword});
        QVERIFY(!s.open(options(QStringLiteral("hots=localhost")), &e));
        QVERIFY2(e.message.contains(QLatin1String("hots")), qPrintable(e.message));
    }

    void unknownTimeZone()
    {
        MonitoringSession s;
        DbError e;
        ConnectionOptions o = options();
        o.timeZone = QStringLiteral("Mars/Olympus_Mons");
        QVERIFY(!s.open(o, &e));
        QCOMPARE(e.kind, DbError::Kind::BadTimeZone);
        QVERIFY2(e.message.contains(QLatin1String("Mars/Olympus_Mons")), qPrintable(e.message));
        // The TZ environment is the default, with glibc's ":Zone" form.
        qputenv("TZ", ":Asia/Kolkata");
        QCOMPARE(effectiveTimeZone(QString()), QStringLiteral("Asia/Kolkata"));
        qputenv("TZ", "/usr/share/zoneinfo/Europe/Paris");
        QCOMPARE(effectiveTimeZone(QString()), QStringLiteral("Europe/Paris"));
        qputenv("TZ", "UTC");
        QCOMPARE(effectiveTimeZone(QStringLiteral("America/New_York")), QStringLiteral("America/New_York"));
    }

    void missingOrWrongColumns()
    {
        DbError e;
        {
            MonitoringSession s;
            ConnectionOptions o = options();
            o.schema.table = QStringLiteral("no_duration");
            QVERIFY(!s.open(o, &e));
            QCOMPARE(e.kind, DbError::Kind::Schema);
            QVERIFY2(e.message.contains(QLatin1String("\"duration_ms\"")), qPrintable(e.message));
            QVERIFY2(e.message.contains(QLatin1String("no_duration")), qPrintable(e.message));
        }
        {
            MonitoringSession s;
            ConnectionOptions o = options();
            o.schema.createdAt = QStringLiteral("inserted_at");
            QVERIFY(!s.open(o, &e));
            QVERIFY2(e.message.contains(QLatin1String("\"inserted_at\" (created_at)")), qPrintable(e.message));
        }
        {
            MonitoringSession s;
            ConnectionOptions o = options();
            o.schema.table = QStringLiteral("text_duration");
            QVERIFY(!s.open(o, &e));
            QVERIFY2(e.message.contains(QLatin1String("duration_ms")) && e.message.contains(QLatin1String("text")),
                     qPrintable(e.message));
        }
        {
            MonitoringSession s;
            ConnectionOptions o = options();
            o.schema.table = QStringLiteral("secret_cols");
            QVERIFY(!s.open(o, &e));
            QVERIFY2(e.message.contains(QLatin1String("permission denied")) && e.message.contains(QLatin1String("duration_ms")),
                     qPrintable(e.message));
        }
        {
            MonitoringSession s;
            ConnectionOptions o = options();
            o.schema.table = QStringLiteral("no_such_table");
            QVERIFY(!s.open(o, &e));
            QVERIFY2(e.message.contains(QLatin1String("no_such_table")) && e.message.contains(QLatin1String("not found")),
                     qPrintable(e.message));
        }
    }

    void conninfoHelpers()
    {
        const QString kv = QStringLiteral("host=db.example port=5433 dbname=app user=me password='p w\\'d' sslmode=verify-full");
        QCOMPARE(connInfoError(kv), QString());
        const QString shown = redactConnInfo(kv);
        QVERIFY2(!shown.contains(QLatin1String("p w")) && !shown.contains(QLatin1String("password")), qPrintable(shown));
        QVERIFY(shown.contains(QLatin1String("host=db.example")) && shown.contains(QLatin1String("sslmode=verify-full")));
        QVERIFY(connInfoSecrets(kv).contains(QStringLiteral("p w'd")));

        const QString uri = QStringLiteral("postgresql://me:s%40cr3t@db.example:5433/app?sslmode=require&sslpassword=keypass");
        QVERIFY(connInfoError(uri).isEmpty());
        const QString shownUri = redactConnInfo(uri);
        QVERIFY2(!shownUri.contains(QLatin1String("s@cr3t")) && !shownUri.contains(QLatin1String("s%40cr3t"))
                     && !shownUri.contains(QLatin1String("keypass")),
                 qPrintable(shownUri));
        const QStringList secrets = connInfoSecrets(uri);
        QVERIFY(secrets.contains(QStringLiteral("s@cr3t")) && secrets.contains(QStringLiteral("s%40cr3t"))
                && secrets.contains(QStringLiteral("keypass")));
        QCOMPARE(scrubSecrets(QStringLiteral("failed for s@cr3t and s%40cr3t"), secrets),
                 QStringLiteral("failed for *** and ***"));
        // Malformed strings still give up their secrets for scrubbing.
        const QString broken = QStringLiteral("host=x password=hunter22 port=");
        QVERIFY(connInfoSecrets(broken).contains(QStringLiteral("hunter22")));

        // Startup parameters: the user's options kept, read-only added, the
        // typed password after the string (it wins), app name as a fallback.
        const ConnectParams p = buildConnectParams(QStringLiteral("host=h options='-c search_path=app'"), "typed", 1500, true);
        const qsizetype opt = p.keywords.indexOf("options");
        QVERIFY(opt > p.keywords.indexOf("dbname"));
        QCOMPARE(p.values.at(opt), QByteArray("-c search_path=app -c default_transaction_read_only=on -c statement_timeout=1500"));
        QVERIFY(p.keywords.indexOf("password") > p.keywords.indexOf("dbname"));
        QVERIFY(p.keywords.indexOf("fallback_application_name") < p.keywords.indexOf("dbname"));
    }

    void identifierQuoting()
    {
        MonitoringSession s;
        DbError e;
        QVERIFY2(s.open(options(), &e), qPrintable(e.message));
        for (const QString &name : {QStringLiteral("plain"), QStringLiteral("events\"; DROP TABLE x; --"),
                                    QStringLiteral("Mixed Case"), QStringLiteral("état"), QStringLiteral("{C}")})
            QCOMPARE(quoteIdentifier(s.nativeHandle(), name), quoteIdentifierOffline(name));

        QualifiedName q;
        QString why;
        QVERIFY(parseQualifiedName(QStringLiteral("app_monitoring_events"), &q, &why));
        QCOMPARE(q.schema, QString());
        QVERIFY(parseQualifiedName(QStringLiteral("monitoring.events"), &q, &why));
        QCOMPARE(q.schema, QStringLiteral("monitoring"));
        QCOMPARE(q.name, QStringLiteral("events"));
        QVERIFY(parseQualifiedName(QStringLiteral("\"odd schema\".\"my.table\"\"x\""), &q, &why));
        QCOMPARE(q.schema, QStringLiteral("odd schema"));
        QCOMPARE(q.name, QStringLiteral("my.table\"x"));
        QVERIFY(parseQualifiedName(QStringLiteral("events\"; DROP TABLE x; --"), &q, &why));
        QCOMPARE(q.name, QStringLiteral("events\"; DROP TABLE x; --"));
        QVERIFY(!parseQualifiedName(QStringLiteral("a.b.c"), &q, &why));
        QVERIFY(!parseQualifiedName(QStringLiteral("\"unbalanced"), &q, &why));
        QVERIFY(!parseQualifiedName(QStringLiteral("a."), &q, &why));

        // The index DDL for a DBA quotes the same way and is never run.
        DbSchema schema;
        schema.table = QStringLiteral("\"odd schema\".events");
        const QStringList ddl = suggestedIndexDdl(schema);
        QCOMPARE(ddl.size(), 2);
        QVERIFY2(ddl.first().contains(QLatin1String("ON \"odd schema\".\"events\" USING brin (\"created_at\")")),
                 qPrintable(ddl.first()));
    }
};

QTEST_GUILESS_MAIN(TestDbSession)
#include "tst_db_session.moc"
