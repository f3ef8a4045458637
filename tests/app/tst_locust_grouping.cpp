// How Locust files are recognised (by header) and grouped into runs: file sets
// by --csv prefix, per-stage runs from prefixes that differ only by numbers,
// separate runs otherwise (file_sets.h states the rule).
#include "locust_test_files.h"

#include "sources/load.h"
#include "sources/locust/file_sets.h"
#include "sources/locust/locust_files.h"
#include "sources/source_reader.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace palier {
const SourceReader &locustReader();
}

using namespace palier;
using namespace palier::locust;
using namespace locust_test;

namespace {

QStringList filesIn(const QString &dir)
{
    QStringList out;
    for (const QFileInfo &fi : QDir(dir).entryInfoList(QDir::Files, QDir::Name))
        out.append(fi.absoluteFilePath());
    return out;
}

// A stage's files: stats.csv and a one-level history at `users`.
void writeStage(const QString &dir, const QString &prefix, int users, qint64 t0, double rate = 10, int rows = 60)
{
    const qint64 requests = qint64(rate * (users / 10 + rows + 1)) + 3;
    QVERIFY(writeFile(QDir(dir).filePath(prefix + QStringLiteral("_stats.csv")),
                      statsFile(requests, 1, 120.5, 130, rate)));
    QVERIFY(writeFile(QDir(dir).filePath(prefix + QStringLiteral("_stats_history.csv")),
                      levelHistory(t0, users, users / 10, rows, rate, 130)));
    QVERIFY(writeFile(QDir(dir).filePath(prefix + QStringLiteral("_failures.csv")),
                      "Method,Name,Error,Occurrences\r\nGET,ep,\"HTTPError('500, boom')\",1\r\n"));
}

QStringList ids(const QList<ResultSet> &sets)
{
    QStringList out;
    for (const ResultSet &s : sets)
        out.append(s.id);
    out.sort();
    return out;
}

} // namespace

class TestLocustGrouping : public QObject {
    Q_OBJECT
private slots:
    void fileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("kind");
        QTest::newRow("stats") << QStringLiteral("stage3_50users_stats.csv") << QStringLiteral("stage3_50users") << int(FileKind::Stats);
        QTest::newRow("history") << QStringLiteral("stage3_50users_stats_history.csv") << QStringLiteral("stage3_50users") << int(FileKind::History);
        QTest::newRow("failures") << QStringLiteral("x_failures.csv") << QStringLiteral("x") << int(FileKind::Failures);
        QTest::newRow("exceptions") << QStringLiteral("x_exceptions.csv") << QStringLiteral("x") << int(FileKind::Exceptions);
        QTest::newRow("requests") << QStringLiteral("1_locust_requests.csv") << QStringLiteral("1_locust") << int(FileKind::LegacyRequests);
        QTest::newRow("distribution") << QStringLiteral("example_distribution.csv") << QStringLiteral("example") << int(FileKind::Distribution);
        QTest::newRow("bare") << QStringLiteral("stats.csv") << QString() << int(FileKind::Stats);
        QTest::newRow("other") << QStringLiteral("results.csv") << QStringLiteral("results") << int(FileKind::Unknown);
    }
    void fileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, prefix);
        QFETCH(int, kind);
        const FileName n = splitFileName(name);
        QCOMPARE(n.prefix, prefix);
        QCOMPARE(int(n.kind), kind);
    }

    void usersInNames_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("users");
        QTest::addColumn<QString>("family");
        QTest::newRow("stage runner") << QStringLiteral("stage3_50users") << 50 << QStringLiteral("stage#_{U}");
        QTest::newRow("one client") << QStringLiteral("baseline_1_client") << 1 << QStringLiteral("baseline_{U}");
        QTest::newRow("clients") << QStringLiteral("baseline_25_clients") << 25 << QStringLiteral("baseline_{U}");
        QTest::newRow("vu") << QStringLiteral("run-100vu") << 100 << QStringLiteral("run-{U}");
        QTest::newRow("u") << QStringLiteral("load_75u") << 75 << QStringLiteral("load_{U}");
        QTest::newRow("unit first") << QStringLiteral("users_20_run2") << 20 << QStringLiteral("{U}_run#");
        QTest::newRow("no users") << QStringLiteral("1_locust") << -1 << QStringLiteral("#_locust");
        QTest::newRow("word with u") << QStringLiteral("menu5") << -1 << QStringLiteral("menu#");
        QTest::newRow("no digits") << QStringLiteral("baseline") << -1 << QStringLiteral("baseline");
    }
    void usersInNames()
    {
        QFETCH(QString, prefix);
        QFETCH(int, users);
        QFETCH(QString, family);
        QCOMPARE(usersFromPrefix(prefix), users);
        QCOMPARE(familyKey(prefix), family);
    }

    void headers_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("kind");
        QTest::newRow("stats 1.0+") << QString::fromLatin1(kStatsHeader) << int(FileKind::Stats);
        QTest::newRow("stats 0.13.3") << QStringLiteral("Type,Name,# requests,# failures,Median response time,Requests/s,50%,99.999,100%")
                                      << int(FileKind::Stats);
        QTest::newRow("requests 0.12") << QStringLiteral("Method,Name,# requests,# failures,Median response time,Requests/s")
                                       << int(FileKind::LegacyRequests);
        QTest::newRow("distribution") << QStringLiteral("Name,# requests,50%,66%,100%") << int(FileKind::Distribution);
        QTest::newRow("history 1.0+") << QString::fromLatin1(kHistoryHeader) << int(FileKind::History);
        QTest::newRow("history 0.13.3") << QStringLiteral("Type,Name,Timestamp,# requests,# failures,Requests/s,50%")
                                        << int(FileKind::History);
        QTest::newRow("failures") << QStringLiteral("Method,Name,Error,Occurrences") << int(FileKind::Failures);
        QTest::newRow("failures 2.44") << QStringLiteral("Method,Name,Error,Occurrences,First Seen,Last Seen") << int(FileKind::Failures);
        QTest::newRow("exceptions") << QStringLiteral("Count,Message,Traceback,Nodes") << int(FileKind::Exceptions);
        QTest::newRow("k6 csv") << QStringLiteral("metric_name,timestamp,metric_value,check,error,error_code,expected_response,group,method,name,proto,scenario,service,status,subproto,tls_version,url,extra_tags,metadata")
                                << int(FileKind::Unknown);
        QTest::newRow("random") << QStringLiteral("id,name,price") << int(FileKind::Unknown);
    }
    void headers()
    {
        QFETCH(QString, header);
        QFETCH(int, kind);
        QCOMPARE(int(kindFromHeader(header.split(QLatin1Char(',')))), kind);
    }

    // Stage-runner files with users in their names: one run named after the folder.
    void perStageFolder()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("week-47"));
        QVERIFY(QDir().mkpath(dir));
        writeStage(dir, QStringLiteral("stage1_10users"), 10, 1700000000);
        writeStage(dir, QStringLiteral("stage2_20users"), 20, 1700000100);
        writeStage(dir, QStringLiteral("stage3_40users"), 40, 1700000200);
        QVERIFY(writeFile(QDir(dir).filePath(QStringLiteral("notes.txt")), "not a csv"));
        const LoadResult r = loadRuns({dir});
        QCOMPARE(r.runs.size(), 1);
        const Run &run = r.runs.first();
        QCOMPARE(run.id, QStringLiteral("week-47"));
        QCOMPARE(run.path, QFileInfo(dir).absoluteFilePath());
        QCOMPARE(run.stagePlan(), (QList<int> {10, 20, 40}));
        QCOMPARE(run.stages.at(1).label, QStringLiteral("stage2_20users"));
        QCOMPARE(run.stages.at(1).plateauS, 59.0);   // 60 rows at 20 users, 1 s apart
        QCOMPARE(run.errors.size(), 1);
        QCOMPARE(run.errors.first().occurrences, 3);
        QCOMPARE(run.errors.first().error, QStringLiteral("HTTPError('500, boom')"));
    }

    // A stage shorter than the others is measured as it is (its plateau): the
    // grid judges the duration of the target stage only, never a reader.
    void shortPlateauMeasured()
    {
        QTemporaryDir tmp;
        writeStage(tmp.path(), QStringLiteral("s1_10u"), 10, 1700000000);
        writeStage(tmp.path(), QStringLiteral("s2_20u"), 20, 1700000100);
        writeStage(tmp.path(), QStringLiteral("s3_40u"), 40, 1700000200, 10, 20);
        const Run run = loadRuns({tmp.path()}).runs.value(0);
        QCOMPARE(run.stagePlan(), (QList<int> {10, 20, 40}));
        QCOMPARE(run.stages.at(2).plateauS, 19.0);
        QCOMPARE(run.stages.at(2).durationS, 19.0);
        QVERIFY(run.isValid());
    }

    // No users in the names (1_locust, 2_locust…): levels from the histories.
    void perStageFromHistories()
    {
        QTemporaryDir tmp;
        writeStage(tmp.path(), QStringLiteral("1_locust"), 30, 1700000000);
        writeStage(tmp.path(), QStringLiteral("2_locust"), 60, 1700000100);
        const LoadResult r = loadRuns({tmp.path()});
        QCOMPARE(r.runs.size(), 1);
        QCOMPARE(r.runs.first().stagePlan(), (QList<int> {30, 60}));
        QCOMPARE(r.runs.first().stages.first().label, QStringLiteral("1_locust"));
    }

    // Same numbering but the same level twice: repeats, hence separate runs.
    void repeatsAreRuns()
    {
        QTemporaryDir tmp;
        writeStage(tmp.path(), QStringLiteral("1_locust"), 30, 1700000000);
        writeStage(tmp.path(), QStringLiteral("2_locust"), 30, 1700000100);
        const LoadResult r = loadRuns({tmp.path()});
        QCOMPARE(r.runs.size(), 2);
        // Named for people: the folder, and the file set as the folder holds two runs.
        const QString folder = QFileInfo(tmp.path()).fileName();
        QCOMPARE(r.runs.at(0).id, folder + QStringLiteral("/1_locust"));
        QCOMPARE(r.runs.at(1).id, folder + QStringLiteral("/2_locust"));
        QCOMPARE(r.runs.at(0).stagePlan(), QList<int> {30});
        QVERIFY(r.runs.at(0).name.startsWith(r.runs.at(0).id + QStringLiteral(" · ")));
    }

    // A per-stage family beside unrelated runs: the family keeps a pattern id.
    void mixedFolder()
    {
        QTemporaryDir tmp;
        writeStage(tmp.path(), QStringLiteral("baseline_1_client"), 1, 1700000000);
        writeStage(tmp.path(), QStringLiteral("baseline_5_clients"), 5, 1700000100);
        writeStage(tmp.path(), QStringLiteral("baseline"), 8, 1700000200);
        writeStage(tmp.path(), QStringLiteral("soak"), 50, 1700000300);
        QStringList files = filesIn(tmp.path());
        QList<Finding> diags;
        const QList<ResultSet> sets = locustReader().claim(files, &diags);
        QVERIFY(files.isEmpty());
        QVERIFY(diags.isEmpty());
        const QString folder = QFileInfo(tmp.path()).fileName() + QLatin1Char('/');
        QCOMPARE(ids(sets), (QStringList {folder + QStringLiteral("baseline"), folder + QStringLiteral("baseline_*"),
                                          folder + QStringLiteral("soak")}));
        for (const ResultSet &s : sets) {
            QCOMPARE(s.kind, SourceKind::Locust);
            QCOMPARE(s.files.size(), s.id.endsWith(QStringLiteral("baseline_*")) ? 6 : 3);
        }
    }

    // Two generations under one prefix (copies of two runs) are two runs.
    void generationsUnderOnePrefix()
    {
        QTemporaryDir tmp;
        writeStage(tmp.path(), QStringLiteral("baseline"), 8, 1700000000);
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("baseline_requests.csv")),
                          "\"Method\",\"Name\",\"# requests\",\"# failures\",\"Median response time\",\"Average response time\","
                          "\"Min response time\",\"Max response time\",\"Average Content Size\",\"Requests/s\"\n"
                          "\"GET\",\"/a\",10,0,5,6,2,9,26,1.00\n\"None\",\"Total\",10,0,5,6,2,9,26,1.00"));
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("baseline_distribution.csv")),
                          "\"Name\",\"# requests\",\"50%\",\"95%\",\"100%\"\n\"GET /a\",10,5,8,9\n\"Total\",10,5,8,9"));
        const LoadResult r = loadRuns({tmp.path()});
        QCOMPARE(r.runs.size(), 2);
        QStringList got {r.runs.at(0).id, r.runs.at(1).id};
        got.sort();
        const QString folder = QFileInfo(tmp.path()).fileName() + QLatin1Char('/');
        QCOMPARE(got, (QStringList {folder + QStringLiteral("baseline"), folder + QStringLiteral("baseline_requests")}));
        for (const Run &run : r.runs) {
            if (!run.id.endsWith(QStringLiteral("baseline_requests")))
                continue;
            QCOMPARE(run.total.requests, qint64(10));
            QCOMPARE(run.total.p95Ms, 8.0);
            QCOMPARE(run.endpoint(QStringLiteral("/a"))->figures.p95Ms, 8.0);
            QCOMPARE(run.toolVersion, QStringLiteral("≤0.12.1"));
        }
    }

    // Another tool's CSVs in the folder are left for the other readers, silently.
    void foreignFilesNotClaimed()
    {
        QTemporaryDir tmp;
        writeStage(tmp.path(), QStringLiteral("run"), 10, 1700000000);
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("k6.csv")),
                          "metric_name,timestamp,metric_value,check,error,error_code,expected_response,group,method,name\n"
                          "http_reqs,1700000000,1.000000,,,,true,,GET,http://x/\n"));
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("prices.csv")), "id,name,price\n1,a,2\n"));
        QStringList files = filesIn(tmp.path());
        QList<Finding> diags;
        const QList<ResultSet> sets = locustReader().claim(files, &diags);
        QCOMPARE(sets.size(), 1);
        // The folder's only run takes the folder's name.
        QCOMPARE(sets.first().id, QFileInfo(tmp.path()).fileName());
        QCOMPARE(files.size(), 2);   // k6.csv and prices.csv stay for other readers
        QVERIFY(diags.isEmpty());
    }

    // A set whose only primary file is a renamed stats.csv (_requests.csv with a stats header).
    void renamedStatsDetectedByHeader()
    {
        QTemporaryDir tmp;
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("1_locust_requests.csv")), statsFile(500, 5, 80, 90, 12.5)));
        const LoadResult r = loadRuns({tmp.filePath(QStringLiteral("1_locust_requests.csv"))});
        QCOMPARE(r.runs.size(), 1);
        QCOMPARE(r.runs.first().total.requests, qint64(500));
        QCOMPARE(r.runs.first().total.p95Ms, 90.0);
        QVERIFY(r.runs.first().runLevelOnly);
    }
};

QTEST_GUILESS_MAIN(TestLocustGrouping)
#include "tst_locust_grouping.moc"
