// The Locust reader on real per-stage runs (tests/data/locust/weekly and
// generated-2stage, Locust 2.12.1): every figure must be the one Locust wrote
// in each stage's stats.csv (the README tables), stages ordered by users, plateaus
// cut where User Count equals the stage level, and Locust's losses said.
#include "sources/load.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace palier;

namespace {

QString dataPath(const QString &rel)
{
    return QStringLiteral(PALIER_TEST_DATA "/locust/") + rel;
}

Run loadOne(const QString &path)
{
    const LoadResult r = loadRuns({path});
    if (r.runs.size() != 1)
        qWarning() << "expected one run at" << path << "got" << r.runs.size();
    return r.runs.value(0);
}

// users, requests, failures, req/s ×10, p50, p95, p99, athlete_search p95
using StageRow = QList<int>;

const Finding *findingOf(const Run &run, const QString &fileEnds, const QString &kind)
{
    for (const Finding &f : run.findings)
        if (f.file.endsWith(fileEnds) && f.kind == kind)
            return &f;
    return nullptr;
}

} // namespace

class TestLocustWeekly : public QObject {
    Q_OBJECT
private slots:
    void stageFigures_data()
    {
        QTest::addColumn<QString>("run");
        QTest::addColumn<QList<StageRow>>("rows");
        QTest::newRow("run-2026-11-16") << QStringLiteral("run-2026-11-16") << QList<StageRow> {
            {5, 275, 2, 31, 560, 1300, 1700, 1500}, {20, 1091, 7, 121, 570, 1400, 2000, 1600},
            {50, 2574, 5, 286, 620, 1600, 2300, 1800}, {75, 3702, 11, 411, 680, 1700, 2400, 1900},
            {100, 4605, 18, 506, 760, 1900, 2600, 2200}, {150, 3715, 28, 397, 2500, 4200, 5300, 4600}};
        QTest::newRow("run-2026-11-18") << QStringLiteral("run-2026-11-18") << QList<StageRow> {
            {5, 273, 1, 30, 580, 1500, 2300, 1600}, {20, 1068, 3, 118, 590, 1500, 2000, 1700},
            {50, 2508, 9, 276, 660, 1800, 2400, 2000}, {75, 3530, 18, 388, 740, 2000, 2800, 2300},
            {100, 3686, 17, 400, 1200, 2800, 3800, 3100}, {150, 3093, 40, 330, 3300, 5300, 6400, 5600}};
        QTest::newRow("run-2026-11-20") << QStringLiteral("run-2026-11-20") << QList<StageRow> {
            {5, 266, 3, 30, 610, 1500, 2300, 1600}, {20, 1065, 25, 118, 600, 1600, 2400, 1800},
            {50, 2470, 38, 272, 690, 1800, 2400, 2000}, {75, 3485, 52, 383, 770, 2000, 2800, 2300},
            {100, 3433, 53, 368, 1400, 3000, 4000, 3300}, {150, 2926, 143, 312, 3600, 5700, 7100, 6100}};
    }
    void stageFigures()
    {
        QFETCH(QString, run);
        QFETCH(QList<StageRow>, rows);
        const Run r = loadOne(dataPath(QStringLiteral("weekly/") + run));
        QCOMPARE(r.id, run);
        QCOMPARE(r.source, SourceKind::Locust);
        QCOMPARE(r.stages.size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const StageRow &e = rows.at(i);
            const Stage &s = r.stages.at(i);
            QCOMPARE(s.users, e.at(0));
            QCOMPARE(s.figures.requests, qint64(e.at(1)));
            QCOMPARE(s.figures.failures, qint64(e.at(2)));
            QCOMPARE(qRound(s.figures.rps * 10), e.at(3));
            QCOMPARE(s.figures.p50Ms, double(e.at(4)));
            QCOMPARE(s.figures.p95Ms, double(e.at(5)));
            QCOMPARE(s.figures.p99Ms, double(e.at(6)));
            QCOMPARE(s.figures.percentilesExact, false);
            QCOMPARE(s.figures.estimated, false);
            const Endpoint *key = s.endpoint(QStringLiteral("athlete_search"));
            QVERIFY(key);
            QCOMPARE(key->figures.p95Ms, double(e.at(7)));
            QCOMPARE(key->method, QStringLiteral("GET"));
            // The quoted name with commas is one endpoint, not split.
            QVERIFY(s.endpoint(QStringLiteral("/api/athletes/[id]?fields=name,club,pb")));
            QCOMPARE(s.endpoints.size(), 4);
            QCOMPARE(s.label, QStringLiteral("stage%1_%2users").arg(i + 1).arg(e.at(0)));
            QCOMPARE(s.files.size(), 4);
        }
    }

    void runTotals_data()
    {
        QTest::addColumn<QString>("run");
        QTest::addColumn<qint64>("requests");
        QTest::addColumn<qint64>("failures");
        QTest::addColumn<qint64>("upToTargetRequests");
        QTest::addColumn<qint64>("upToTargetFailures");
        // The README's up_to_target error rates: 43/12247, 48/11065, 171/10719.
        QTest::newRow("16") << QStringLiteral("run-2026-11-16") << qint64(15962) << qint64(71) << qint64(12247) << qint64(43);
        QTest::newRow("18") << QStringLiteral("run-2026-11-18") << qint64(14158) << qint64(88) << qint64(11065) << qint64(48);
        QTest::newRow("20") << QStringLiteral("run-2026-11-20") << qint64(13645) << qint64(314) << qint64(10719) << qint64(171);
    }
    void runTotals()
    {
        QFETCH(QString, run);
        QFETCH(qint64, requests);
        QFETCH(qint64, failures);
        QFETCH(qint64, upToTargetRequests);
        QFETCH(qint64, upToTargetFailures);
        const Run r = loadOne(dataPath(QStringLiteral("weekly/") + run));
        QCOMPARE(r.total.requests, requests);
        QCOMPARE(r.total.failures, failures);
        // Percentiles of separate stages cannot be combined.
        QVERIFY(!isKnown(r.total.p95Ms));
        QVERIFY(r.total.percentiles.isEmpty());
        qint64 req = 0, fail = 0;
        for (const Stage &s : r.stages) {
            if (s.users > 100)
                continue;
            req += s.figures.requests;
            fail += s.figures.failures;
        }
        QCOMPARE(req, upToTargetRequests);
        QCOMPARE(fail, upToTargetFailures);
        // Endpoints merged by name across stages: counts add up, percentiles unknown.
        const Endpoint *key = r.endpoint(QStringLiteral("athlete_search"));
        QVERIFY(key);
        qint64 keyRequests = 0;
        for (const Stage &s : r.stages)
            keyRequests += s.endpoint(QStringLiteral("athlete_search"))->figures.requests;
        QCOMPARE(key->figures.requests, keyRequests);
        QVERIFY(!isKnown(key->figures.p95Ms));
        QCOMPARE(r.endpoints.size(), 4);
        QCOMPARE(r.toolVersion, QStringLiteral("≥2.2.2"));
        // Times from the history, UTC, the runs made one after the other on 2026-11-22.
        QVERIFY(r.startedAt.isValid() && r.endedAt.isValid());
        QCOMPARE(r.startedAt.timeSpec(), Qt::UTC);
        QCOMPARE(r.startedAt.date(), QDate(2026, 11, 22));
        QVERIFY(r.endedAt > r.startedAt.addSecs(6 * 90));
        QVERIFY(r.endedAt < r.startedAt.addSecs(15 * 60));
        // Errors from failures.csv, summed over the stages.
        qint64 occurrences = 0;
        for (const ErrorEntry &e : r.errors)
            occurrences += e.occurrences;
        QCOMPARE(occurrences, failures);
    }

    void plateaus()
    {
        const Run r = loadOne(dataPath(QStringLiteral("weekly/run-2026-11-16")));
        for (const Stage &s : r.stages) {
            // 90 s per stage at 10 users/s: the plateau is 90 s minus the ramp,
            // minus the seconds the history lost at the end. The stage's
            // duration is its plateau (docs/grid-rules.md §3: the ramp does not count).
            const double ramp = s.users / 10.0;
            QVERIFY2(s.plateauS <= 90 - ramp + 1 && s.plateauS >= 60, qPrintable(s.label));
            QCOMPARE(s.durationS, s.plateauS);
            QCOMPARE(s.gapS, 0.0);
            QVERIFY(s.plateauStart.isValid() && s.plateauEnd.isValid());
            QCOMPARE(qint64(s.plateauStart.secsTo(s.plateauEnd)), qint64(s.plateauS));
            // The stage's series is the plateau, at one row a second, all at the level.
            QVERIFY(!s.series.isEmpty());
            QCOMPARE(s.series.stepMs, 1000);
            QCOMPARE(s.series.percentileWindow, WindowKind::Sliding10s);
            for (const TimePoint &p : s.series.points)
                QCOMPARE(p.users, double(s.users));
            QVERIFY(s.endpointSeries.contains(QStringLiteral("athlete_search")));
        }
        // stage5_100users: 100 users from 19:05:26 to 19:06:45, then the stop row (19).
        const Stage *s100 = r.stageWithUsers(100);
        QVERIFY(s100);
        QCOMPARE(s100->plateauStart, QDateTime(QDate(2026, 11, 22), QTime(19, 5, 26), Qt::UTC));
        QCOMPARE(s100->plateauEnd, QDateTime(QDate(2026, 11, 22), QTime(19, 6, 45), Qt::UTC));
        QCOMPARE(s100->plateauS, 79.0);
        QCOMPARE(s100->durationS, 79.0);
        // Its history ends on the stop row: nothing of the plateau is missing.
        QCOMPARE(s100->creditS, 0.0);
        // stage1 lost the last seconds of its history (rows end at +80 s, no stop
        // row) while stats.csv counted requests after them: the plateau is
        // credited min(flush interval, missing requests ÷ its req/s) (docs/grid-rules.md §3).
        const Stage *s5 = r.stageWithUsers(5);
        QCOMPARE(s5->durationS, 79.0);
        QVERIFY2(s5->creditS > 5 && s5->creditS <= 10, qPrintable(QString::number(s5->creditS)));
        QVERIFY(s5->missingRequests > 0);
        QCOMPARE(s5->flushIntervalS, 10.0);

        // The run's series covers every stage file, ramps included, running totals continued.
        QCOMPARE(r.series.points.size(), 536);   // 81 + 5 × 91 Aggregated rows
        double previous = -1;
        for (const TimePoint &p : r.series.points) {
            if (!isKnown(p.cumRequests))
                continue;
            QVERIFY(p.cumRequests >= previous);
            previous = p.cumRequests;
        }
        QVERIFY(previous > 15000 && previous <= r.total.requests);
    }

    void noDataYetIsNotZero()
    {
        const Run r = loadOne(dataPath(QStringLiteral("weekly/run-2026-11-16")));
        // The first history row is N/A everywhere; early per-endpoint rows print
        // 0 percentiles and 0.000000 req/s: no data yet, never 0 ms.
        const Series &key = r.endpointSeries.value(QStringLiteral("athlete_search"));
        QVERIFY(!key.isEmpty());
        for (const TimePoint &p : key.points)
            QVERIFY(p.p95Ms != 0);
        // First athlete_search row: 2 requests done, "0.000000" req/s, 0 percentiles.
        QCOMPARE(key.points.first().cumRequests, 2.0);
        QVERIFY(!isKnown(key.points.first().rps));
        QVERIFY(!isKnown(key.points.first().p95Ms));
        QVERIFY(!isKnown(r.series.points.first().p95Ms));
        QVERIFY(!isKnown(r.series.points.first().rps));
    }

    void losses()
    {
        const Run r = loadOne(dataPath(QStringLiteral("weekly/run-2026-11-16")));
        int lag = 0;
        for (const Finding &f : r.findings) {
            QVERIFY(f.severity != Finding::Severity::Error);
            QVERIFY(!f.file.isEmpty());
            if (f.kind == u"locust.stats_lag")
                ++lag;
        }
        QVERIFY(r.isValid());
        QCOMPARE(lag, 1);   // once per run, not per stage
        // Stage 1's history stops ~10 s early; the others end on the stop row.
        const Finding *flush = findingOf(r, QStringLiteral("stage1_5users_stats_history.csv"),
                                         QStringLiteral("locust.history_flush_loss"));
        QVERIFY(flush);
        QCOMPARE(flush->params.value(QStringLiteral("missing_s")).toLongLong(), 9);
        QCOMPARE(flush->params.value(QStringLiteral("flush_s")).toDouble(), 10.0);
        const Finding *stop = findingOf(r, QStringLiteral("stage5_100users_stats_history.csv"),
                                        QStringLiteral("locust.history_stop_row"));
        QVERIFY(stop);
        QCOMPARE(stop->params.value(QStringLiteral("users")).toLongLong(), 19);
        for (const Stage &s : r.stages) {
            const QString history = s.label + QStringLiteral("_stats_history.csv");
            QVERIFY2(findingOf(r, history, QStringLiteral("locust.history_flush_loss"))
                         || findingOf(r, history, QStringLiteral("locust.history_stop_row")),
                     qPrintable(history));
        }
    }

    // docs/locust-reader.md, "Known losses": the flush interval behind the
    // credit is 5 s when the files show Locust 2.44 or later (failures.csv's
    // First Seen), 10 s otherwise (losses() above).
    void flushIntervalFollowsTheVersion()
    {
        QTemporaryDir tmp;
        const QString source = dataPath(QStringLiteral("weekly/run-2026-11-16"));
        const QString run = tmp.filePath(QStringLiteral("run-2026-11-16"));
        QVERIFY(QDir().mkpath(run));
        for (const QString &name : QDir(source).entryList(QDir::Files))
            QVERIFY(QFile::copy(source + QLatin1Char('/') + name, run + QLatin1Char('/') + name));
        // stage1's failures.csv as Locust 2.44 writes it.
        QFile failures(run + QStringLiteral("/stage1_5users_failures.csv"));
        QVERIFY(failures.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = failures.readAll().split('\n');
        failures.close();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QByteArray &line = lines[i];
            const bool cr = line.endsWith('\r');
            if (cr)
                line.chop(1);
            if (line.isEmpty())
                continue;
            line += i == 0 ? ",First Seen,Last Seen" : ",1795374000,1795374080";
            if (cr)
                line += '\r';
        }
        QVERIFY(failures.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(failures.write(lines.join('\n')) > 0);
        failures.close();

        const Run r = loadOne(run);
        QCOMPARE(r.toolVersion, QStringLiteral("≥2.44"));
        const Stage *s5 = r.stageWithUsers(5);
        QVERIFY(s5);
        QCOMPARE(s5->flushIntervalS, 5.0);
        QCOMPARE(s5->creditS, 5.0);   // min(flush interval, missing ÷ rate): over 5 s at 10 s (losses())
        const Finding *flush = findingOf(r, QStringLiteral("stage1_5users_stats_history.csv"),
                                         QStringLiteral("locust.history_flush_loss"));
        QVERIFY(flush);
        QCOMPARE(flush->params.value(QStringLiteral("flush_s")).toDouble(), 5.0);
    }

    void generatedTwoStage()
    {
        const Run r = loadOne(dataPath(QStringLiteral("generated-2stage")));
        QCOMPARE(r.id, QStringLiteral("generated-2stage"));
        QCOMPARE(r.stagePlan(), (QList<int> {8, 60}));
        const Stage &a = r.stages.at(0), &b = r.stages.at(1);
        QCOMPARE(a.figures.requests, qint64(158));
        QCOMPARE(a.figures.failures, qint64(3));
        QCOMPARE(a.figures.p95Ms, 150.0);
        QCOMPARE(a.figures.p50Ms, 57.0);   // the 50% column, not the Median column (56)
        QCOMPARE(a.endpoint(QStringLiteral("athlete_search"))->figures.p95Ms, 140.0);
        QCOMPARE(a.endpoint(QStringLiteral("/api/login"))->figures.p50Ms, 120.0);   // "120.0" in the file
        QCOMPARE(a.endpoint(QStringLiteral("/api/athletes/[id]?fields=name,club,pb"))->figures.requests, qint64(28));
        QCOMPARE(b.figures.requests, qint64(1124));
        QCOMPARE(b.figures.failures, qint64(13));
        QCOMPARE(b.figures.p95Ms, 190.0);
        QCOMPARE(b.figures.percentile(0.999), 440.0);
        QCOMPARE(b.figures.percentile(0.9999), 530.0);
        QCOMPARE(b.endpoint(QStringLiteral("athlete_search"))->figures.p95Ms, 170.0);
        QCOMPARE(a.errors.size(), 2);
        QCOMPARE(r.total.requests, qint64(158 + 1124));
        // The history covers only ~10 s of each 20 s stage: said, per stage.
        QVERIFY(findingOf(r, QStringLiteral("stage1_8users_stats_history.csv"), QStringLiteral("locust.history_flush_loss")));
        QVERIFY(findingOf(r, QStringLiteral("stage2_60users_stats_history.csv"), QStringLiteral("locust.history_flush_loss")));
        // The 60-user level is held for 7 s only, still the stage's level.
        QCOMPARE(b.plateauS, 7.0);
    }

    void weeklyFolderGivesThreeRuns()
    {
        // The parent folder: one run per sub-folder, oldest first; the README,
        // console summary and JSON files are not claimed.
        const LoadResult r = loadRuns({dataPath(QStringLiteral("weekly"))});
        QCOMPARE(r.runs.size(), 3);
        QCOMPARE(r.runs.at(0).id, QStringLiteral("run-2026-11-16"));
        QCOMPARE(r.runs.at(2).id, QStringLiteral("run-2026-11-20"));
        QVERIFY(r.diagnostics.isEmpty());
    }

    void singleFilePicksItsSiblings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("stats") << QStringLiteral("stage5_100users_stats.csv");
        QTest::newRow("history") << QStringLiteral("stage5_100users_stats_history.csv");
        QTest::newRow("failures") << QStringLiteral("stage5_100users_failures.csv");
        QTest::newRow("prefix") << QStringLiteral("stage5_100users");
    }
    void singleFilePicksItsSiblings()
    {
        QFETCH(QString, file);
        const Run r = loadOne(dataPath(QStringLiteral("weekly/run-2026-11-16/") + file));
        // Named for people: the folder and the file set, never a bare stem.
        QCOMPARE(r.id, QStringLiteral("run-2026-11-16/stage5_100users"));
        QCOMPARE(r.stages.size(), 1);
        QCOMPARE(r.stages.first().users, 100);
        QCOMPARE(r.stages.first().files.size(), 4);
        QCOMPARE(r.stages.first().figures.requests, qint64(4605));
        QCOMPARE(r.total.p95Ms, 1900.0);   // one stage: Locust's own Aggregated row
        QCOMPARE(r.stages.first().plateauS, 79.0);
    }
};

QTEST_GUILESS_MAIN(TestLocustWeekly)
#include "tst_locust_weekly.moc"
