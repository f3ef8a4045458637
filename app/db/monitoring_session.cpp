// Opening a session: connecting (with and without startup options), making
// the session read-only and bounded, and checking the monitoring table and its
// columns. Running statements is in monitoring_session_query.cpp, reading the
// views' rows in monitoring_session_fetch.cpp.
#include "db/monitoring_session.h"

#include "db/pg_conninfo.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <libpq-fe.h>

#include <vector>

namespace palier {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("palier::Db", s); }

bool looksLikeAuthFailure(const QString &msg)
{
    return msg.contains(QLatin1String("password authentication failed"))
        || msg.contains(QLatin1String("authentication failed"))
        || msg.contains(QLatin1String("no password supplied"))
        || msg.contains(QLatin1String("password is required"))
        || msg.contains(QLatin1String("pg_hba.conf"));
}

} // namespace

QString effectiveTimeZone(const QString &requested)
{
    if (!requested.trimmed().isEmpty())
        return requested.trimmed();
    QString tz = qEnvironmentVariable("TZ").trimmed();
    if (tz.startsWith(u':'))   // glibc's ":Europe/Paris" form
        tz = tz.mid(1);
    if (tz.startsWith(u'/')) {  // a path into a zoneinfo tree
        const qsizetype at = tz.indexOf(QLatin1String("zoneinfo/"));
        tz = at >= 0 ? tz.mid(at + 9) : QString();
    }
    if (tz.isEmpty())
        tz = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (tz.isEmpty())
        tz = QStringLiteral("UTC");
    return tz;
}

MonitoringSession::MonitoringSession() = default;

MonitoringSession::~MonitoringSession() { close(); }

void MonitoringSession::close()
{
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
    m_cancel.reset();
}

bool MonitoringSession::isOpen() const { return m_conn && PQstatus(m_conn) == CONNECTION_OK; }

bool MonitoringSession::isBroken() const { return !m_conn || PQstatus(m_conn) == CONNECTION_BAD; }

int MonitoringSession::backendPid() const { return m_conn ? PQbackendPID(m_conn) : 0; }

int MonitoringSession::serverVersion() const { return m_conn ? PQserverVersion(m_conn) : 0; }

QString MonitoringSession::redactedConnInfo() const { return redactConnInfo(m_options.conninfo); }

bool MonitoringSession::open(const ConnectionOptions &options, DbError *error)
{
    close();
    m_options = options;
    ensureLibpqEnvironmentDefaults();

    m_secrets = connInfoSecrets(options.conninfo);
    if (!options.password.isEmpty())
        m_secrets.prepend(QString::fromUtf8(options.password));
    if (const QString envPw = qEnvironmentVariable("PGPASSWORD"); !envPw.isEmpty())
        m_secrets.append(envPw);

    if (const QString why = connInfoError(options.conninfo); !why.isEmpty()) {
        *error = makeError(DbError::Kind::BadConnInfo, tr("invalid connection string: %1").arg(why));
        return false;
    }

    for (bool withOptions : {true, false}) {
        const ConnectParams p = buildConnectParams(options.conninfo, options.password,
                                                   options.statementTimeoutMs, withOptions);
        std::vector<const char *> keys, values;
        for (qsizetype i = 0; i < p.keywords.size(); ++i) {
            keys.push_back(p.keywords.at(i).constData());
            values.push_back(p.values.at(i).constData());
        }
        keys.push_back(nullptr);
        values.push_back(nullptr);
        m_conn = PQconnectdbParams(keys.data(), values.data(), 1);
        if (m_conn && PQstatus(m_conn) == CONNECTION_OK)
            break;
        const QString msg = m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)) : tr("out of memory");
        close();
        // Connection poolers (PgBouncer) may refuse startup options: the same
        // settings are applied with SET below, so try once without them.
        if (withOptions && msg.contains(QLatin1String("unsupported startup parameter")))
            continue;
        const QString line = scrubSecrets(oneLine(msg), m_secrets);
        *error = makeError(looksLikeAuthFailure(msg) ? DbError::Kind::Authentication : DbError::Kind::Unreachable,
                           tr("cannot connect: %1").arg(line));
        return false;
    }

    if (!setUpSession(error) || !resolveTable(error)) {
        close();
        return false;
    }
    m_cancel = std::make_shared<PgCancelHandle>(PQgetCancel(m_conn));
    return true;
}

bool MonitoringSession::setUpSession(DbError *error)
{
    // The time zone first and alone, so that a zone PostgreSQL does not know is
    // reported as such (bad usage), not as a failed query.
    m_timeZone = effectiveTimeZone(m_options.timeZone);
    PgRows rows;
    if (!query(QStringLiteral("SELECT pg_catalog.set_config('TimeZone', $1, false)"),
               {m_timeZone.toUtf8()}, {25u}, &rows, error)) {
        if (error->sqlState == u"22023") {
            error->kind = DbError::Kind::BadTimeZone;
            error->message = tr("unknown time zone '%1' (PostgreSQL: %2)").arg(m_timeZone, error->message);
        }
        return false;
    }
    // Read-only and bounded, whatever the startup options did; ISO dates; hash
    // tables of the requested size (hash_mem_multiplier exists since 13).
    if (!query(QStringLiteral(
                   "SELECT pg_catalog.set_config('default_transaction_read_only', 'on', false),"
                   " pg_catalog.set_config('statement_timeout', $1, false),"
                   " pg_catalog.set_config('DateStyle', 'ISO, YMD', false),"
                   " CASE WHEN $2 <> '' AND pg_catalog.current_setting('hash_mem_multiplier', true) IS NOT NULL"
                   "  THEN pg_catalog.set_config('hash_mem_multiplier', least(1000, greatest("
                   "    pg_catalog.current_setting('hash_mem_multiplier')::float8,"
                   "    pg_catalog.pg_size_bytes($2)::float8"
                   "      / pg_catalog.pg_size_bytes(pg_catalog.current_setting('work_mem'))))::text, false) END"),
               {QByteArray::number(m_options.statementTimeoutMs), m_options.hashMem.toUtf8()}, {25u, 25u},
               &rows, error))
        return false;
    if (rows.rows.isEmpty() || rows.rows.first().value(0).value_or(QString()) != u"on") {
        *error = makeError(DbError::Kind::Query, tr("the session could not be made read-only"));
        return false;
    }
    return true;
}

bool MonitoringSession::resolveTable(DbError *error)
{
    const DbSchema &schema = m_options.schema;
    QualifiedName qn;
    QString why;
    if (!parseQualifiedName(schema.table, &qn, &why)) {
        *error = makeError(DbError::Kind::Schema, why);
        return false;
    }
    PgRows rows;
    if (!query(QStringLiteral(
                   "SELECT c.oid::text, n.nspname::text, c.relname::text"
                   " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                   " WHERE c.relname = $2 AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"
                   "   AND CASE WHEN $1 IS NULL THEN pg_catalog.pg_table_is_visible(c.oid) ELSE n.nspname = $1 END"),
               {qn.schema.isEmpty() ? QByteArray() : qn.schema.toUtf8(), qn.name.toUtf8()}, {25u, 25u}, &rows, error))
        return false;
    if (rows.rows.isEmpty()) {
        *error = makeError(DbError::Kind::Schema,
                           qn.schema.isEmpty()
                               ? tr("table %1 not found on the search_path of the database").arg(qn.display())
                               : tr("table %1 not found").arg(qn.display()));
        return false;
    }
    const QString oid = rows.rows.first().value(0).value_or(QString());
    const QString nsp = rows.rows.first().value(1).value_or(QString());
    const QString rel = rows.rows.first().value(2).value_or(QString());
    const QString display = QualifiedName {nsp, rel}.display();

    if (!query(QStringLiteral(
                   "SELECT a.attname::text,"
                   "       pg_catalog.format_type(CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE a.atttypid END, NULL),"
                   "       pg_catalog.has_column_privilege(a.attrelid, a.attnum, 'SELECT')"
                   " FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid"
                   " WHERE a.attrelid = $1::oid AND a.attnum > 0 AND NOT a.attisdropped"),
               {oid.toUtf8()}, {25u}, &rows, error))
        return false;
    QHash<QString, QPair<QString, bool>> columns;   // name -> (base type, readable)
    for (const auto &r : rows.rows)
        columns.insert(r.value(0).value_or(QString()),
                       {r.value(1).value_or(QString()), r.value(2).value_or(QString()) == u"t"});

    QStringList missing, unreadable;
    for (const QString &role : DbSchema::columnRoles()) {
        const QString name = schema.column(role);
        if (!columns.contains(name))
            missing.append(role == name ? tr("\"%1\"").arg(name) : tr("\"%1\" (%2)").arg(name, role));
        else if (!columns.value(name).second)
            unreadable.append(name);
    }
    if (!missing.isEmpty()) {
        *error = makeError(DbError::Kind::Schema,
                           tr("table %1 has no column %2; name the right ones with --column ROLE=NAME")
                               .arg(display, missing.join(QStringLiteral(", "))));
        return false;
    }
    if (!unreadable.isEmpty()) {
        *error = makeError(DbError::Kind::Schema, tr("permission denied: this role cannot read column %1 of %2")
                                                      .arg(unreadable.join(QStringLiteral(", ")), display));
        return false;
    }

    ResolvedTable t;
    t.display = display;
    t.serverVersion = PQserverVersion(m_conn);
    const QString durType = columns.value(schema.durationMs).first;
    if (durType == u"smallint" || durType == u"integer" || durType == u"bigint")
        t.durationKind = DurationKind::Integer;
    else if (durType == u"numeric")
        t.durationKind = DurationKind::Numeric;
    else if (durType == u"real" || durType == u"double precision")
        t.durationKind = DurationKind::Float;
    else {
        *error = makeError(DbError::Kind::Schema, tr("column %1 of %2 is %3, not a number of milliseconds")
                                                      .arg(schema.durationMs, display, durType));
        return false;
    }
    const QString tsType = columns.value(schema.createdAt).first;
    if (tsType == u"timestamp with time zone")
        t.createdAtHasTimeZone = true;
    else if (tsType == u"timestamp without time zone")
        t.createdAtHasTimeZone = false;
    else {
        *error = makeError(DbError::Kind::Schema, tr("column %1 of %2 is %3, not a timestamp")
                                                      .arg(schema.createdAt, display, tsType));
        return false;
    }

    QString quoteError;
    auto q = [&](const QString &name) {
        const QString s = quoteIdentifier(m_conn, name, &quoteError);
        return s;
    };
    t.tableSql = q(nsp) + u'.' + q(rel);
    t.sessionIdSql = q(schema.sessionId);
    t.eventTypeSql = q(schema.eventType);
    t.statusSql = q(schema.status);
    t.durationSql = q(schema.durationMs);
    t.createdAtSql = q(schema.createdAt);
    if (!quoteError.isEmpty()) {
        *error = makeError(DbError::Kind::Schema, tr("cannot quote a name: %1").arg(quoteError));
        return false;
    }
    m_table = t;
    return true;
}

} // namespace palier
