// Shared by the trust suites: damaged, copied, linked and re-encoded variants
// of the REAL weekly Locust runs (tests/data/locust/weekly, Locust 2.12.1),
// built by the test in a temporary folder, and the decision Palier takes on
// them — in process (loadRuns + assess, with the profile the folder carries)
// and through the command line (runCli) for exit codes.
#pragma once

#include "cli/cli.h"
#include "grid/assessment.h"
#include "grid/decision_rules.h"
#include "grid/profile.h"
#include "sources/load.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTextStream>

namespace palier::trust {

inline QString weeklySource()
{
    return QStringLiteral(PALIER_TEST_DATA "/locust/weekly");
}

// The demo profile the bundled week carries (80-s plateaus required).
inline QString demoProfile()
{
    return QStringLiteral(PALIER_SOURCE_DIR "/resources/profiles/demo-90s.json");
}

// Copies the tree `from` into `to` (created), files byte for byte.
inline bool copyTree(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(path);
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else if (!QFile::copy(path, target)) {
            return false;
        }
    }
    return true;
}

// The weekly runs, copied into `dir`/weekly with the demo profile beside them.
inline QString weeklyCopy(const QString &dir)
{
    const QString to = dir + QStringLiteral("/weekly");
    if (!copyTree(weeklySource(), to) || !QFile::copy(demoProfile(), to + QStringLiteral("/palier-profile.json")))
        return {};
    return to;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline bool appendTo(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::Append) && f.write(bytes) == bytes.size();
}

// Re-encodes a UTF-8 text file as UTF-16 (little endian), with or without BOM,
// as Windows editors save it.
inline bool toUtf16(const QString &path, bool bom)
{
    QStringEncoder enc(QStringConverter::Utf16LE, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    const QByteArray bytes = enc.encode(QString::fromUtf8(readAll(path)));
    return writeAll(path, bytes);
}

// Replaces the first occurrence of `from` by `to` in a file.
inline bool replaceIn(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QByteArray bytes = readAll(path);
    const qsizetype at = bytes.indexOf(from);
    if (at < 0)
        return false;
    bytes.replace(at, from.size(), to);
    return writeAll(path, bytes);
}

// The assessment the command line makes of `paths`: the profile beside the
// results (palier-profile.json), else `profile`, else the built-in grid.
inline Assessment decideOn(const QStringList &paths, const QString &profile = {})
{
    const QString beside = profileBesideResults(paths);
    const QString file = profile.isEmpty() ? beside : profile;
    const Profile p = file.isEmpty() ? Profile::builtinDefault() : Profile::fromFile(file);
    return assess(loadRuns(paths).runs, p, file);
}

inline bool hasFinding(const Run &run, const QString &kind)
{
    for (const Finding &f : run.findings)
        if (f.kind == kind)
            return true;
    return false;
}

inline bool hasInvalidReason(const RunVerdict &v, const QString &kind)
{
    for (const Finding &f : v.invalidReasons)
        if (f.kind == kind)
            return true;
    return false;
}

struct CliResult {
    int code = -1;
    QString out, err;
};

inline CliResult cli(const QStringList &args)
{
    CliResult r;
    QTextStream o(&r.out), e(&r.err);
    r.code = runCli(args, o, e);
    o.flush();
    e.flush();
    return r;
}

// "No variant gets a better decision than the intact input": GO > WATCH >
// INCONCLUSIVE > NO-GO, with INCONCLUSIVE never better than a NO-GO it stands
// for (docs/grid-rules.md §10: an invalid run never makes a decision better).
inline bool notBetter(Decision variant, Decision intact)
{
    if (intact == Decision::NoGo)
        return variant == Decision::NoGo || variant == Decision::Inconclusive;
    return decisionRank(variant) <= decisionRank(intact);
}

} // namespace palier::trust
