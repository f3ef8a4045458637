#include "db/monitoring_session.h"

#include "db/pg_conninfo.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <libpq-fe.h>

#include <vector>

namespace palier {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("palier::Db", s); }

DbError makeError(DbError::Kind kind, const QString &message, const QString &sqlState = {})
{
    DbError e;
    e.kind = kind;
    e.message = message;
    e.sqlState = sqlState;
    return e;
}

bool looksLikeAuthFailure(const QString &msg)
{
    return msg.contains(QLatin1String("password authentication failed"))
        || msg.contains(QLatin1String("authentication failed"))
        || msg.contains(QLatin1String("no password supplied"))
        || msg.contains(QLatin1String("password is required"))
        || msg.contains(QLatin1String("pg_hba.conf"));
}

std::optional<int> optInt(const std::optional<QString> &v)
{
    if (!v)
        return std::nullopt;
    return v->toInt();
}

qint64 toCount(const std::optional<QString> &v) { return v ? v->toLongLong() : 0; }

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

PgCancelHandle::PgCancelHandle(PGcancel *cancel) : m_cancel(cancel) { }

PgCancelHandle::~PgCancelHandle()
{
    if (m_cancel)
        PQfreeCancel(m_cancel);
}

bool PgCancelHandle::cancel(QString *error)
{
    m_requested.store(true);
    if (!m_cancel) {
        if (error)
            *error = tr("no connection to cancel");
        return false;
    }
    char buf[256] = {};
    if (!PQcancel(m_cancel, buf, int(sizeof buf))) {
        if (error)
            *error = oneLine(QString::fromUtf8(buf));
        return false;
    }
    return true;
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

DbError MonitoringSession::connectionError() const
{
    const QString msg = m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)) : tr("not connected");
    return makeError(DbError::Kind::ConnectionLost,
                     tr("connection to the server lost: %1").arg(scrubSecrets(oneLine(msg), m_secrets)));
}

DbError MonitoringSession::resultError(void *resultPtr) const
{
    auto *res = static_cast<PGresult *>(resultPtr);
    const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
    const char *primary = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
    const QString sqlState = state ? QString::fromLatin1(state) : QString();
    QString msg = primary ? QString::fromUtf8(primary) : QString::fromUtf8(PQresultErrorMessage(res));
    if (msg.trimmed().isEmpty() && m_conn)
        msg = QString::fromUtf8(PQerrorMessage(m_conn));
    msg = scrubSecrets(oneLine(msg), m_secrets);

    if (PQstatus(m_conn) == CONNECTION_BAD || sqlState.startsWith(QLatin1String("57P")))
        return makeError(DbError::Kind::ConnectionLost, tr("connection to the server lost: %1").arg(msg), sqlState);
    if (sqlState == u"57014") {
        if (m_cancel && m_cancel->requested())
            return makeError(DbError::Kind::Cancelled, tr("query cancelled"), sqlState);
        return makeError(DbError::Kind::Timeout,
                         tr("query stopped by the statement timeout (%1 ms)").arg(m_options.statementTimeoutMs),
                         sqlState);
    }
    if (sqlState == u"25006")
        return makeError(DbError::Kind::Query, tr("refused, the session is read-only: %1").arg(msg), sqlState);
    if (sqlState == u"42P01" || sqlState == u"42703" || sqlState == u"42501")
        return makeError(DbError::Kind::Schema, tr("query failed: %1").arg(msg), sqlState);
    return makeError(DbError::Kind::Query, tr("query failed: %1").arg(msg), sqlState);
}

bool MonitoringSession::query(const QString &sql, const QList<QByteArray> &params, const QList<unsigned int> &types,
                              PgRows *out, DbError *error)
{
    *out = PgRows();
    if (!m_conn) {
        *error = makeError(DbError::Kind::ConnectionLost, tr("not connected"));
        return false;
    }
    if (m_cancel)
        m_cancel->resetRequested();
    const QByteArray text = sql.toUtf8();
    std::vector<const char *> values;
    std::vector<Oid> oids;
    for (qsizetype i = 0; i < params.size(); ++i) {
        values.push_back(params.at(i).isNull() ? nullptr : params.at(i).constData());
        oids.push_back(i < types.size() ? Oid(types.at(i)) : Oid(0));
    }
    PGresult *res = PQexecParams(m_conn, text.constData(), int(params.size()), oids.data(), values.data(),
                                 nullptr, nullptr, 0);
    if (!res) {
        *error = connectionError();
        return false;
    }
    const ExecStatusType status = PQresultStatus(res);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        *error = resultError(res);
        PQclear(res);
        return false;
    }
    const int nfields = PQnfields(res);
    const int ntuples = PQntuples(res);
    for (int c = 0; c < nfields; ++c)
        out->columns.append(QString::fromUtf8(PQfname(res, c)));
    out->rows.reserve(ntuples);
    for (int r = 0; r < ntuples; ++r) {
        QList<std::optional<QString>> row;
        row.reserve(nfields);
        for (int c = 0; c < nfields; ++c) {
            if (PQgetisnull(res, r, c))
                row.append(std::nullopt);
            else
                row.append(QString::fromUtf8(PQgetvalue(res, r, c), PQgetlength(res, r, c)));
        }
        out->rows.append(row);
    }
    PQclear(res);
    return true;
}

bool MonitoringSession::fetch(const ViewRequest &request, MonitoringSnapshot *out, DbError *error)
{
    PgRows rows;
    if (!query(monitoringSql(m_table, request), monitoringParams(m_options.schema, request), monitoringParamTypes(),
               &rows, error))
        return false;
    MonitoringSnapshot snap;
    snap.timeZone = m_timeZone;
    snap.hours = request.hours;
    snap.summary.days = request.days;
    snap.hasSummary = request.summary;
    snap.hasHourly = request.hourly;
    for (const auto &r : rows.rows) {
        if (r.value(0).value_or(QString()) == u"0") {
            MonitoringSummary &s = snap.summary;
            s.totalEvents = toCount(r.value(4));
            s.activeSessions = toCount(r.value(5));
            s.searches = toCount(r.value(6));
            s.avgSearchMs = optInt(r.value(7));
            s.p95SearchMs = optInt(r.value(8));
            s.errorRatePct = r.value(9).value_or(QString());
            MonitoringDecision &d = snap.decision;
            d.p95SearchMs = s.p95SearchMs;
            d.errorRatePct = s.errorRatePct;
            d.hint = request.thresholds.decide(d.p95SearchMs, s.errorRate());
        } else {
            HourlyRow h;
            const qint64 epoch = r.value(2).value_or(QString()).toLongLong();
            const int offset = r.value(3).value_or(QString()).toInt();
            h.hourSlot = QDateTime::fromSecsSinceEpoch(epoch, QTimeZone(offset));
            h.searches = toCount(r.value(6));
            h.p95SearchMs = optInt(r.value(8));
            h.errors = toCount(r.value(10));
            snap.hourly.append(h);
        }
    }
    snap.fetchedAt = QDateTime::currentDateTime();
    *out = snap;
    return true;
}

} // namespace palier
