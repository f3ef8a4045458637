#include "sources/load.h"

#include "sources/run_identity.h"
#include "sources/source_reader.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace palier {

namespace {

// Files directly inside `dir`, absolute, sorted by name so discovery is stable.
QStringList filesIn(const QString &dir)
{
    // Counted before listing, so a folder of millions of entries is refused
    // without holding them all (docs/limits.md).
    qsizetype count = 0;
    for (QDirIterator it(dir, QDir::Files | QDir::Readable); it.hasNext(); it.next())
        if (++count > kMaxFilesPerFolder)
            throw inputError(QStringLiteral("load.too_many_files"), dir, 0,
                             {{QStringLiteral("max"), qint64(kMaxFilesPerFolder)}});
    QStringList out;
    const QFileInfoList infos = QDir(dir).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &fi : infos)
        out.append(fi.absoluteFilePath());
    return out;
}

QList<ResultSet> claimAll(QStringList files, QList<Finding> *diagnostics)
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

QString canonical(const QString &path)
{
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? QFileInfo(path).absoluteFilePath() : c;
}

// Every place one thing was reached at: the first path, then the others (a
// symlink, the same folder given twice, a link back into the tree).
struct Places {
    QHash<QString, QStringList> byCanonical;
    // True the first time `canonicalPath` is seen; records `shown` either way.
    bool first(const QString &canonicalPath, const QString &shown)
    {
        QStringList &seen = byCanonical[canonicalPath];
        const bool isFirst = seen.isEmpty();
        if (!seen.contains(shown))
            seen.append(shown);
        return isFirst;
    }
    // Each name of a thing reached under several names, with its other names.
    QHash<QString, QStringList> othersByName() const
    {
        QHash<QString, QStringList> out;
        for (const QStringList &names : byCanonical)
            if (names.size() > 1)
                for (const QString &name : names) {
                    QStringList others = names;
                    others.removeAll(name);
                    out.insert(name, others);
                }
        return out;
    }
};

// The other paths naming a set's files (docs/grid-rules.md §9): its path under
// every other name of its folder (a link to it, the folder given twice), and
// the other names a file of it was given by (`fileAliases`, keyed by the name
// the set holds).
QStringList aliasesOf(const ResultSet &set, const Places &folders, const QHash<QString, QStringList> &fileAliases)
{
    QStringList out;
    const QFileInfo where(set.path);
    const QString folder = QDir::cleanPath(where.isDir() ? where.absoluteFilePath() : where.absolutePath());
    if (set.path.startsWith(folder)) {
        const QString rest = set.path.mid(folder.size());   // "", or "/data.csv"
        for (const QString &name : folders.byCanonical.value(canonical(folder))) {
            // "results/" given as an argument is the folder itself, not another name.
            const QString other = QDir::cleanPath(name);
            if (other != folder && !out.contains(other + rest))
                out.append(other + rest);
        }
    }
    for (const QString &file : set.files)
        for (const QString &name : fileAliases.value(file))
            if (!out.contains(name))
                out.append(name);
    return out;
}

} // namespace

QList<ResultSet> discoverResultSets(const QStringList &paths, QList<Finding> *diagnostics)
{
    QList<ResultSet> sets;
    Places folders, files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        QList<ResultSet> found;
        if (info.isDir()) {
            // Every folder of the tree is its own group: a folder of per-stage files
            // is one run, and sibling folders are separate runs. Links are not
            // followed into (QDirIterator without FollowSymlinks), but a link to a
            // folder is listed like one: each real folder is read once, under the
            // first name it was reached by, and its other names are kept so the run
            // can say every path it was found at (docs/grid-rules.md §9).
            QStringList dirs {info.absoluteFilePath()};
            QDirIterator it(info.absoluteFilePath(), QDir::Dirs | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                dirs.append(it.next());
                if (dirs.size() > kMaxFoldersPerTree)
                    throw inputError(QStringLiteral("load.too_many_folders"), path, 0,
                                     {{QStringLiteral("max"), qint64(kMaxFoldersPerTree)}});
            }
            std::sort(dirs.begin() + 1, dirs.end());
            // Real folders before links to them, so a run keeps its own folder's
            // name ("run-2026-11-16", not "latest").
            std::stable_partition(dirs.begin() + 1, dirs.end(),
                                  [](const QString &d) { return !QFileInfo(d).isSymLink(); });
            bool any = false;
            for (const QString &dir : std::as_const(dirs)) {
                if (!folders.first(canonical(dir), dir)) {
                    any = true;   // already read: what it holds is found
                    continue;
                }
                const QList<ResultSet> here = claimAll(filesIn(dir), diagnostics);
                any = any || !here.isEmpty();
                found += here;
            }
            if (!any)
                throw inputError(QStringLiteral("load.nothing_found"), path, 0);
        } else if (info.isFile()) {
            if (!files.first(canonical(path), info.absoluteFilePath()))
                continue;
            found = claimAll({info.absoluteFilePath()}, diagnostics);
            if (found.isEmpty())
                throw inputError(QStringLiteral("load.not_result_file"), path, 0);
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
                throw inputError(QStringLiteral("load.no_such_path"), path, 0);
            found = claimAll(matching, diagnostics);
            if (found.isEmpty())
                throw inputError(QStringLiteral("load.nothing_found"), path, 0);
            // The user named one file set of the folder: the run says which.
            for (ResultSet &set : found)
                if (set.id == dir.dirName())
                    set.id += QLatin1Char('/') + prefix.fileName();
        }
        sets += found;
    }
    // What was reached under several names: its sets carry the other names,
    // whatever source reads them.
    const QHash<QString, QStringList> fileAliases = files.othersByName();
    for (ResultSet &set : sets)
        set.aliases = aliasesOf(set, folders, fileAliases);
    return sets;
}

Run loadResultSet(const ResultSet &set, const LoadOptions &options)
{
    for (const SourceReader *reader : sourceReaders()) {
        if (reader->kind() != set.kind)
            continue;
        Run run = reader->load(set, options);
        // Set here for every source, so no reader can drop them: the path that
        // supplied the figures first, then every other name of the set
        // (docs/grid-rules.md §9).
        run.paths = QStringList {run.path};
        for (const QString &p : QStringList {set.path} + set.aliases)
            if (!run.paths.contains(p))
                run.paths.append(p);
        return run;
    }
    throw inputError(QStringLiteral("load.no_reader"), set.path, 0);
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
    result.runs = oneRunPerTest(std::move(result.runs));
    std::stable_sort(result.runs.begin(), result.runs.end(), [](const Run &a, const Run &b) {
        if (a.startedAt.isValid() && b.startedAt.isValid() && a.startedAt != b.startedAt)
            return a.startedAt < b.startedAt;
        return a.id < b.id;
    });
    return result;
}

} // namespace palier
