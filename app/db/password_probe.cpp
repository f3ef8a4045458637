#include "db/password_probe.h"

#include "db/pg_conninfo.h"

#include <libpq-fe.h>

#include <vector>

namespace palier {

PasswordNeed probePasswordNeed(const QString &conninfo, const QByteArray &password, QString *error)
{
    ensureLibpqEnvironmentDefaults();
    const ConnectParams p = buildConnectParams(conninfo, password, 0, false);
    std::vector<const char *> keys, values;
    for (qsizetype i = 0; i < p.keywords.size(); ++i) {
        keys.push_back(p.keywords.at(i).constData());
        values.push_back(p.values.at(i).constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    PGconn *conn = PQconnectdbParams(keys.data(), values.data(), 1);
    PasswordNeed need = PasswordNeed::OtherFailure;
    if (!conn) {
        if (error)
            *error = QStringLiteral("out of memory");
    } else if (PQstatus(conn) == CONNECTION_OK) {
        need = PasswordNeed::Connected;
    } else {
        if (PQconnectionNeedsPassword(conn))
            need = PasswordNeed::Needed;
        else if (!password.isEmpty() && PQconnectionUsedPassword(conn))
            need = PasswordNeed::Refused;
        if (error) {
            QStringList secrets = connInfoSecrets(conninfo);
            if (!password.isEmpty())
                secrets << QString::fromUtf8(password);
            *error = scrubSecrets(oneLine(QString::fromUtf8(PQerrorMessage(conn))), secrets);
        }
    }
    PQfinish(conn);
    return need;
}

} // namespace palier
