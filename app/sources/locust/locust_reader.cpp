// The Locust source: claims Locust's CSV files (file_sets.h) and loads a result
// set into the run model (run_builder.h).
#include "sources/source_reader.h"

#include "sources/locust/file_sets.h"
#include "sources/locust/loaded_set.h"
#include "sources/locust/run_builder.h"

#include <QFileInfo>

namespace palier {

namespace {

class LocustReader final : public SourceReader {
public:
    SourceKind kind() const override { return SourceKind::Locust; }

    QList<ResultSet> claim(QStringList &files, QList<Finding> *diagnostics) const override
    {
        return locust::claimLocustFiles(files, diagnostics);
    }

    Run load(const ResultSet &set, const LoadOptions &options) const override
    {
        using namespace locust;
        // Recognise the files again: they may have changed since they were claimed.
        QList<KnownFile> known;
        QStringList side;
        QList<Finding> problems;
        qint64 total = 0;
        for (const QString &path : set.files) {
            total += QFileInfo(path).size();
            if (!path.endsWith(QLatin1StringView(".csv"), Qt::CaseInsensitive)) {
                side.append(path);
                continue;
            }
            const Sniff s = sniffFile(path);
            if (s.status == Sniff::Status::Ok)
                known.append({QFileInfo(path).absoluteFilePath(), s.kind});
            else
                problems.append(Finding::error(QStringLiteral("run.invalid.unreadable_file"), path, s.problem.line,
                                               {{QStringLiteral("problem"), nestedFinding(s.problem)}}));
        }
        const QList<FileSet> fileSets = groupFileSets(known);
        if (fileSets.isEmpty()) {
            if (!problems.isEmpty())
                throw InputError {problems.first()};
            throw fileError(set.path, 0, QStringLiteral("locust.no_files_in_set"));
        }

        QList<Finding> readFindings;
        ReadContext ctx;
        ctx.options = &options;
        ctx.warnings = &readFindings;
        ctx.totalBytes = total;
        QList<LoadedSet> loaded;
        for (const FileSet &fs : fileSets) {
            if (options.cancelled())
                throw LoadCancelled{};
            QStringList mine;
            for (const QString &f : std::as_const(side))
                if (QFileInfo(f).absolutePath() == fs.dir && isSideFileOf(QFileInfo(f).fileName(), fs.prefix))
                    mine.append(f);
            loaded.append(loadFileSet(fs, mine, ctx));
        }

        Run run = loaded.size() == 1 ? buildSingleRun(loaded.first()) : buildPerStageRun(loaded);
        run.id = set.id;
        run.path = set.path;
        run.source = SourceKind::Locust;
        run.findings = problems + set.findings + readFindings + run.findings;
        return run;
    }
};

} // namespace

const SourceReader &locustReader()
{
    static const LocustReader reader;
    return reader;
}

} // namespace palier
