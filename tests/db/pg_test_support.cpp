#include "pg_test_support.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <libpq-fe.h>

namespace palier::test {

bool PgCluster::load(QString *error)
{
    const QString path = qEnvironmentVariable("PALIER_PG_STATE");
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("PALIER_PG_STATE (%1) is not readable: run the tests through ctest, whose "
                                "fixture db_cluster_start starts the PostgreSQL cluster").arg(path);
        return false;
    }
    for (const QByteArray &line : f.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QString key = QString::fromUtf8(line.left(eq));
        const QString value = QString::fromUtf8(line.mid(eq + 1)).trimmed();
        if (key == u"PALIER_PG_HOST") host = value;
        else if (key == u"PALIER_PG_PORT") port = value;
        else if (key == u"PALIER_PG_ADMIN_USER") adminUser = value;
        else if (key == u"PALIER_PG_ADMIN_PASSWORD") adminPassword = value;
        else if (key == u"PALIER_PG_USER") user = value;
        else if (key == u"PALIER_PG_PASSWORD") password = value;
    }
    if (host.isEmpty() || port.isEmpty() || user.isEmpty()) {
        *error = QStringLiteral("%1: incomplete cluster description").arg(path);
        return false;
    }
    return true;
}

QString PgCluster::conninfo(const QString &db, bool withPassword) const
{
    QString s = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4").arg(host, port, db, user);
    if (withPassword)
        s += QStringLiteral(" password=%1").arg(password);
    return s;
}

QString PgCluster::adminConninfo(const QString &db) const
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 password=%5 application_name=palier-test-admin")
        .arg(host, port, db, adminUser, adminPassword);
}

PgAdmin::PgAdmin(const PgCluster &cluster, const QString &db)
{
    m_conn = PQconnectdb(cluster.adminConninfo(db).toUtf8().constData());
    if (PQstatus(m_conn) != CONNECTION_OK)
        m_error = QString::fromUtf8(PQerrorMessage(m_conn));
}

PgAdmin::~PgAdmin()
{
    if (m_conn)
        PQfinish(m_conn);
}

bool PgAdmin::ok() const { return m_conn && PQstatus(m_conn) == CONNECTION_OK; }

bool PgAdmin::exec(const QString &sql)
{
    PGresult *res = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType st = PQresultStatus(res);
    const bool good = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;
    if (!good)
        m_error = QString::fromUtf8(PQresultErrorMessage(res));
    PQclear(res);
    return good;
}

QString PgAdmin::scalar(const QString &sql)
{
    PGresult *res = PQexec(m_conn, sql.toUtf8().constData());
    QString out;
    if (PQresultStatus(res) == PGRES_TUPLES_OK) {
        if (PQntuples(res) > 0 && PQnfields(res) > 0)
            out = QString::fromUtf8(PQgetvalue(res, 0, 0));
    } else {
        m_error = QString::fromUtf8(PQresultErrorMessage(res));
    }
    PQclear(res);
    return out;
}

bool recreateDatabase(const PgCluster &cluster, const QString &name, QString *error)
{
    PgAdmin admin(cluster);
    if (!admin.ok()) {
        *error = admin.lastError();
        return false;
    }
    if (!admin.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name))
        || !admin.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name))) {
        *error = admin.lastError();
        return false;
    }
    return true;
}

QString eventsTableSql(const QString &tableSql, const QString &durationType, int events, const QStringList &columns,
                       const QString &grantTo)
{
    // Bounds of the windows the tests ask for (seconds before now), and one
    // hour either side of the day-based ones (DST days are 23 or 25 hours).
    const QString gaps = QStringLiteral(
        "18000, 82800, 86400, 90000, 172800, 255600, 259200, 262800, 601200, 604800, 608400, 720000");
    QString value;
    const QString t = durationType.toLower();
    if (t.contains(u"numeric"))
        value = QStringLiteral("round(50 + (hh.h4 % 600000) / 100.0, 2)");
    else if (t.contains(u"double") || t.contains(u"real") || t.contains(u"float"))
        value = QStringLiteral("(50 + (hh.h4 % 24000) / 4.0)");        // quarters: exact in binary
    else
        value = QStringLiteral("(50 + hh.h4 % 6000)");
    QString createdType = QStringLiteral("timestamptz");
    QString createdValue = QStringLiteral("now() - make_interval(secs => a.age)");
    if (columns.size() > 5 && columns.at(5) == u"timestamp") {
        createdType = QStringLiteral("timestamp");
        createdValue = QStringLiteral("(now() - make_interval(secs => a.age))::timestamp");
    }
    return QStringLiteral(R"SQL(
DROP TABLE IF EXISTS %1;
CREATE TABLE %1 (
    id bigserial PRIMARY KEY,
    %6 %8 NOT NULL,
    %2 text,
    %3 text,
    %4 text,
    %5 %7,
    payload jsonb,
    note text DEFAULT 'extra column'
);
INSERT INTO %1 (%6, %2, %3, %4, %5, payload)
SELECT %9,
       CASE WHEN g %% 41 = 0 THEN NULL ELSE 'sess-' || (g / 6) END,
       CASE WHEN a.age BETWEEN 108000 AND 118800 THEN 'session_start'       -- hours with no key event
            ELSE (ARRAY['athlete_search', 'athlete_search', 'athlete_search', 'athlete_search',
                        'session_start', 'db_results_lookup', NULL, 'ffa_scrape', 'wa_scrape',
                        'plotly_chart_call'])[1 + hh.h2 %% 10] END,
       CASE WHEN hh.h3 %% 20 < 2 THEN 'error' WHEN hh.h3 %% 20 = 2 THEN 'timeout'
            WHEN hh.h3 %% 20 = 3 THEN NULL ELSE 'ok' END,
       CASE WHEN hh.h4 %% 9 = 0 THEN NULL ELSE (%10)::%7 END,
       CASE WHEN g %% 5 = 0 THEN '{"k": 1}'::jsonb END
FROM generate_series(1, %11) AS g
CROSS JOIN LATERAL (SELECT abs(hashint4(g)) AS h1, abs(hashint4(g + 100000)) AS h2,
                           abs(hashint4(g + 200000)) AS h3, abs(hashint4(g + 300000)) AS h4) AS hh
CROSS JOIN LATERAL (SELECT 60 + (hh.h1 %% (9 * 86400 - 120)) + (hh.h2 %% 1000) / 1000.0 AS age) AS a
WHERE NOT EXISTS (SELECT 1 FROM unnest(ARRAY[%12]) AS b(bound) WHERE abs(a.age - b.bound) < 1200);
GRANT SELECT ON %1 TO %13;
)SQL")
        .replace(QStringLiteral("%%"), QStringLiteral("%"))
        .arg(tableSql, columns.value(0), columns.value(1), columns.value(2), columns.value(3), columns.value(4),
             durationType, createdType, createdValue)
        .arg(value, QString::number(events), gaps, grantTo);
}

bool setUpEventsDatabase(PgCluster *cluster, const QString &db, int events, QString *error)
{
    if (!cluster->load(error) || !recreateDatabase(*cluster, db, error))
        return false;
    PgAdmin admin(*cluster, db);
    if (!admin.ok()
        || !admin.exec(eventsTableSql(QStringLiteral("app_monitoring_events"), QStringLiteral("integer"), events))) {
        *error = admin.lastError();
        return false;
    }
    return true;
}

bool waitForLockWait(PgAdmin &admin, int pid, int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        if (admin.scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1 AND wait_event_type = 'Lock'")
                             .arg(pid)) == u"1")
            return true;
        QThread::msleep(20);
    }
    return false;
}

int waitForLockWaitByApp(PgAdmin &admin, const QString &app, int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        const QString pid = admin.scalar(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE application_name = '%1' "
                                                        "AND datname = current_database() AND wait_event_type = 'Lock' LIMIT 1").arg(app));
        if (!pid.isEmpty())
            return pid.toInt();
        QThread::msleep(20);
    }
    return 0;
}

QString pgTimestampToIso(const QString &pg)
{
    QString s = pg;
    s.replace(u' ', u'T');
    // The offset: "+05:30" stays, "+01" becomes "+01:00".
    const qsizetype sign = std::max(s.lastIndexOf(u'+'), s.lastIndexOf(u'-'));
    if (sign > 10 && s.size() - sign == 3)
        s += QStringLiteral(":00");
    return s;
}

} // namespace palier::test
