// Loading k6 raw outputs (--out csv, --out json): wire a parser per thread to
// the pipeline, then hand the collections to the run builder.
#include "sources/k6/k6_csv.h"
#include "sources/k6/k6_files.h"
#include "sources/k6/k6_ndjson.h"
#include "sources/k6/k6_run_builder.h"

namespace palier::k6 {

namespace {

// Findings about the gzip stream itself, tied to the last line read.
void gzipWarnings(const GzipOutcome &g, const QString &path, std::int64_t lastLine, QList<Finding> *out)
{
    const Finding problem = g.damaged() ? g.damage : Finding::error(QStringLiteral("k6.gzip.ends_early"), path, 0);
    if (g.inflatedBytes == 0 && (g.truncated || g.damaged()))
        throw inputError(QStringLiteral("k6.gzip.unreadable"), path, 0,
                         {{QStringLiteral("problem"), nestedFinding(problem)}});
    if (g.truncated)
        out->append(Finding::warning(QStringLiteral("k6.gzip.truncated"), path, lastLine));
    if (g.damaged())
        out->append(Finding::warning(QStringLiteral("k6.gzip.damaged"), path, lastLine,
                                     {{QStringLiteral("problem"), nestedFinding(g.damage)}}));
    if (g.trailingBytes > 0)
        out->append(Finding::warning(QStringLiteral("k6.gzip.trailing_bytes"), path, 0,
                                     {{QStringLiteral("bytes"), qint64(g.trailingBytes)}}));
}

} // namespace

Run loadCsvFile(const QString &path, const QString &id, const LoadOptions &options, const Tuning &tuning)
{
    InputFile file(path);
    Collector a, b;
    CsvParser pa(a, tuning.maxLineBytes), pb(b, tuning.maxLineBytes);
    pa.file = pb.file = path;
    // Room for the requests, guessed from the size (a k6 CSV has well over
    // 1000 bytes per request; gzip about a tenth of it). Only what is used
    // becomes resident; it saves the copies of a growing vector.
    const std::int64_t guess = std::min<std::int64_t>(file.size() / 1000 * (file.isGzip() ? 10 : 1), std::int64_t(1) << 26);
    a.requests.reserve(std::size_t(guess / 2 + 4096));
    b.requests.reserve(std::size_t(guess / 2 + 4096));
    BuildInput in;
    in.path = path;
    in.id = id;
    in.limits = tuning.limits;
    if (file.isGzip()) {
        const GzipOutcome g = parseGzipFile(file, pa, options, tuning);
        if (!pa.haveHeader())
            throw inputError(QStringLiteral("file.empty"), path, 0);
        pa.finish();
        gzipWarnings(g, path, pa.lines, &in.findings);
        in.parts.emplace_back(&a, 0);
    } else {
        // The header first, so both halves know the columns.
        const std::size_t want = std::size_t(std::min<std::int64_t>(file.size(), std::int64_t(tuning.maxLineBytes) + 1));
        std::string head(want, '\0');
        head.resize(file.readAt(0, head.data(), want));
        const std::size_t nl = head.find('\n');
        if (head.empty())
            throw inputError(QStringLiteral("file.empty"), path, 0);
        if (nl == std::string::npos && head.size() > tuning.maxLineBytes)
            throw inputError(QStringLiteral("k6.csv.header_too_long"), path, 1,
                             {{QStringLiteral("max_bytes"), qint64(tuning.maxLineBytes)}});
        CsvLayout layout;
        Finding why;
        if (!parseCsvHeader(std::string_view(head.data(), nl == std::string::npos ? head.size() : nl), &layout, path,
                            &why))
            throw InputError {why};
        pa.setLayout(layout);
        pb.setLayout(layout);
        const std::int64_t dataStart = nl == std::string::npos ? file.size() : std::int64_t(nl) + 1;
        const PlainSplit split = parsePlainFile(file, dataStart, pa, pb, options, tuning);
        pa.finish();
        in.parts.emplace_back(&a, 1);   // line 1 is the header
        if (split.usedSecond) {
            pb.finish();
            in.parts.emplace_back(&b, 1 + pa.lines);
        }
    }
    in.timeResolutionMs = pa.timeResolutionMs();
    const CsvLayout &l = pa.layout();
    in.toolVersion = l.hasMetadata ? QStringLiteral("k6 ≥ 0.41 (CSV with metadata column)")
        : l.hasExtraTags           ? QStringLiteral("k6 < 0.41 (CSV without metadata column)")
                                   : QString();
    return buildRun(in, options);
}

Run loadNdjsonFile(const QString &path, const QString &id, const LoadOptions &options, const Tuning &tuning)
{
    InputFile file(path);
    Collector a, b;
    NdjsonParser pa(a, tuning.maxLineBytes), pb(b, tuning.maxLineBytes);
    BuildInput in;
    in.path = path;
    in.id = id;
    in.limits = tuning.limits;
    in.timeResolutionMs = 0;   // RFC 3339 times with nanoseconds
    if (file.isGzip()) {
        const GzipOutcome g = parseGzipFile(file, pa, options, tuning);
        pa.finish();
        gzipWarnings(g, path, pa.lines, &in.findings);
        in.parts.emplace_back(&a, 0);
    } else {
        // JSON strings cannot hold a raw line break: any '\n' is a record end,
        // so the halves always agree.
        const PlainSplit split = parsePlainFile(file, 0, pa, pb, options, tuning);
        pa.finish();
        in.parts.emplace_back(&a, 0);
        if (split.usedSecond) {
            pb.finish();
            in.parts.emplace_back(&b, pa.lines);
        }
    }
    if (pa.sawEnvelope)
        in.toolVersion = pa.oldEnvelope ? QStringLiteral("k6 ≤ 0.39 (JSON with tainted/sub)")
                                        : QStringLiteral("k6 ≥ 0.40 (JSON)");
    return buildRun(in, options);
}

} // namespace palier::k6
