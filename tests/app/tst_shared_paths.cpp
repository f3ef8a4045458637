// Paths in the shared report are relative to the results folder
// (app/report/shared_paths.h, docs/report.md "Paths"): the rule itself, and
// `palier report` on the bundled week, with a profile from elsewhere.
#include "report/shared_paths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace palier;

namespace {

Run runAt(const QString &path)
{
    Run r;
    r.path = path;
    return r;
}

QByteArray runPalier(const QStringList &args, int *code)
{
    QProcess p;
    p.start(QStringLiteral(PALIER_BINARY), args);
    p.waitForFinished(120000);
    *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

} // namespace

class TestSharedPaths : public QObject {
    Q_OBJECT
private slots:
    void resultsFolderIsTheDeepestFolderHoldingEveryRun()
    {
        // Run folders count by their parent, files and prefixes by their folder.
        QCOMPARE(resultsFolder({runAt(QStringLiteral("/data/week/run-1")), runAt(QStringLiteral("/data/week/run-2"))}),
                 QStringLiteral("/data/week"));
        QCOMPARE(resultsFolder({runAt(QStringLiteral("/data/week/run-1/stats")), runAt(QStringLiteral("/data/other/run-2"))}),
                 QStringLiteral("/data"));
        QCOMPARE(resultsFolder({runAt(QStringLiteral("/a/x")), runAt(QStringLiteral("/b/y"))}), QStringLiteral("/"));
        QCOMPARE(resultsFolder({}), QString());
    }

    void pathsInsideAreRelativeOutsideByName()
    {
        const QString folder = QStringLiteral("/data/week");
        QCOMPARE(sharedPath(QStringLiteral("/data/week/run-1"), folder), QStringLiteral("run-1"));
        QCOMPARE(sharedPath(QStringLiteral("/data/week/run-1/stats.csv"), folder), QStringLiteral("run-1/stats.csv"));
        QCOMPARE(sharedPath(QStringLiteral("/etc/palier/strict.json"), folder), QStringLiteral("strict.json"));
        QCOMPARE(sharedPath(QStringLiteral("/data/weekend/p.json"), folder), QStringLiteral("p.json"));   // a prefix is not a parent
        QCOMPARE(sharedPath(QString(), folder), QString());
    }

    void findingParametersLoseTheirFolder()
    {
        Finding f = Finding::error(QStringLiteral("run.invalid.conflicting_copies"), QStringLiteral("/data/week/a/stats.csv"), 3,
                                   {{QStringLiteral("paths"), QStringList {QStringLiteral("/data/week/a"), QStringLiteral("/mnt/b")}},
                                    {QStringLiteral("used"), QStringLiteral("/data/week/a")},
                                    {QStringLiteral("users"), 100},
                                    {QStringLiteral("message"), QStringLiteral("not a path")}});
        const Finding s = sharedFinding(f, QStringLiteral("/data/week"));
        QCOMPARE(s.file, QStringLiteral("a/stats.csv"));
        QCOMPARE(s.params.value(QStringLiteral("paths")).toStringList(), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(s.params.value(QStringLiteral("used")).toString(), QStringLiteral("a"));
        QCOMPARE(s.params.value(QStringLiteral("users")).toInt(), 100);
        QCOMPARE(s.params.value(QStringLiteral("message")).toString(), QStringLiteral("not a path"));
    }

    // The report on the bundled week names its profile and runs by their
    // place in the week's folder; a profile from elsewhere by its name alone.
    void reportHasNoMachinePath()
    {
        const QString weekly = QStringLiteral(PALIER_SOURCE_DIR "/resources/samples/weekly");
        int code = -1;
        const QString md = QString::fromUtf8(runPalier({QStringLiteral("report"), weekly, QStringLiteral("--lang"), QStringLiteral("en")}, &code));
        QCOMPARE(code, 0);
        QVERIFY(!md.isEmpty());
        QVERIFY2(!md.contains(QStringLiteral(PALIER_SOURCE_DIR)), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("(palier-profile.json)")));
        QVERIFY(md.contains(QStringLiteral("`palier analyze run-2026-11-20`")));

        QTemporaryDir elsewhere;
        const QString profile = elsewhere.filePath(QStringLiteral("strict-grid.json"));
        QVERIFY(QFile::copy(weekly + QStringLiteral("/palier-profile.json"), profile));
        const QString withProfile = QString::fromUtf8(
            runPalier({QStringLiteral("report"), weekly, QStringLiteral("--profile"), profile}, &code));
        QCOMPARE(code, 0);
        QVERIFY(withProfile.contains(QStringLiteral("(strict-grid.json)")));
        QVERIFY(!withProfile.contains(elsewhere.path()));
        QVERIFY(!withProfile.contains(QStringLiteral(PALIER_SOURCE_DIR)));
    }
};

QTEST_GUILESS_MAIN(TestSharedPaths)
#include "tst_shared_paths.moc"
