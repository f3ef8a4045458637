#include "db/db_schema.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace palier {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("palier::Db", s); }
} // namespace

QStringList DbSchema::columnRoles()
{
    return {QStringLiteral("session_id"), QStringLiteral("event_type"), QStringLiteral("status"),
            QStringLiteral("duration_ms"), QStringLiteral("created_at")};
}

QString DbSchema::column(const QString &role) const
{
    if (role == u"session_id") return sessionId;
    if (role == u"event_type") return eventType;
    if (role == u"status") return status;
    if (role == u"duration_ms") return durationMs;
    if (role == u"created_at") return createdAt;
    return {};
}

bool DbSchema::setColumn(const QString &role, const QString &name)
{
    if (name.isEmpty())
        return false;
    if (role == u"session_id") sessionId = name;
    else if (role == u"event_type") eventType = name;
    else if (role == u"status") status = name;
    else if (role == u"duration_ms") durationMs = name;
    else if (role == u"created_at") createdAt = name;
    else return false;
    return true;
}

bool parseQualifiedName(const QString &text, QualifiedName *out, QString *error)
{
    // Split on dots outside double quotes; a quoted part keeps its case and
    // characters ("" is a quote), an unquoted part is taken literally (no case
    // folding: Palier names are exact, as PQescapeIdentifier will quote them).
    QStringList parts;
    QString current;
    bool quoted = false, wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    current += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current += c;
            }
        } else if (c == u'"' && current.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == u'.' && (wasQuoted || !current.isEmpty())) {
            parts.append(current);
            current.clear();
            wasQuoted = false;
        } else if (wasQuoted) {
            *error = tr("table name %1: unexpected character after a closing double quote").arg(text);
            return false;
        } else {
            current += c;
        }
    }
    if (quoted) {
        *error = tr("table name %1: unbalanced double quote").arg(text);
        return false;
    }
    parts.append(current);
    if (parts.size() > 2) {
        // A literal name with dots must be quoted; more than schema.table is
        // a database-qualified name PostgreSQL would refuse anyway.
        *error = tr("table name %1: expected TABLE or SCHEMA.TABLE (quote names that contain a dot)").arg(text);
        return false;
    }
    for (const QString &p : parts) {
        if (p.isEmpty()) {
            *error = tr("table name %1: empty name").arg(text);
            return false;
        }
    }
    out->schema = parts.size() == 2 ? parts.at(0) : QString();
    out->name = parts.last();
    return true;
}

QString QualifiedName::display() const
{
    auto part = [](const QString &p) {
        bool plain = !p.isEmpty() && !p.at(0).isDigit();
        for (QChar c : p)
            if (!(c.isLower() || c.isDigit() || c == u'_'))
                plain = false;
        return plain ? p : quoteIdentifierOffline(p);
    };
    return schema.isEmpty() ? part(name) : part(schema) + u'.' + part(name);
}

QString quoteIdentifier(PGconn *conn, const QString &name, QString *error)
{
    const QByteArray utf8 = name.toUtf8();
    char *quoted = PQescapeIdentifier(conn, utf8.constData(), size_t(utf8.size()));
    if (!quoted) {
        if (error)
            *error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        return {};
    }
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

QString quoteIdentifierOffline(const QString &name)
{
    QString out = QStringLiteral("\"");
    for (QChar c : name) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
    return out;
}

} // namespace palier
