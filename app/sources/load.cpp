#include "sources/load.h"

#include "sources/source_reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace palier {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("palier::Load", text);
}

// Files directly inside `dir`, absolute, sorted by name so discovery is stable.
QStringList filesIn(const QString &dir)
{
    QStringList out;
    const QFileInfoList infos = QDir(dir).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &fi : infos)
        out.append(fi.absoluteFilePath());
    return out;
}

QList<ResultSet> claimAll(QStringList files, QList<Diagnostic> *diagnostics)
{
    QList<ResultSet> sets;
    for (const SourceReader *reader : sourceReaders()) {
        if (files.isEmpty())
            break;
        sets += reader->claim(files, diagnostics);
    }
    for (ResultSet &set : sets) {
        set.bytes = 0;
        for (const QString &f : std::as_const(set.files))
            set.bytes += QFileInfo(f).size();
    }
    return sets;
}

} // namespace

QList<ResultSet> discoverResultSets(const QStringList &paths, QList<Diagnostic> *diagnostics)
{
    QList<ResultSet> sets;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        QList<ResultSet> found;
        if (info.isDir()) {
            // Every folder of the tree is its own group: a folder of per-stage files
            // is one run, and sibling folders are separate runs.
            QStringList dirs {info.absoluteFilePath()};
            QDirIterator it(info.absoluteFilePath(), QDir::Dirs | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                dirs.append(it.next());
            std::sort(dirs.begin() + 1, dirs.end());
            for (const QString &dir : std::as_const(dirs))
                found += claimAll(filesIn(dir), diagnostics);
        } else if (info.isFile()) {
            found = claimAll({info.absoluteFilePath()}, diagnostics);
            if (found.isEmpty())
                throw InputError{{Diagnostic::Severity::Error, path, 0,
                                  tr("not a Locust or k6 result file")}};
        } else {
            // A Locust CSV prefix: "results/run1" stands for results/run1_stats.csv…
            const QFileInfo prefix(info.absoluteFilePath());
            const QDir dir = prefix.absoluteDir();
            QStringList matching;
            if (dir.exists()) {
                for (const QString &f : filesIn(dir.absolutePath()))
                    if (QFileInfo(f).fileName().startsWith(prefix.fileName()))
                        matching.append(f);
            }
            if (matching.isEmpty())
                throw InputError{{Diagnostic::Severity::Error, path, 0,
                                  tr("no such file, folder or result prefix")}};
            found = claimAll(matching, diagnostics);
        }
        if (found.isEmpty())
            throw InputError{{Diagnostic::Severity::Error, path, 0,
                              tr("no Locust or k6 result files found")}};
        sets += found;
    }
    return sets;
}

Run loadResultSet(const ResultSet &set, const LoadOptions &options)
{
    for (const SourceReader *reader : sourceReaders())
        if (reader->kind() == set.kind)
            return reader->load(set, options);
    throw InputError{{Diagnostic::Severity::Error, set.path, 0, tr("no reader for this result set")}};
}

LoadResult loadRuns(const QStringList &paths, const LoadOptions &options)
{
    LoadResult result;
    const QList<ResultSet> sets = discoverResultSets(paths, &result.diagnostics);
    qint64 total = 0;
    for (const ResultSet &s : sets)
        total += s.bytes;
    qint64 before = 0;
    for (const ResultSet &set : sets) {
        LoadOptions local = options;
        if (options.progress)
            local.progress = [&, before](qint64 done, qint64) { options.progress(before + done, total); };
        result.runs.append(loadResultSet(set, local));
        before += set.bytes;
        if (options.progress)
            options.progress(before, total);
    }
    std::stable_sort(result.runs.begin(), result.runs.end(), [](const Run &a, const Run &b) {
        if (a.startedAt.isValid() && b.startedAt.isValid() && a.startedAt != b.startedAt)
            return a.startedAt < b.startedAt;
        return a.id < b.id;
    });
    return result;
}

} // namespace palier
