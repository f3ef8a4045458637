// The files Locust writes with --csv PREFIX, recognised by their header (first
// line) rather than their name: people rename them (a stats.csv saved as
// _requests.csv), and other tools write CSVs too. Names only give the prefix
// that ties a stage's files together.
#pragma once

#include "sources/load.h"

#include <QString>
#include <QStringList>

namespace palier::locust {

enum class FileKind {
    Unknown,
    Stats,            // stats.csv (0.13.3+), also when renamed
    LegacyRequests,   // _requests.csv of Locust <= 0.13.2 (Method,Name,# requests,…)
    Distribution,     // _distribution.csv of Locust <= 0.13.2 (Name,# requests,50%,…)
    History,          // stats_history.csv, both header orders
    Failures,         // failures.csv
    Exceptions        // exceptions.csv
};

QString fileKindName(FileKind kind);   // "stats.csv", "stats_history.csv", …

// Format generations (see docs/locust-reader.md and tests/data/locust/wild/SOURCES.md).
enum class Generation {
    Unknown,
    Legacy,     // <= 0.13.2: _requests.csv + _distribution.csv
    Hashes,     // 0.13.3–0.14: "# requests" headers, history "Type,Name,Timestamp,…"
    V1_0,       // 1.0.x: "Request Count", 99.999% column, every field quoted
    V1_1,       // 1.1.x: as 1.0 but written through the csv module
    Modern      // 1.2+: no 99.999% column
};

// Which kind a header names, or Unknown.
FileKind kindFromHeader(const QStringList &header);

// What the first line of a file says.
struct Sniff {
    enum class Status { Ok, Empty, Binary, Foreign, Unreadable };
    Status status = Status::Foreign;
    FileKind kind = FileKind::Unknown;
    QStringList header;
    bool headerQuoted = false;   // every header name between quotes (Locust 1.0.x style)
    Finding problem;             // set when status != Ok (file and line filled)
};
// Reads only the start of the file; never throws.
Sniff sniffFile(const QString &path);

// A file name split into the --csv prefix and what the name says the file is.
struct FileName {
    QString prefix;                       // "stage5_100users" for stage5_100users_stats.csv
    FileKind kind = FileKind::Unknown;    // from the suffix; Unknown if none matches
};
// "X_stats.csv" → {X, Stats}; "results.csv" → {results, Unknown}.
FileName splitFileName(const QString &fileName);

// Users a stage-runner put in a prefix: "stage3_50users" → 50,
// "baseline_5_clients" → 5, "run-100vu" → 100, "users_20" → 20. -1 when none.
int usersFromPrefix(const QString &prefix);

// The prefix with its user count and other numbers blanked, so the files of
// one stage runner share it: "stage3_50users" → "stage#_{U}".
QString familyKey(const QString &prefix);

// An error about a whole file (empty, binary, not Locust…).
InputError fileError(const QString &path, qint64 line, const QString &kind, const Params &params = {});

} // namespace palier::locust
