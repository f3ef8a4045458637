// libpq connection strings: checking them, showing them without secrets, and
// the defaults Palier adds (timeout, application name, read-only session).
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace palier {

// Empty when libpq accepts `conninfo` (key=value string, postgresql:// URI, or
// a bare database name); else libpq's reason, one line, secrets removed.
QString connInfoError(const QString &conninfo);

// The options set in `conninfo`, as libpq parsed them, in libpq's order.
// Empty when it does not parse.
QList<QPair<QString, QString>> connInfoOptions(const QString &conninfo);

// `conninfo` as key=value pairs with password and sslpassword removed, for
// display and logs. "(invalid connection string)" when it does not parse.
QString redactConnInfo(const QString &conninfo);

// Every secret a connection string may carry (password, sslpassword, the
// password of a URI's user:password@, raw and percent-decoded), found even in
// strings libpq rejects, so that error messages can be scrubbed.
QStringList connInfoSecrets(const QString &conninfo);

// `text` with every secret of at least 3 characters replaced by "***".
QString scrubSecrets(QString text, const QStringList &secrets);

// A libpq message (possibly several lines, tab-indented hints) as one line.
QString oneLine(const QString &message);

// Sets process-wide libpq defaults that users may still override: the
// connection timeout (PGCONNECT_TIMEOUT, 10 s) when not already set in the
// environment. As an environment default it ranks below the connection string
// and the service file, exactly where a default belongs. Idempotent; call it
// early (before threads use libpq), e.g. from main() or the first connect.
void ensureLibpqEnvironmentDefaults();

// What Palier adds to every connection (keyword/value pairs for
// PQconnectdbParams, see buildConnectParams()).
struct ConnectParams {
    QList<QByteArray> keywords;
    QList<QByteArray> values;   // same length; owned copies
};

// keywords/values for PQconnectdbParams(expand_dbname = 1):
//  before the user's string (so it can override them): keepalives, and
//    fallback_application_name=palier (application_name in the string wins);
//  the user's string as dbname (expanded by libpq: URI, key=value, service=…);
//  after it (Palier's own, not overridable): client_encoding=UTF8, options with
//    the user's own options plus read-only and the statement timeout (when
//    withOptions), and the separately typed password when not empty.
ConnectParams buildConnectParams(const QString &conninfo, const QByteArray &password,
                                 int statementTimeoutMs, bool withOptions);

} // namespace palier
