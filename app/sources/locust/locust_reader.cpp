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

    QList<ResultSet> claim(QStringList &files, QList<Diagnostic> *diagnostics) const override
    {
        return locust::claimLocustFiles(files, diagnostics);
    }

    Run load(const ResultSet &set, const LoadOptions &options) const override
    {
        using namespace locust;
        // Recognise the files again: they may have changed since they were claimed.
        QList<KnownFile> known;
        qint64 total = 0;
        for (const QString &path : set.files) {
            const Sniff s = sniffFile(path);
            if (s.status != Sniff::Status::Ok)
                throw InputError{s.problem};
            known.append({QFileInfo(path).absoluteFilePath(), s.kind});
            total += QFileInfo(path).size();
        }
        const QList<FileSet> fileSets = groupFileSets(known);
        if (fileSets.isEmpty())
            throw fileError(set.path, 0, tr("no Locust files in this result set"));

        QList<Diagnostic> readWarnings;
        ReadContext ctx;
        ctx.options = &options;
        ctx.warnings = &readWarnings;
        ctx.totalBytes = total;
        QList<LoadedSet> loaded;
        for (const FileSet &fs : fileSets) {
            if (options.cancelled())
                throw LoadCancelled{};
            loaded.append(loadFileSet(fs, ctx));
        }

        Run run = loaded.size() == 1 ? buildSingleRun(loaded.first()) : buildPerStageRun(loaded);
        run.id = set.id;
        run.path = set.path;
        run.source = SourceKind::Locust;
        run.warnings = readWarnings + run.warnings;
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
