#include "sources/locust/file_sets.h"

#include "sources/locust/history_file.h"
#include "sources/locust/read_context.h"
#include "analysis/plateaus.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace palier::locust {

namespace {

bool isLegacyKind(FileKind k)
{
    return k == FileKind::LegacyRequests || k == FileKind::Distribution;
}

QString stemOf(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    if (name.endsWith(QLatin1StringView(".csv"), Qt::CaseInsensitive))
        name.chop(4);
    return name;
}

// What grouping asks of the sets' histories, a set's user level and its time
// span, several times over while families form: each history is read and cut
// into plateaus once, on first use.
class Histories {
public:
    explicit Histories(const QList<FileSet> &sets) : sets_(sets), read_(std::size_t(sets.size())) {}

    // The user level of a per-stage candidate: its name first, else its history
    // when that holds a single level. -1 when unknown.
    int level(int i)
    {
        const int fromName = usersFromPrefix(sets_.at(i).prefix);
        if (fromName >= 1)
            return fromName;
        if (!sets_.at(i).hasHistory())
            return -1;
        const Read &h = read(i);
        if (h.plateaus.size() > 1)
            return -1;   // a stepped run of its own
        if (h.plateaus.size() == 1)
            return h.plateaus.first().users;   // mainLevel's pick, without cutting again
        // No plateau (a file cut after a few rows): its longest level, however short.
        const std::optional<Plateau> main = mainLevel(h.samples);
        return main ? main->users : -1;
    }

    // First and last time of a set's history (User Count rows), if it has one.
    std::optional<std::pair<qint64, qint64>> span(int i)
    {
        const QList<UserSample> &samples = read(i).samples;
        if (samples.isEmpty())
            return std::nullopt;
        return std::make_pair(samples.first().tMs, samples.last().tMs);
    }

private:
    struct Read {
        QList<UserSample> samples;
        QList<Plateau> plateaus;
    };

    const Read &read(int i)
    {
        std::optional<Read> &r = read_[std::size_t(i)];
        if (!r) {
            r.emplace();
            if (sets_.at(i).hasHistory()) {
                r->samples = scanUserCounts(sets_.at(i).files.value(FileKind::History));
                r->plateaus = cutPlateaus(r->samples);
            }
        }
        return *r;
    }

    const QList<FileSet> &sets_;
    std::vector<std::optional<Read>> read_;   // by set index
};

// "stage#_{U}" → "stage*_*": an id for a per-stage run sharing its folder.
QString familyId(const QString &key)
{
    QString id = key;
    id.replace(QStringLiteral("{U}"), QStringLiteral("*"));
    id.replace(QLatin1Char('#'), QLatin1Char('*'));
    return id;
}

} // namespace

QList<FileSet> groupFileSets(const QList<KnownFile> &files)
{
    QList<KnownFile> sorted = files;
    std::sort(sorted.begin(), sorted.end(), [](const KnownFile &a, const KnownFile &b) { return a.path < b.path; });

    // Files by folder and prefix, in first-seen order.
    QList<QPair<QString, QString>> order;
    QMap<QPair<QString, QString>, QList<KnownFile>> byPrefix;
    for (const KnownFile &f : sorted) {
        const QFileInfo fi(f.path);
        const QPair<QString, QString> key {fi.absolutePath(), splitFileName(fi.fileName()).prefix};
        if (!byPrefix.contains(key))
            order.append(key);
        byPrefix[key].append(f);
    }

    QList<FileSet> out;
    for (const auto &key : std::as_const(order)) {
        const QList<KnownFile> &group = byPrefix.value(key);
        bool hasLegacy = false, hasModernPrimary = false;
        for (const KnownFile &f : group) {
            hasLegacy |= isLegacyKind(f.kind);
            hasModernPrimary |= f.kind == FileKind::Stats || f.kind == FileKind::History;
        }
        const bool split = hasLegacy && hasModernPrimary;
        FileSet main {key.first, key.second, QString(), {}};
        FileSet legacy {key.first, key.second, QString(), {}};
        QList<FileSet> extra;
        for (const KnownFile &f : group) {
            FileSet &target = split && isLegacyKind(f.kind) ? legacy : main;
            if (target.files.contains(f.kind)) {
                // A second file of one kind under one prefix: a run of its own.
                FileSet own {key.first, key.second, stemOf(f.path), {}};
                own.files.insert(f.kind, f.path);
                extra.append(own);
                continue;
            }
            target.files.insert(f.kind, f.path);
        }
        if (!main.files.isEmpty())
            out.append(main);
        if (!legacy.files.isEmpty()) {
            legacy.stem = stemOf(legacy.files.value(FileKind::LegacyRequests,
                                                    legacy.files.value(FileKind::Distribution)));
            out.append(legacy);
        }
        out += extra;
    }
    return out;
}

bool isSideFileOf(const QString &fileName, const QString &prefix)
{
    const bool text = fileName.endsWith(QLatin1StringView(".log"), Qt::CaseInsensitive)
                      || fileName.endsWith(QLatin1StringView(".txt"), Qt::CaseInsensitive);
    if (!text)
        return false;
    if (prefix.isEmpty()) {
        static const QStringList generic {QStringLiteral("locust.log"), QStringLiteral("locust.console.txt"),
                                          QStringLiteral("console.txt"), QStringLiteral("console.log")};
        return generic.contains(fileName.toLower());
    }
    if (!fileName.startsWith(prefix))
        return false;
    const QChar next = fileName.size() > prefix.size() ? fileName.at(prefix.size()) : QChar();
    return next == QLatin1Char('.') || next == QLatin1Char('_');
}

namespace {

// A folder's files, each folder listed once per claim: a file named on its
// own brings its siblings, and every set of the folder looks for its console
// and log files there.
class Listings {
public:
    QFileInfoList of(const QString &dir)
    {
        auto it = listed_.constFind(dir);
        if (it == listed_.constEnd())
            it = listed_.insert(dir, QDir(dir).entryInfoList(QDir::Files | QDir::Readable, QDir::Name));
        return it.value();
    }

private:
    QHash<QString, QFileInfoList> listed_;
};

// What the console and log files beside a set are called (see the header).
QStringList sideFiles(const FileSet &set, Listings &listings)
{
    QStringList out;
    for (const QFileInfo &fi : listings.of(set.dir))
        if (isSideFileOf(fi.fileName(), set.prefix))
            out.append(fi.absoluteFilePath());
    return out;
}

struct Broken {
    QString path;
    Finding problem;
};

// Per-stage families (see the header for the rule). Returns the families as
// lists of set indices, and a finding for every user level held by two sets.
QList<QList<int>> perStageFamilies(const QList<FileSet> &sets, QHash<int, QList<Finding>> *findings)
{
    Histories histories(sets);
    QMap<QString, QList<int>> families;
    for (int i = 0; i < sets.size(); ++i)
        if (sets.at(i).hasStats() && sets.at(i).stem.isEmpty())
            families[sets.at(i).dir + QChar(0x1f) + familyKey(sets.at(i).prefix)].append(i);
    QList<QMap<int, QList<int>>> accepted;   // level → sets, per family
    QSet<int> taken;
    for (auto it = families.cbegin(); it != families.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        QMap<int, QList<int>> byLevel;
        int members = 0;
        for (int i : it.value()) {
            const int level = histories.level(i);
            if (level < 1)
                continue;
            byLevel[level].append(i);
            ++members;
        }
        // Sets that all ran one level are repeats of one test, each a run; a
        // family of several levels is one stage runner's run.
        if (members < 2 || byLevel.size() < 2)
            continue;
        for (const QList<int> &l : std::as_const(byLevel))
            for (int i : l)
                taken.insert(i);
        accepted.append(byLevel);
    }
    // Another file set of the run's folder at one of its levels, named some
    // other way ("stage5_100users_again"), whose history falls within the
    // run's own time span, belongs to that run: it is a second file set at
    // that level, never a run of its own beside it. A set from another time
    // (an older run kept in the same folder) stays a run of its own.
    for (QMap<int, QList<int>> &byLevel : accepted) {
        const QString dir = sets.at(byLevel.first().first()).dir;
        std::optional<std::pair<qint64, qint64>> span;
        for (const QList<int> &l : std::as_const(byLevel))
            for (int i : l)
                if (const auto h = histories.span(i))
                    span = span ? std::make_pair(std::min(span->first, h->first), std::max(span->second, h->second)) : *h;
        if (!span)
            continue;
        for (int i = 0; i < sets.size(); ++i) {
            const FileSet &s = sets.at(i);
            if (taken.contains(i) || s.dir != dir || !s.stem.isEmpty())
                continue;
            const auto own = histories.span(i);
            if (!own || own->first < span->first || own->second > span->second)
                continue;
            const int level = histories.level(i);
            if (level >= 1 && byLevel.contains(level)) {
                byLevel[level].append(i);
                taken.insert(i);
            }
        }
    }
    QList<QList<int>> out;
    for (const QMap<int, QList<int>> &byLevel : std::as_const(accepted)) {
        QList<int> members;
        for (const QList<int> &l : byLevel)
            members += l;
        std::sort(members.begin(), members.end());
        for (auto lv = byLevel.cbegin(); lv != byLevel.cend(); ++lv) {
            if (lv.value().size() < 2)
                continue;
            // Two file sets at one level in one run: never a silent split or a
            // silent pick (docs/grid-rules.md §9). The run is set aside until one goes.
            QStringList names;
            for (int i : lv.value())
                names << sets.at(i).label();
            (*findings)[members.first()].append(Finding::error(
                QStringLiteral("run.invalid.duplicate_stage"), sets.at(lv.value().at(1)).files.first(), 0,
                {{QStringLiteral("users"), lv.key()}, {QStringLiteral("sets"), names}}));
        }
        out.append(members);
    }
    return out;
}

} // namespace

QList<ResultSet> claimLocustFiles(QStringList &files, QList<Finding> *diagnostics)
{
    const bool single = files.size() == 1;
    // A file whose name says it is Locust's but whose content cannot be used
    // (binary, UTF-32, unreadable, empty) stays with its set, which it makes
    // invalid: a damaged stage file never splits its run (docs/grid-rules.md §8).
    QList<Broken> broken;
    QList<KnownFile> known;
    auto consider = [&](const QFileInfo &fi, bool given) {
        const FileName name = splitFileName(fi.fileName());
        if (!fi.fileName().endsWith(QLatin1StringView(".csv"), Qt::CaseInsensitive))
            return;
        const Sniff s = sniffFile(fi.absoluteFilePath());
        if (s.status == Sniff::Status::Ok) {
            known.append({fi.absoluteFilePath(), s.kind});
            return;
        }
        if (name.kind == FileKind::Unknown)
            return;   // another tool's CSV: not ours to judge
        if (given)
            throw InputError {s.problem};
        broken.append({fi.absoluteFilePath(), s.problem});
    };
    // An unusable file no run takes: said once, as a skipped file.
    auto skip = [&](const Broken &b) {
        if (!diagnostics)
            return;
        Finding f = b.problem;
        f.severity = Finding::Severity::Warning;
        f.params.insert(QStringLiteral("skipped"), true);
        diagnostics->append(f);
    };
    for (const QString &path : std::as_const(files))
        consider(QFileInfo(path), single);
    if (known.isEmpty()) {
        for (const Broken &b : std::as_const(broken))
            skip(b);
        return {};
    }

    Listings listings;
    const QString given = single ? known.first().path : QString();
    if (single) {
        // A file named on its own brings the rest of its file set.
        const QFileInfo fi(given);
        const QString prefix = splitFileName(fi.fileName()).prefix;
        for (const QFileInfo &sib : listings.of(fi.absolutePath())) {
            const FileName name = splitFileName(sib.fileName());
            if (sib.absoluteFilePath() == given || name.kind == FileKind::Unknown || name.prefix != prefix)
                continue;
            consider(sib, false);
        }
    }

    QList<FileSet> sets = groupFileSets(known);
    if (single) {
        sets.erase(std::remove_if(sets.begin(), sets.end(),
                                  [&](const FileSet &s) { return !s.paths().contains(given); }),
                   sets.end());
    }
    // Broken files join the set of their folder and prefix.
    for (const Broken &b : std::as_const(broken)) {
        const QFileInfo fi(b.path);
        const QString prefix = splitFileName(fi.fileName()).prefix;
        int owner = -1;
        for (int i = 0; i < sets.size() && owner < 0; ++i)
            if (sets.at(i).dir == fi.absolutePath() && sets.at(i).prefix == prefix && sets.at(i).stem.isEmpty())
                owner = i;
        // Every file of a prefix unusable, beside other sets of the folder: a
        // stage of their run all the same (its name gives its level), which it
        // sets aside rather than vanishing from it.
        const bool besideOthers = std::any_of(sets.cbegin(), sets.cend(),
                                              [&](const FileSet &s) { return s.dir == fi.absolutePath(); });
        if (owner < 0 && besideOthers && !prefix.isEmpty()) {
            sets.append(FileSet {fi.absolutePath(), prefix, QString(), {}, {}});
            owner = int(sets.size() - 1);
        }
        if (owner >= 0)
            sets[owner].broken.insert(splitFileName(fi.fileName()).kind, b.path);
        else
            skip(b);
    }

    QHash<int, QList<Finding>> familyFindings;
    const QList<QList<int>> perStage = perStageFamilies(sets, &familyFindings);
    QSet<int> inPerStage;
    for (const QList<int> &members : perStage)
        for (int i : members)
            inPerStage.insert(i);

    QList<ResultSet> out;
    QSet<QString> usedIds;
    auto uniqueId = [&](QString id) {
        const QString base = id;
        for (int n = 2; usedIds.contains(id); ++n)
            id = QStringLiteral("%1 (%2)").arg(base).arg(n);
        usedIds.insert(id);
        return id;
    };
    auto filesOf = [&](int i) {
        return sets.at(i).paths() + sets.at(i).broken.values() + sideFiles(sets.at(i), listings);
    };
    // Runs are named for people: the folder, and the prefix only when the folder
    // holds several runs (never a bare file stem such as "data").
    const int runsHere = int(perStage.size()) + int(sets.size() - inPerStage.size());
    const bool alone = runsHere == 1;
    for (const QList<int> &members : perStage) {
        ResultSet rs;
        rs.kind = SourceKind::Locust;
        const QString dir = sets.at(members.first()).dir;
        const QString family = familyId(familyKey(sets.at(members.first()).prefix));
        rs.id = uniqueId(alone ? QFileInfo(dir).fileName() : QFileInfo(dir).fileName() + QLatin1Char('/') + family);
        rs.path = dir;
        for (int i : members) {
            rs.files += filesOf(i);
            rs.findings += familyFindings.value(i);
        }
        rs.files.sort();
        out.append(rs);
    }
    for (int i = 0; i < sets.size(); ++i) {
        if (inPerStage.contains(i))
            continue;
        const FileSet &s = sets.at(i);
        if (s.files.isEmpty()) {
            // Only unusable files, in no stage runner's run: nothing to load.
            const QStringList unusable = s.broken.values();
            for (const Broken &b : std::as_const(broken))
                if (unusable.contains(b.path))
                    skip(b);
            continue;
        }
        ResultSet rs;
        rs.kind = SourceKind::Locust;
        const QString folder = QFileInfo(s.dir).fileName();
        // A file named on its own is one file set of its folder: say which.
        const bool folderIsTheRun = alone && !(single && !s.label().isEmpty());
        rs.id = uniqueId(folderIsTheRun || s.label().isEmpty() ? folder : folder + QLatin1Char('/') + s.label());
        rs.files = filesOf(i);
        rs.files.sort();
        rs.path = s.paths().size() == 1 ? s.paths().first() : QDir(s.dir).filePath(s.label());
        out.append(rs);
    }

    QSet<QString> claimed;
    for (const ResultSet &rs : std::as_const(out))
        for (const QString &f : rs.files)
            claimed.insert(f);
    for (const Broken &b : std::as_const(broken))
        claimed.insert(b.path);
    files.erase(std::remove_if(files.begin(), files.end(),
                               [&](const QString &f) { return claimed.contains(QFileInfo(f).absoluteFilePath()); }),
                files.end());
    return out;
}

} // namespace palier::locust
