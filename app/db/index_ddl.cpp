// Index DDL a DBA may run on a large monitoring table; Palier only prints it
// (`palier db index-ddl`), never runs it.
#include "db/monitoring_sql.h"

#include "db/db_schema.h"

namespace palier {

QStringList suggestedIndexDdl(const DbSchema &schema)
{
    QualifiedName qn;
    QString error;
    if (!parseQualifiedName(schema.table, &qn, &error))
        return {};
    const QString table = qn.schema.isEmpty()
        ? quoteIdentifierOffline(qn.name)
        : quoteIdentifierOffline(qn.schema) + u'.' + quoteIdentifierOffline(qn.name);
    // Index names: derived from the table name, kept to PostgreSQL's 63 bytes.
    auto indexName = [&](const QString &suffix) {
        QString base = qn.name;
        while ((base + suffix).toUtf8().size() > 63)
            base.chop(1);
        return quoteIdentifierOffline(base + suffix);
    };
    const QString created = quoteIdentifierOffline(schema.createdAt);
    return {
        QStringLiteral("-- Lets every view read only its window (7 days, 48 hours) instead of the whole table;\n"
                       "-- tiny, and cheap to maintain on an append-only log whose rows arrive in time order.\n")
            + QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS %1 ON %2 USING brin (%3);")
                  .arg(indexName(QStringLiteral("_created_at_brin")), table, created),
        QStringLiteral("-- The same with a B-tree, for tables whose rows are not stored in time order\n"
                       "-- (updates, bulk back-fills); larger than BRIN.\n")
            + QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS %1 ON %2 (%3);")
                  .arg(indexName(QStringLiteral("_created_at_idx")), table, created),
    };
}

} // namespace palier
