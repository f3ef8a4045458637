// Running statements in a session: parameters in, rows out as text, and a
// failure told by kind (lost connection, timeout, cancel, schema, …) with the
// passwords scrubbed; cancelling from another thread.
#include "db/monitoring_session.h"

#include "db/pg_conninfo.h"

#include <QCoreApplication>

#include <libpq-fe.h>

#include <vector>

namespace palier {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("palier::Db", s); }

} // namespace

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

PGresult *MonitoringSession::execParams(const QString &sql, const QList<QByteArray> &params,
                                       const QList<unsigned int> &types, int resultFormat, DbError *error)
{
    if (!m_conn) {
        *error = makeError(DbError::Kind::ConnectionLost, tr("not connected"));
        return nullptr;
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
                                 nullptr, nullptr, resultFormat);
    if (!res) {
        *error = connectionError();
        return nullptr;
    }
    const ExecStatusType status = PQresultStatus(res);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        *error = resultError(res);
        PQclear(res);
        return nullptr;
    }
    return res;
}

bool MonitoringSession::query(const QString &sql, const QList<QByteArray> &params, const QList<unsigned int> &types,
                              PgRows *out, DbError *error)
{
    *out = PgRows();
    PGresult *res = execParams(sql, params, types, 0, error);
    if (!res)
        return false;
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

} // namespace palier
