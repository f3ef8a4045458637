// Database connections the user saved, in QSettings — never with a password
// (the password goes to the system keychain, keyed by secretKey()).
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace palier::ui {

struct SavedConnection {
    Q_DECLARE_TR_FUNCTIONS(palier::ui::SavedConnection)
public:
    QString name;        // what the user calls it; unique
    // Either a URI / keyword string as libpq takes it, or a service name, or the fields.
    QString uri;         // "postgresql://reader@db.example/app" (password removed before saving)
    QString service;     // pg_service.conf entry
    QString host;
    int port = 0;        // 0: libpq's default
    QString database;
    QString user;
    QString sslmode;     // empty: libpq's default (prefer)
    QString table;       // empty: app_monitoring_events
    bool rememberPassword = true;   // keep it in the keychain once it worked

    // The libpq connection string, without any password.
    QString conninfo() const;
    // One line for people: "reader@db.example:5432/app", "service=prod".
    QString summary() const;
    QString secretKey() const { return QStringLiteral("db:") + name; }
    bool operator==(const SavedConnection &) const = default;

    // libpq keyword/value quoting: 'it''s' → value in single quotes, \ and ' escaped.
    static QString quoteValue(const QString &value);
    // A URI or keyword/value string with its password removed (it must not reach
    // the settings file); *hadPassword tells whether there was one.
    static QString withoutPassword(const QString &conninfo, bool *hadPassword = nullptr);
};

struct SavedConnections {
    static QList<SavedConnection> load();
    static void save(const QList<SavedConnection> &connections);
    static QString lastUsed();
    static void setLastUsed(const QString &name);
};

} // namespace palier::ui
