// One run per test, one decision per week (docs/grid-rules.md §9): the weekly runs give
// the same decision whatever copy, encoding or link of them is opened, a stage
// file never splits its run, and a real LoadTestShape's short steps are stages.
#include "trust_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace palier;
using namespace palier::trust;

namespace {

// Every stats file of the week, re-encoded in UTF-16.
bool encodeStatsUtf16(const QString &weekly, bool bom)
{
    QDirIterator it(weekly, {QStringLiteral("*_stats.csv")}, QDir::Files, QDirIterator::Subdirectories);
    bool any = false;
    while (it.hasNext()) {
        if (!toUtf16(it.next(), bom))
            return false;
        any = true;
    }
    return any;
}

} // namespace

class TestTrustCopies : public QObject {
    Q_OBJECT
private slots:
    // The test the issue asks for by name: the weekly sample, its UTF-16 copy,
    // its symlinked copy and its doubled folder all give the same decision.
    void sameDecisionWhateverTheCopy_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("intact") << QStringLiteral("intact");
        QTest::newRow("UTF-16 with BOM") << QStringLiteral("utf16-bom");
        QTest::newRow("UTF-16 without BOM") << QStringLiteral("utf16");
        QTest::newRow("latest -> run symlink") << QStringLiteral("symlink");
        QTest::newRow("copied run folder") << QStringLiteral("copied-run");
        QTest::newRow("doubled folder") << QStringLiteral("doubled");
        QTest::newRow("same folder twice") << QStringLiteral("twice");
        QTest::newRow("link back to the parent") << QStringLiteral("loop");
    }
    void sameDecisionWhateverTheCopy()
    {
        QFETCH(QString, variant);
        QTemporaryDir tmp;
        const QString weekly = weeklyCopy(tmp.path());
        QVERIFY(!weekly.isEmpty());
        const Assessment intact = decideOn({weekly});
        QCOMPARE(intact.runs.size(), 3);
        QStringList paths {weekly};
        if (variant == u"utf16-bom" || variant == u"utf16") {
            QVERIFY(encodeStatsUtf16(weekly, variant == u"utf16-bom"));
        } else if (variant == u"symlink") {
            QVERIFY(QFile::link(weekly + QStringLiteral("/run-2026-11-20"), weekly + QStringLiteral("/latest")));
        } else if (variant == u"copied-run") {
            QVERIFY(copyTree(weekly + QStringLiteral("/run-2026-11-20"), weekly + QStringLiteral("/run-2026-11-20 (copy)")));
        } else if (variant == u"doubled") {
            const QString other = tmp.path() + QStringLiteral("/elsewhere/weekly");
            QVERIFY(copyTree(weekly, other));
            paths << other;
        } else if (variant == u"twice") {
            paths << weekly << weekly + QStringLiteral("/");
        } else if (variant == u"loop") {
            QVERIFY(QFile::link(weekly, weekly + QStringLiteral("/run-2026-11-18/back")));
        }
        const Assessment a = decideOn(paths);
        QCOMPARE(a.runs.size(), 3);
        QCOMPARE(a.windowVerdict.decision, intact.windowVerdict.decision);
        QCOMPARE(a.windowVerdict.runIds.size(), 3);
        for (qsizetype i = 0; i < a.runs.size(); ++i) {
            const Run &run = a.runs.at(i);
            QCOMPARE(run.stagePlan(), (QList<int> {5, 20, 50, 75, 100, 150}));
            QVERIFY2(run.isValid(), qPrintable(run.id));
            QCOMPARE(run.total.requests, intact.runs.at(i).total.requests);
            // Named for people by its own folder, not by a link or a copy's name.
            QVERIFY2(run.id.startsWith(QStringLiteral("run-2026-11-")), qPrintable(run.id));
        }
        // A run reached several ways names every path, once.
        if (variant == u"symlink" || variant == u"copied-run" || variant == u"doubled") {
            bool named = false;
            for (const Run &run : a.runs)
                if (run.paths.size() >= 2 && hasFinding(run, QStringLiteral("run.duplicate")))
                    named = true;
            QVERIFY(named);
        }
        if (variant == u"symlink") {
            // The run keeps its own folder's path first, then the link's.
            const Run *linked = nullptr;
            for (const Run &run : a.runs)
                if (run.id == u"run-2026-11-20")
                    linked = &run;
            QVERIFY(linked);
            const QStringList both {weekly + QStringLiteral("/run-2026-11-20"), weekly + QStringLiteral("/latest")};
            QCOMPARE(linked->paths, both);
            QStringList named;
            for (const Finding &f : linked->findings)
                if (f.kind == u"run.duplicate")
                    named += f.params.value(QStringLiteral("paths")).toStringList();
            QCOMPARE(named, both);
        }
        if (variant.startsWith(u"utf16"))
            QVERIFY(hasFinding(a.runs.first(), QStringLiteral("csv.encoding_utf16")));
    }

    // A second file set at a user level the run already has: one run, set
    // aside until one of them goes — never seven runs, never a silent pick.
    void secondFileSetAtOneLevelKeepsOneRun_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("numbered like the others") << QStringLiteral("stage7_100users");
        QTest::newRow("named some other way") << QStringLiteral("stage5_100users_again");
    }
    void secondFileSetAtOneLevelKeepsOneRun()
    {
        QFETCH(QString, prefix);
        QTemporaryDir tmp;
        const QString weekly = weeklyCopy(tmp.path());
        const QString dir = weekly + QStringLiteral("/run-2026-11-20/");
        for (const char *kind : {"_stats.csv", "_stats_history.csv", "_failures.csv", "_exceptions.csv"})
            QVERIFY(QFile::copy(dir + QStringLiteral("stage5_100users") + QLatin1String(kind),
                                dir + prefix + QLatin1String(kind)));
        const Assessment a = decideOn({weekly});
        QCOMPARE(a.runs.size(), 3);
        const Run *run = nullptr;
        for (const Run &r : a.runs)
            if (r.id == u"run-2026-11-20")
                run = &r;
        QVERIFY(run);
        QVERIFY(hasFinding(*run, QStringLiteral("run.invalid.duplicate_stage")));
        QVERIFY(!a.verdictOf(run->id)->valid);
        QVERIFY(notBetter(a.windowVerdict.decision, decideOn({weeklySource()}, demoProfile()).windowVerdict.decision));
        QVERIFY(a.windowVerdict.invalidRunIds.contains(run->id));
    }

    // The real 4-step LoadTestShape (10, 30, 60, 40 users for 20 s each): four
    // stages, no length floor, the last step lower than the one before it.
    void shortShapeStepsAreStages()
    {
        const LoadResult r = loadRuns({QStringLiteral(PALIER_TEST_DATA "/locust/stepped-short")});
        QCOMPARE(r.runs.size(), 1);
        const Run &run = r.runs.first();
        QCOMPARE(run.stagePlan(), (QList<int> {10, 30, 40, 60}));
        for (const Stage &s : run.stages) {
            QVERIFY2(s.durationS >= 15 && s.durationS <= 20, qPrintable(QString::number(s.durationS)));
            QVERIFY(s.figures.requests > 0);
        }
        QVERIFY(run.isValid());
    }

    // Runs are named for people: the folder and the start time.
    void runsAreNamedByFolderAndTime()
    {
        const Assessment a = decideOn({weeklySource()}, demoProfile());
        for (const Run &run : a.runs) {
            QVERIFY(run.id.startsWith(QStringLiteral("run-2026-11-")));
            QVERIFY2(run.name.startsWith(run.id + QStringLiteral(" · 2026-11-22 ")), qPrintable(run.name));
        }
    }
};

QTEST_GUILESS_MAIN(TestTrustCopies)
#include "tst_trust_copies.moc"
