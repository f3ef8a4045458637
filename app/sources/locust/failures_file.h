// failures.csv (Method,Name,Error,Occurrences; 2.44+ adds First Seen,Last Seen)
// and exceptions.csv (Count,Message,Traceback,Nodes; 1.4.2+).
#pragma once

#include "model/run.h"
#include "sources/locust/read_context.h"

namespace palier::locust {

struct FailuresFile {
    QList<ErrorEntry> errors;
    bool hasFirstSeen = false;   // Locust 2.44+
};
FailuresFile readFailuresFile(const QString &path, ReadContext &ctx);

// An exception raised in the locustfile itself (not a failed request).
struct ExceptionEntry {
    qint64 count = 0;
    QString message;
    QString traceback;
    qint64 line = 0;
};
QList<ExceptionEntry> readExceptionsFile(const QString &path, ReadContext &ctx);

// Adds `more` to `into`, summing occurrences of the same method/name/error.
void mergeErrors(QList<ErrorEntry> &into, const QList<ErrorEntry> &more);

} // namespace palier::locust
