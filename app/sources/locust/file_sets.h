// Grouping one folder's Locust files into runs.
//
// 1. File sets. Files are recognised by their header (file_kinds.cpp) and tied
//    together by their --csv prefix: X_stats.csv, X_stats_history.csv,
//    X_failures.csv, X_exceptions.csv, X_requests.csv, X_distribution.csv. Two
//    generations under one prefix (a <= 0.13.2 _requests.csv pair beside a
//    modern stats.csv: copies of two runs put in one folder) are two sets, as is
//    a second file of the same kind (X_stats.csv and a stats.csv renamed
//    X_requests.csv).
// 2. Per-stage runs. Stage runners write one file set per user level and vary
//    only the numbers in the prefix (stage3_50users, baseline_5_clients,
//    1_locust…). Sets whose prefixes are equal once the numbers are blanked
//    (familyKey) make ONE run with one stage per set when:
//      - each has Locust's own figures (stats.csv or _requests.csv), and
//      - each has a known user level: from the name (50users, 5_clients, 100vu)
//        or else from its history's User Count, which must then hold one level
//        (a history that steps through several levels is a run of its own), and
//      - they hold at least two different levels (sets that all ran one level
//        are repeats of one test: runs of their own).
//    Two sets at one level inside such a family make the run invalid
//    ("run.invalid.duplicate_stage"): never a silent split, never a silent pick.
//    Sets that fail these tests are separate runs, named by folder and prefix.
// 3. A single file named by the user brings its siblings with the same prefix.
#pragma once

#include "sources/load.h"
#include "sources/locust/locust_files.h"

#include <QMap>

namespace palier::locust {

struct FileSet {
    QString dir;                         // absolute folder
    QString prefix;                      // --csv prefix ("" for a bare stats.csv)
    QString stem;                        // id when split off a prefix (file stem)
    QMap<FileKind, QString> files;       // absolute paths
    // Files of the set, by the kind their name says, that cannot be used
    // (undecodable, binary, empty): they still tie the set to its run. A
    // multi-map: names differing only in case ("x_stats.csv", "x_STATS.csv")
    // are two files of one kind.
    QMultiMap<FileKind, QString> broken;

    bool hasStats() const
    {
        for (FileKind k : {FileKind::Stats, FileKind::LegacyRequests})
            if (files.contains(k) || broken.contains(k))
                return true;
        return false;
    }
    bool hasHistory() const { return files.contains(FileKind::History); }
    QString label() const { return stem.isEmpty() ? prefix : stem; }
    QStringList paths() const { return files.values(); }
};

struct KnownFile {
    QString path;      // absolute
    FileKind kind;     // from the header
};

// Groups recognised files into sets (step 1), in a stable order.
QList<FileSet> groupFileSets(const QList<KnownFile> &files);

// SourceReader::claim for Locust (steps 1–3). Files named like Locust's whose
// content cannot be used stay in their set (which they make invalid). Console
// and log files beside a set (isSideFileOf) join it: they hold Locust's CPU
// warnings.
QList<ResultSet> claimLocustFiles(QStringList &files, QList<Finding> *diagnostics);

// A console or log file of the set with this --csv prefix: "<prefix>.log",
// "<prefix>.console.txt", "<prefix>_anything.txt"; for an empty prefix the
// generic names locust.log, locust.console.txt, console.txt, console.log.
bool isSideFileOf(const QString &fileName, const QString &prefix);

} // namespace palier::locust
