// Where the monitoring events live: table and column names (configurable, since
// not every application names them as the seed does) and the status values.
// Names are data, never SQL: they are always quoted (PQescapeIdentifier) and
// values are always passed as query parameters.
#pragma once

#include <QString>
#include <QStringList>

typedef struct pg_conn PGconn;

namespace palier {

struct DbSchema {
    // "app_monitoring_events", "monitoring.events" (schema-qualified), or with
    // double quotes for names holding a dot or quote: "\"my.table\"",
    // "\"odd\"\"name\"". Unqualified names are looked up on the search_path.
    QString table = QStringLiteral("app_monitoring_events");
    QString sessionId = QStringLiteral("session_id");
    QString eventType = QStringLiteral("event_type");
    QString status = QStringLiteral("status");
    QString durationMs = QStringLiteral("duration_ms");
    QString createdAt = QStringLiteral("created_at");
    QString okStatus = QStringLiteral("ok");
    QString errorStatus = QStringLiteral("error");

    // The roles, in the order above, as the CLI's --column names them.
    static QStringList columnRoles();   // session_id, event_type, status, duration_ms, created_at
    QString column(const QString &role) const;
    bool setColumn(const QString &role, const QString &name);
};

// A table reference split into schema (empty: search_path) and name, with
// double-quote syntax undone. Returns false with *error set when malformed
// (unbalanced quotes, empty part, more than one dot outside quotes).
struct QualifiedName {
    QString schema;
    QString name;
    QString display() const;   // schema.name with quotes where needed
};
bool parseQualifiedName(const QString &text, QualifiedName *out, QString *error);

// PQescapeIdentifier with the error turned into an exception-free empty
// result (and *error set): "name" with embedded quotes doubled.
QString quoteIdentifier(PGconn *conn, const QString &name, QString *error = nullptr);
// The same rule without a connection (for DDL shown to people): every name
// quoted, embedded double quotes doubled, exactly as PQescapeIdentifier does.
QString quoteIdentifierOffline(const QString &name);

} // namespace palier
