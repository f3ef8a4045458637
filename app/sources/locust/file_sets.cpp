#include "sources/locust/file_sets.h"

#include "sources/locust/history_file.h"
#include "sources/locust/read_context.h"
#include "sources/locust/stage_cutter.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

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

// The user level of a per-stage candidate: its name first, else its history
// when that holds a single level. -1 when unknown.
int stageLevel(const FileSet &set)
{
    const int fromName = usersFromPrefix(set.prefix);
    if (fromName >= 1)
        return fromName;
    if (!set.hasHistory())
        return -1;
    const QList<UserSample> samples = scanUserCounts(set.files.value(FileKind::History));
    if (cutPlateaus(samples).size() > 1)
        return -1;   // a stepped run of its own
    const std::optional<Plateau> level = longestLevel(samples);
    return level ? level->users : -1;
}

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

QList<ResultSet> claimLocustFiles(QStringList &files, QList<Diagnostic> *diagnostics)
{
    const bool single = files.size() == 1;
    auto skip = [&](const Sniff &s) {
        if (diagnostics && s.status != Sniff::Status::Foreign) {
            Diagnostic d = s.problem;
            d.severity = Diagnostic::Severity::Warning;
            d.message += tr(": file skipped");
            diagnostics->append(d);
        }
    };

    QList<KnownFile> known;
    for (const QString &path : std::as_const(files)) {
        const QFileInfo fi(path);
        const FileName name = splitFileName(fi.fileName());
        if (!fi.fileName().endsWith(QLatin1StringView(".csv"), Qt::CaseInsensitive))
            continue;
        const Sniff s = sniffFile(fi.absoluteFilePath());
        if (s.status == Sniff::Status::Ok) {
            known.append({fi.absoluteFilePath(), s.kind});
            continue;
        }
        if (name.kind == FileKind::Unknown)
            continue;   // another tool's CSV: not ours to judge
        if (single)
            throw InputError{s.problem};
        skip(s);
    }
    if (known.isEmpty())
        return {};

    const QString given = single ? known.first().path : QString();
    if (single) {
        // A file named on its own brings the rest of its file set.
        const QFileInfo fi(given);
        const QString prefix = splitFileName(fi.fileName()).prefix;
        const QFileInfoList siblings = QDir(fi.absolutePath()).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &sib : siblings) {
            const FileName name = splitFileName(sib.fileName());
            if (sib.absoluteFilePath() == given || name.kind == FileKind::Unknown || name.prefix != prefix)
                continue;
            const Sniff s = sniffFile(sib.absoluteFilePath());
            if (s.status == Sniff::Status::Ok)
                known.append({sib.absoluteFilePath(), s.kind});
            else
                skip(s);
        }
    }

    QList<FileSet> sets = groupFileSets(known);
    if (single) {
        sets.erase(std::remove_if(sets.begin(), sets.end(),
                                  [&](const FileSet &s) { return !s.paths().contains(given); }),
                   sets.end());
    }

    // Per-stage families (see the header for the rule).
    QMap<QString, QList<int>> families;
    for (int i = 0; i < sets.size(); ++i)
        if (sets.at(i).hasStats() && sets.at(i).stem.isEmpty())
            families[sets.at(i).dir + QChar(0x1f) + familyKey(sets.at(i).prefix)].append(i);
    QList<QPair<QString, QList<int>>> perStage;   // family key, members
    QSet<int> inPerStage;
    for (auto it = families.cbegin(); it != families.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        QList<int> members;
        QSet<int> levels;
        bool distinct = true;
        for (int i : it.value()) {
            const int level = stageLevel(sets.at(i));
            if (level < 1)
                continue;
            distinct &= !levels.contains(level);
            levels.insert(level);
            members.append(i);
        }
        if (members.size() < 2 || !distinct)
            continue;
        perStage.append({it.key().section(QChar(0x1f), 1), members});
        for (int i : std::as_const(members))
            inPerStage.insert(i);
    }

    QList<ResultSet> out;
    QSet<QString> usedIds;
    auto uniqueId = [&](QString id) {
        const QString base = id;
        for (int n = 2; usedIds.contains(id); ++n)
            id = QStringLiteral("%1 (%2)").arg(base).arg(n);
        usedIds.insert(id);
        return id;
    };
    const bool alone = perStage.size() == 1 && inPerStage.size() == sets.size();
    for (const auto &[key, members] : std::as_const(perStage)) {
        ResultSet rs;
        rs.kind = SourceKind::Locust;
        const QString dir = sets.at(members.first()).dir;
        rs.id = uniqueId(alone ? QFileInfo(dir).fileName() : familyId(key));
        rs.path = dir;
        for (int i : members)
            rs.files += sets.at(i).paths();
        rs.files.sort();
        out.append(rs);
    }
    for (int i = 0; i < sets.size(); ++i) {
        if (inPerStage.contains(i))
            continue;
        const FileSet &s = sets.at(i);
        ResultSet rs;
        rs.kind = SourceKind::Locust;
        rs.id = uniqueId(s.label().isEmpty() ? QFileInfo(s.dir).fileName() : s.label());
        rs.files = s.paths();
        rs.files.sort();
        rs.path = rs.files.size() == 1 ? rs.files.first() : QDir(s.dir).filePath(s.label());
        out.append(rs);
    }

    QSet<QString> claimed;
    for (const ResultSet &rs : std::as_const(out))
        for (const QString &f : rs.files)
            claimed.insert(f);
    files.erase(std::remove_if(files.begin(), files.end(),
                               [&](const QString &f) { return claimed.contains(QFileInfo(f).absoluteFilePath()); }),
                files.end());
    return out;
}

} // namespace palier::locust
