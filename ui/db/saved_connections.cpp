#include "db/saved_connections.h"

#include <QRegularExpression>
#include <QSettings>
#include <QUrl>
#include <QUrlQuery>

namespace palier::ui {

QString SavedConnection::quoteValue(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString SavedConnection::withoutPassword(const QString &conninfo, bool *hadPassword)
{
    bool had = false;
    QString out = conninfo.trimmed();
    if (out.startsWith(QLatin1String("postgresql://")) || out.startsWith(QLatin1String("postgres://"))) {
        QUrl url(out, QUrl::TolerantMode);
        if (url.isValid()) {
            if (!url.password().isEmpty()) {
                had = true;
                url.setPassword(QString());
            }
            QUrlQuery query(url);
            if (query.hasQueryItem(QStringLiteral("password"))) {
                had = true;
                query.removeAllQueryItems(QStringLiteral("password"));
                url.setQuery(query);
            }
            out = url.toString(QUrl::FullyEncoded);
        }
    } else {
        // keyword = value, value optionally single-quoted with \' and \\ escapes.
        static const QRegularExpression password(
            QStringLiteral("(^|\\s)password\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|\\S*)"));
        if (out.contains(password)) {
            had = true;
            out.replace(password, QStringLiteral("\\1"));
            out = out.simplified();
        }
    }
    if (hadPassword)
        *hadPassword = had;
    return out;
}

QString SavedConnection::conninfo() const
{
    if (!uri.trimmed().isEmpty())
        return withoutPassword(uri);
    QStringList parts;
    auto add = [&](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty())
            parts << QLatin1String(key) + QLatin1Char('=') + quoteValue(value.trimmed());
    };
    add("service", service);
    add("host", host);
    if (port > 0)
        add("port", QString::number(port));
    add("dbname", database);
    add("user", user);
    add("sslmode", sslmode);
    return parts.join(QLatin1Char(' '));
}

QString SavedConnection::summary() const
{
    if (!uri.trimmed().isEmpty())
        return withoutPassword(uri);
    if (!service.isEmpty() && host.isEmpty())
        return QStringLiteral("service=%1").arg(service);
    QString s;
    if (!user.isEmpty())
        s += user + QLatin1Char('@');
    s += host.isEmpty() ? tr("local socket") : host;
    if (port > 0)
        s += QLatin1Char(':') + QString::number(port);
    if (!database.isEmpty())
        s += QLatin1Char('/') + database;
    return s;
}

QList<SavedConnection> SavedConnections::load()
{
    QSettings settings;
    QList<SavedConnection> out;
    const int n = settings.beginReadArray(QStringLiteral("database/connections"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        SavedConnection c;
        c.name = settings.value(QStringLiteral("name")).toString();
        c.uri = settings.value(QStringLiteral("uri")).toString();
        c.service = settings.value(QStringLiteral("service")).toString();
        c.host = settings.value(QStringLiteral("host")).toString();
        c.port = settings.value(QStringLiteral("port"), 0).toInt();
        c.database = settings.value(QStringLiteral("database")).toString();
        c.user = settings.value(QStringLiteral("user")).toString();
        c.sslmode = settings.value(QStringLiteral("sslmode")).toString();
        c.table = settings.value(QStringLiteral("table")).toString();
        c.rememberPassword = settings.value(QStringLiteral("rememberPassword"), true).toBool();
        if (!c.name.isEmpty())
            out.append(c);
    }
    settings.endArray();
    return out;
}

void SavedConnections::save(const QList<SavedConnection> &connections)
{
    QSettings settings;
    settings.remove(QStringLiteral("database/connections"));
    settings.beginWriteArray(QStringLiteral("database/connections"), int(connections.size()));
    for (int i = 0; i < connections.size(); ++i) {
        const SavedConnection &c = connections.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), c.name);
        // Never a password in the settings file.
        settings.setValue(QStringLiteral("uri"), SavedConnection::withoutPassword(c.uri));
        settings.setValue(QStringLiteral("service"), c.service);
        settings.setValue(QStringLiteral("host"), c.host);
        settings.setValue(QStringLiteral("port"), c.port);
        settings.setValue(QStringLiteral("database"), c.database);
        settings.setValue(QStringLiteral("user"), c.user);
        settings.setValue(QStringLiteral("sslmode"), c.sslmode);
        settings.setValue(QStringLiteral("table"), c.table);
        settings.setValue(QStringLiteral("rememberPassword"), c.rememberPassword);
    }
    settings.endArray();
}

QString SavedConnections::lastUsed()
{
    return QSettings().value(QStringLiteral("database/lastUsed")).toString();
}

void SavedConnections::setLastUsed(const QString &name)
{
    QSettings().setValue(QStringLiteral("database/lastUsed"), name);
}

} // namespace palier::ui
