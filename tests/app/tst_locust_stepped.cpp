// Stages cut from one history whose User Count steps through plateaus
// (LoadTestShape): the cutting rule, and stage figures taken as differences of
// the running totals, estimated percentiles only from sliding windows.
#include "locust_test_files.h"

#include "sources/load.h"
#include "analysis/plateaus.h"

#include <QTemporaryDir>
#include <QTest>

using namespace palier;

using namespace locust_test;

namespace {

QList<UserSample> samples(const QList<int> &users, qint64 stepMs = 1000)
{
    QList<UserSample> out;
    for (qsizetype i = 0; i < users.size(); ++i)
        out.append({1700000000000 + i * stepMs, double(users.at(i))});
    return out;
}

QList<int> repeat(int value, int count)
{
    return QList<int>(count, value);
}

constexpr qint64 kT0 = 1700000000;

// Three plateaus of 40 rows at 10, 20 and 30 users, one ramp row before each,
// a stop row at the end. Each second at level L adds L requests of 10·L ms
// (one failure a second at 30 users). With `fullHistory`, an endpoint "ep"
// carries the same rows and the percentiles are 10 s windows (they differ from
// the running median); without, percentiles are cumulative (equal to it).
QByteArray steppedHistory(bool fullHistory)
{
    QByteArray out = QByteArray(kHistoryHeader) + "\r\n";
    out += historyRow(kT0, 0, "", "Aggregated", 0, 0, QByteArray(), 0, 0, 0, 0, 0, 0);
    double n = 0, failures = 0, sum = 0, maxMs = 0;
    qint64 t = kT0 + 1;
    auto second = [&](int users, int level) {
        const double rate = level, latency = 10.0 * level;
        n += rate;
        sum += rate * latency;
        maxMs = std::max(maxMs, latency);
        if (level == 30)
            failures += 1;
        const double fps = level == 30 ? 1 : 0;
        const QByteArray p = QByteArray::number(fullHistory ? latency : 999);
        const double median = 999;   // the running median: a window's differs, a cumulative one does not
        if (fullHistory)
            out += historyRow(t, users, "GET", "ep", rate, fps, p, n, failures, median, sum / n, 100, maxMs);
        out += historyRow(t, users, "", "Aggregated", rate, fps, p, n, failures, median, sum / n, 100, maxMs);
        ++t;
    };
    for (int level : {10, 20, 30}) {
        second(level - 5, level - 10 > 0 ? level - 10 : level);   // ramp row, previous level's traffic
        for (int i = 0; i < 40; ++i)
            second(level, level);
    }
    out += historyRow(t, 3, "", "Aggregated", 30, 1, fullHistory ? "300" : "999", n, failures, 999, sum / n, 100, maxMs);
    return out;
}

} // namespace

class TestLocustStepped : public QObject {
    Q_OBJECT
private slots:
    void cutter_data()
    {
        QTest::addColumn<QList<UserSample>>("input");
        QTest::addColumn<QList<int>>("levels");
        QTest::addColumn<QList<int>>("points");
        // Spawning at 10 users/s then 90 s held, then the stop row: one plateau.
        QTest::newRow("ramp, plateau, stop") << samples(QList<int> {0, 10, 20, 30, 40, 50} + repeat(50, 85) + QList<int> {10})
                                             << QList<int> {50} << QList<int> {86};
        // LoadTestShape steps of 2 minutes, then idle rows at 0.
        QTest::newRow("steps") << samples(repeat(0, 5) + repeat(10, 120) + repeat(20, 120) + repeat(30, 120) + repeat(0, 50))
                               << QList<int> {10, 20, 30} << QList<int> {120, 120, 120};
        // Locust 1.0 spawning one user every 20 s (rows every 2 s): a slow ramp, not stages.
        QTest::newRow("slow spawn") << samples(repeat(1, 10) + repeat(2, 10) + repeat(3, 10) + repeat(4, 140), 2000)
                                    << QList<int> {4} << QList<int> {140};
        // One odd row inside a plateau does not split it.
        QTest::newRow("blip") << samples(repeat(40, 30) + QList<int> {39} + repeat(40, 30))
                              << QList<int> {40} << QList<int> {61};
        // A stage is every plateau, however short (docs/grid-rules.md §3): three rows at 10.
        QTest::newRow("short") << samples(QList<int> {0, 10, 10, 10, 0}) << QList<int> {10} << QList<int> {3};
        // A LoadTestShape holding 5, 20, 50, 75 users for 25 s each, spawning
        // fast (one ramp row between levels): four stages, no 30-s floor.
        QTest::newRow("25-s steps") << samples(QList<int> {0} + repeat(5, 25) + QList<int> {15} + repeat(20, 25)
                                               + QList<int> {35} + repeat(50, 25) + QList<int> {65} + repeat(75, 25)
                                               + QList<int> {0})
                                    << QList<int> {5, 20, 50, 75} << QList<int> {25, 25, 25, 25};
        // A level on a single row has no duration: never a stage.
        QTest::newRow("single rows") << samples(QList<int> {0, 10, 20, 30, 0}) << QList<int> {} << QList<int> {};
        QTest::newRow("empty") << QList<UserSample> {} << QList<int> {} << QList<int> {};
    }
    void cutter()
    {
        QFETCH(QList<UserSample>, input);
        QFETCH(QList<int>, levels);
        QFETCH(QList<int>, points);
        const QList<Plateau> got = cutPlateaus(input);
        QList<int> gotLevels, gotPoints;
        for (const Plateau &p : got) {
            gotLevels.append(p.users);
            gotPoints.append(int(p.points()));
        }
        QCOMPARE(gotLevels, levels);
        QCOMPARE(gotPoints, points);
    }

    void mainLevel()
    {
        // A stage file whose history stopped after a few seconds still names its level.
        const auto level = palier::mainLevel(samples(QList<int> {0, 25, 50, 60, 60, 60, 12}));
        QVERIFY(level.has_value());
        QCOMPARE(level->users, 60);
        QCOMPARE(level->durationS(), 2.0);
        QVERIFY(!palier::mainLevel(samples(QList<int> {0, 0, 0})).has_value());
        // Cut after its first row at the level: still that level.
        const auto cut = palier::mainLevel(samples(QList<int> {0, 10, 20, 30}));
        QVERIFY(cut.has_value());
        QCOMPARE(cut->users, 30);
    }

    // Rows missing inside a plateau (a paused writer, lines cut out) add nothing
    // to its duration (docs/grid-rules.md §3).
    void forwardGapAddsNoDuration()
    {
        QList<UserSample> in = samples(repeat(40, 30));
        for (qsizetype i = 15; i < in.size(); ++i)
            in[i].tMs += 60'000;   // one minute without rows after row 15
        const QList<Plateau> got = cutPlateaus(in);
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().gapS, 61.0);
        QCOMPARE(got.first().durationS(), 29.0 + 60.0 - 61.0);
    }

    void slidingWindows()
    {
        QTemporaryDir tmp;
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("shape_stats_history.csv")), steppedHistory(true)));
        // stats.csv counts a few more requests than the history (it lags less).
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("shape_stats.csv")), statsFile(2457, 40, 233.3, 300, 19.5)));
        const LoadResult r = loadRuns({tmp.filePath(QStringLiteral("shape_stats.csv"))});
        QCOMPARE(r.runs.size(), 1);
        const Run &run = r.runs.first();
        QCOMPARE(run.stagePlan(), (QList<int> {10, 20, 30}));
        QCOMPARE(run.series.percentileWindow, WindowKind::Sliding10s);
        // The run's own figures are Locust's Aggregated row.
        QCOMPARE(run.total.requests, qint64(2457));
        QCOMPARE(run.total.p95Ms, 300.0);
        QVERIFY(!run.total.estimated);
        const int levels[] = {10, 20, 30};
        for (int i = 0; i < 3; ++i) {
            const Stage &s = run.stages.at(i);
            const int level = levels[i];
            // 40 rows a second apart: 39 s between the first and last row at the level.
            QCOMPARE(s.plateauS, 39.0);
            QCOMPARE(s.durationS, 39.0);
            QCOMPARE(s.plateauStart, QDateTime::fromSecsSinceEpoch(kT0 + 2 + 41 * i, Qt::UTC));
            QCOMPARE(s.figures.requests, qint64(39 * level));
            QCOMPARE(s.figures.failures, qint64(level == 30 ? 39 : 0));
            QCOMPARE(s.figures.rps, double(level));
            QCOMPARE(s.figures.avgMs, 10.0 * level);
            QCOMPARE(s.figures.p95Ms, 10.0 * level);   // the windows' median
            QCOMPARE(s.figures.p50Ms, 10.0 * level);
            QVERIFY(s.figures.estimated);
            QVERIFY(!s.figures.percentilesExact);
            // Max moved before the plateau's first row: unknown, not a wrong number.
            QVERIFY(!isKnown(s.figures.maxMs));
            QCOMPARE(s.series.points.size(), 40);
            QCOMPARE(s.endpoints.size(), 1);
            QCOMPARE(s.endpoints.first().figures.requests, qint64(39 * level));
            QVERIFY(s.endpointSeries.contains(QStringLiteral("ep")));
        }
        bool said = false;
        for (const Finding &f : run.findings)
            said |= f.kind == u"locust.estimated_percentiles";
        QVERIFY(said);
    }

    void cumulativeHistory()
    {
        QTemporaryDir tmp;
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("shape_stats_history.csv")), steppedHistory(false)));
        const LoadResult r = loadRuns({tmp.filePath(QStringLiteral("shape_stats_history.csv"))});
        const Run &run = r.runs.first();
        QCOMPARE(run.series.percentileWindow, WindowKind::Cumulative);
        QCOMPARE(run.stagePlan(), (QList<int> {10, 20, 30}));
        for (const Stage &s : run.stages) {
            // Counts and averages are exact differences; a stage's percentile is not in the file.
            QCOMPARE(s.figures.requests, qint64(39 * s.users));
            QCOMPARE(s.figures.avgMs, 10.0 * s.users);
            QVERIFY(!isKnown(s.figures.p95Ms));
            QVERIFY(s.figures.percentiles.isEmpty());
        }
        // No stats.csv: the run's figures are the last row's running totals.
        QCOMPARE(run.total.requests, qint64((10 + 40 * 10) + (10 + 40 * 20) + (20 + 40 * 30)));   // ramp rows + plateaus
        QCOMPARE(run.total.p95Ms, 999.0);   // cumulative: the whole run's, as Locust computed it
        QVERIFY(run.total.estimated);
        bool said = false;
        for (const Finding &f : run.findings)
            said |= f.kind == u"locust.cumulative_percentiles";
        QVERIFY(said);
    }
};

QTEST_GUILESS_MAIN(TestLocustStepped)
#include "tst_locust_stepped.moc"
