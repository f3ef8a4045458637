#include "sources/locust/failures_file.h"

#include "sources/locust/locust_files.h"
#include "sources/locust/row_cells.h"

#include <QHash>

#include <limits>

namespace palier::locust {

FailuresFile readFailuresFile(const QString &path, ReadContext &ctx)
{
    FailuresFile out;
    CsvFile file(path, ctx);
    const CsvHeader &h = file.header();
    if (kindFromHeader(h.names()) != FileKind::Failures)
        throw fileError(path, 1, QStringLiteral("locust.bad_header"), {{QStringLiteral("file_kind"), QStringLiteral("failures.csv")}});
    const int method = h.indexOf(QLatin1StringView("Method"));
    const int name = h.indexOf(QLatin1StringView("Name"));
    const int error = h.indexOf(QLatin1StringView("Error"));
    const int occurrences = h.indexOf(QLatin1StringView("Occurrences"));
    out.hasFirstSeen = h.has(QLatin1StringView("First Seen"));
    while (file.next()) {
        RowCells cells(file);
        ErrorEntry e;
        e.method = cells.text(method);
        e.name = cells.text(name);
        e.error = cells.text(error);
        e.occurrences = cells.count(occurrences);
        if (!cells.accept(ctx))
            continue;
        out.errors.append(e);
    }
    return out;
}

QList<ExceptionEntry> readExceptionsFile(const QString &path, ReadContext &ctx)
{
    QList<ExceptionEntry> out;
    CsvFile file(path, ctx);
    const CsvHeader &h = file.header();
    if (kindFromHeader(h.names()) != FileKind::Exceptions)
        throw fileError(path, 1, QStringLiteral("locust.bad_header"), {{QStringLiteral("file_kind"), QStringLiteral("exceptions.csv")}});
    const int count = h.indexOf(QLatin1StringView("Count"));
    const int message = h.indexOf(QLatin1StringView("Message"));
    const int traceback = h.indexOf(QLatin1StringView("Traceback"));
    while (file.next()) {
        RowCells cells(file);
        ExceptionEntry e;
        e.count = cells.count(count);
        e.message = cells.text(message);
        e.traceback = cells.text(traceback);
        e.line = file.line();
        if (!cells.accept(ctx))
            continue;
        out.append(e);
    }
    return out;
}

void mergeErrors(QList<ErrorEntry> &into, const QList<ErrorEntry> &more)
{
    auto key = [](const ErrorEntry &e) -> QString {
        return e.method + QChar(0x1f) + e.name + QChar(0x1f) + e.error;
    };
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < into.size(); ++i)
        index.insert(key(into.at(i)), i);
    for (const ErrorEntry &e : more) {
        const QString k = key(e);
        const auto it = index.constFind(k);
        if (it != index.constEnd()) {
            // Saturating: counts near 2^63 (a damaged file) must not wrap
            // into negative occurrences (fuzzing finding, docs/fuzzing.md).
            qint64 &n = into[it.value()].occurrences;
            if (__builtin_add_overflow(n, e.occurrences, &n))
                n = e.occurrences < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
        } else {
            index.insert(k, into.size());
            into.append(e);
        }
    }
}

} // namespace palier::locust
