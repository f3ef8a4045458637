// The k6 SourceReader: claims k6 files by content and loads each as one run.
#include "sources/k6/k6_files.h"
#include "sources/k6/k6_input.h"
#include "sources/source_reader.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QJsonDocument>
#include <QJsonObject>

namespace palier {

namespace k6 {

namespace {

constexpr std::size_t kSniffBytes = 64 * 1024;

bool startsWith(std::string_view s, std::string_view p)
{
    return s.size() >= p.size() && s.substr(0, p.size()) == p;
}

bool isSummary(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject metrics = doc.object().value(QLatin1String("metrics")).toObject();
    static const char *const names[] = {"http_reqs", "http_req_duration", "iterations", "iteration_duration",
                                        "vus", "vus_max", "checks", "data_sent", "data_received"};
    for (const char *n : names)
        if (metrics.contains(QLatin1String(n)))
            return true;
    return false;
}

} // namespace

FileKind sniffFile(const QString &path, bool *gzip)
{
    std::string head = readContentPrefix(path, kSniffBytes, gzip);
    std::string_view s(head);
    if (startsWith(s, "\xEF\xBB\xBF"))
        s.remove_prefix(3);
    if (startsWith(s, "metric_name,timestamp,metric_value"))
        return FileKind::Csv;
    std::size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        ++i;
    if (i >= s.size() || s[i] != '{')
        return FileKind::Unknown;
    const std::string_view first = s.substr(i, s.find('\n', i) == std::string_view::npos ? std::string_view::npos
                                                                                         : s.find('\n', i) - i);
    if ((first.find("\"type\":\"Point\"") != std::string_view::npos
         || first.find("\"type\":\"Metric\"") != std::string_view::npos)
        && first.find("\"metric\":\"") != std::string_view::npos && first.find("\"data\":") != std::string_view::npos)
        return FileKind::Ndjson;
    // A JSON object: a summary when its "metrics" hold k6 metric names.
    if (s.find("\"metrics\"") == std::string_view::npos && head.size() < kSniffBytes)
        return FileKind::Unknown;
    try {
        const std::string all = head.size() < kSniffBytes ? head : readWholeContent(path, kMaxSummaryBytes);
        if (isSummary(QByteArray::fromRawData(all.data(), qsizetype(all.size()))))
            return FileKind::Summary;
    } catch (const InputError &) {
    }
    return FileKind::Unknown;
}

QString runIdFor(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    if (name.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive))
        name.chop(3);
    for (const char *ext : {".csv", ".json", ".ndjson", ".jsonl"}) {
        const QLatin1String e(ext);
        if (name.endsWith(e, Qt::CaseInsensitive) && name.size() > e.size()) {
            name.chop(e.size());
            break;
        }
    }
    return name;
}

Run loadFile(const QString &path, const QString &id, const LoadOptions &options, const Tuning &tuning)
{
    switch (sniffFile(path)) {
    case FileKind::Csv: return loadCsvFile(path, id, options, tuning);
    case FileKind::Ndjson: return loadNdjsonFile(path, id, options, tuning);
    case FileKind::Summary: return loadSummaryFile(path, id, options);
    case FileKind::Unknown: break;
    }
    if (!QFileInfo::exists(path))
        throw inputError(QStringLiteral("load.no_such_path"), path, 0);
    throw inputError(QStringLiteral("k6.not_k6_file"), path, 1);
}

QList<ResultSet> claimK6Files(QStringList &files)
{
    struct Claimed {
        QString path, dir, stem;
        FileKind kind;
    };
    QList<Claimed> claimed;
    for (auto it = files.begin(); it != files.end();) {
        const FileKind kind = sniffFile(*it);
        if (kind == FileKind::Unknown) {
            ++it;
            continue;
        }
        const QFileInfo fi(*it);
        claimed.append(Claimed {*it, fi.absolutePath(), runIdFor(*it), kind});
        it = files.erase(it);
    }
    // How many runs each folder holds, as far as names tell before loading: one
    // per distinct stem of raw files (data.csv and data.json are one test); a
    // summary beside raw files joins one of them (run_identity.h), summaries
    // alone are a run each.
    QHash<QString, QSet<QString>> rawStems;
    QHash<QString, int> summaries;
    for (const Claimed &c : std::as_const(claimed)) {
        if (c.kind == FileKind::Summary)
            ++summaries[c.dir];
        else
            rawStems[c.dir].insert(c.stem);
    }
    QList<ResultSet> sets;
    for (const Claimed &c : std::as_const(claimed)) {
        const qsizetype raw = rawStems.value(c.dir).size();
        const qsizetype runsHere = raw > 0 ? raw : summaries.value(c.dir);
        // Named for people by its folder, and the file stem only when the folder
        // holds several runs: never a bare stem such as "data" or "summary".
        const QString folder = QFileInfo(c.dir).fileName();
        ResultSet set;
        set.kind = SourceKind::K6;
        set.id = folder.isEmpty() ? c.stem : runsHere <= 1 ? folder : folder + QLatin1Char('/') + c.stem;
        set.path = c.path;
        set.files = QStringList {c.path};
        sets.append(set);
    }
    return sets;
}

namespace {

class Reader final : public SourceReader {
public:
    SourceKind kind() const override { return SourceKind::K6; }

    QList<ResultSet> claim(QStringList &files, QList<Finding> *) const override
    {
        return claimK6Files(files);
    }

    Run load(const ResultSet &set, const LoadOptions &options) const override
    {
        if (set.files.isEmpty())
            throw inputError(QStringLiteral("k6.no_files_in_set"), set.path, 0);
        return loadFile(set.files.first(), set.id, options);
    }
};

} // namespace

} // namespace k6

const SourceReader &k6Reader()
{
    static const k6::Reader reader;
    return reader;
}

} // namespace palier
