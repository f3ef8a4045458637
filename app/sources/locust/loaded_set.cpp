#include "sources/locust/loaded_set.h"

#include "sources/locust/side_files.h"

#include <QFileInfo>

namespace palier::locust {

QStringList LoadedSet::files() const
{
    QStringList out = set.paths();
    out.sort();
    return out;
}

namespace {

// Runs `read`; an InputError becomes a finding that sets the run aside.
template <typename Read>
void guarded(const QString &path, ReadContext &ctx, Read read)
{
    try {
        read();
    } catch (const InputError &e) {
        Finding f = Finding::error(QStringLiteral("run.invalid.unreadable_file"), e.finding.file.isEmpty() ? path : e.finding.file,
                                   e.finding.line, {{QStringLiteral("problem"), nestedFinding(e.finding)}});
        ctx.add(f);
    }
}

} // namespace

LoadedSet loadFileSet(const FileSet &set, const QStringList &sideFiles, ReadContext &ctx)
{
    LoadedSet out;
    out.set = set;
    out.cpuWarnings = cpuWarnings(sideFiles);
    auto done = [&](const QString &path) { ctx.bytesBefore += QFileInfo(path).size(); };

    if (set.files.contains(FileKind::Stats)) {
        const QString path = set.files.value(FileKind::Stats);
        guarded(path, ctx, [&] { out.stats = readStatsFile(path, ctx); });
        done(path);
    } else if (set.files.contains(FileKind::LegacyRequests)) {
        const QString requests = set.files.value(FileKind::LegacyRequests);
        const QString distribution = set.files.value(FileKind::Distribution);
        guarded(requests, ctx, [&] { out.stats = readLegacyStats(requests, distribution, ctx); });
        done(requests);
        if (!distribution.isEmpty())
            done(distribution);
        else
            ctx.warn(QStringLiteral("locust.no_distribution"), requests, 0);
    } else if (set.files.contains(FileKind::Distribution)) {
        ctx.warn(QStringLiteral("locust.distribution_alone"), set.files.value(FileKind::Distribution), 0);
    }
    if (set.files.contains(FileKind::History)) {
        const QString path = set.files.value(FileKind::History);
        guarded(path, ctx, [&] { out.history = readHistoryFile(path, ctx); });
        done(path);
    }
    if (set.files.contains(FileKind::Failures)) {
        out.failuresPath = set.files.value(FileKind::Failures);
        guarded(out.failuresPath, ctx, [&] { out.failures = readFailuresFile(out.failuresPath, ctx); });
        done(out.failuresPath);
    }
    if (set.files.contains(FileKind::Exceptions)) {
        out.exceptionsPath = set.files.value(FileKind::Exceptions);
        guarded(out.exceptionsPath, ctx, [&] { out.exceptions = readExceptionsFile(out.exceptionsPath, ctx); });
        done(out.exceptionsPath);
    }
    return out;
}

} // namespace palier::locust
