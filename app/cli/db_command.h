// `palier db summary|hourly|decision|index-ddl …` (docs/db.md): the seed's
// monitoring views of a live PostgreSQL table, headless.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace palier {

// args: what follows "db" on the command line ("summary --db … --days 7").
// Results go to `out` (or --out FILE, atomically), one-line errors to `err`.
// Returns 0, 1 (--fail-on gate), 2 (bad usage, unreadable profile, unknown
// time zone) or 3 (database unreachable, table unusable, query failed).
int runDbCommand(const QStringList &args, QTextStream &out, QTextStream &err);

// The usage text of `palier db`.
QString dbUsageText();

} // namespace palier
