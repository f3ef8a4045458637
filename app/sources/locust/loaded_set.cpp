#include "sources/locust/loaded_set.h"

#include <QFileInfo>

namespace palier::locust {

QStringList LoadedSet::files() const
{
    QStringList out = set.paths();
    out.sort();
    return out;
}

LoadedSet loadFileSet(const FileSet &set, ReadContext &ctx)
{
    LoadedSet out;
    out.set = set;
    auto done = [&](const QString &path) { ctx.bytesBefore += QFileInfo(path).size(); };

    if (set.files.contains(FileKind::Stats)) {
        const QString path = set.files.value(FileKind::Stats);
        out.stats = readStatsFile(path, ctx);
        done(path);
    } else if (set.files.contains(FileKind::LegacyRequests)) {
        const QString requests = set.files.value(FileKind::LegacyRequests);
        const QString distribution = set.files.value(FileKind::Distribution);
        out.stats = readLegacyStats(requests, distribution, ctx);
        done(requests);
        if (!distribution.isEmpty())
            done(distribution);
        else
            ctx.warn(requests, 0, tr("no _distribution.csv beside it: percentiles unknown"));
    } else if (set.files.contains(FileKind::Distribution)) {
        ctx.warn(set.files.value(FileKind::Distribution), 0,
                 tr("a _distribution.csv without its _requests.csv: no request counts, file not used"));
    }
    if (set.files.contains(FileKind::History)) {
        const QString path = set.files.value(FileKind::History);
        out.history = readHistoryFile(path, ctx);
        done(path);
    }
    if (set.files.contains(FileKind::Failures)) {
        out.failuresPath = set.files.value(FileKind::Failures);
        out.failures = readFailuresFile(out.failuresPath, ctx);
        done(out.failuresPath);
    }
    if (set.files.contains(FileKind::Exceptions)) {
        out.exceptionsPath = set.files.value(FileKind::Exceptions);
        out.exceptions = readExceptionsFile(out.exceptionsPath, ctx);
        done(out.exceptionsPath);
    }
    return out;
}

} // namespace palier::locust
