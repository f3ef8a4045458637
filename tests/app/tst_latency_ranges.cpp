// The latency distribution (docs/distribution.md): requests in the grid's
// ranges counted exactly from k6 samples, estimated from Locust-style
// percentiles, and the histogram behind the Distribution tab.
#include "analysis/latency_ranges.h"
#include "k6_test_files.h"

#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace palier;
using k6test::Fmt;

class TstLatencyRanges : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    // A duration at a whole-ms limit belongs below it; a hair above does not.
    void histogramCountsAtWholeMilliseconds_data()
    {
        QTest::addColumn<int>("copies");
        QTest::newRow("few samples (sorted keys)") << 1;
        QTest::newRow("many samples (one counter per ms)") << 1000;
    }
    void histogramCountsAtWholeMilliseconds()
    {
        QFETCH(int, copies);
        std::vector<double> ms;
        for (int i = 0; i < copies; ++i)
            ms.insert(ms.end(), {2499.9, 2500.0, 2500.0001, 4000.0, 4000.5, 0.0, 12.25});
        const auto h = LatencyHistogram::of(ms.data(), ms.size());
        QCOMPARE(h->total, std::uint64_t(7 * copies));
        QCOMPARE(h->countAtMost(2500), std::uint64_t(4 * copies));   // 0, 12.25, 2499.9, 2500
        QCOMPARE(h->countAtMost(4000), std::uint64_t(6 * copies));
        QCOMPARE(h->countAtMost(1e9), std::uint64_t(7 * copies));
        QCOMPARE(h->countAtMost(-1), std::uint64_t(0));
        Figures f;
        f.requests = 7 * copies + 3;
        f.failures = 3;
        f.okHistogram = h;
        const LatencyRanges r = latencyRanges(f, 2500, 4000);
        QVERIFY(r.known && !r.estimated);
        QCOMPARE(r.atMostGreen, qint64(4 * copies));
        QCOMPARE(r.greenToOrange, qint64(2 * copies));
        QCOMPARE(r.aboveOrange, qint64(copies));
        QCOMPARE(r.failed, qint64(3));
    }

    // On a k6 CSV written by the test: every stage's ranges equal a count of its samples.
    void exactFromK6Samples()
    {
        std::mt19937 rng(7);
        std::vector<double> all;
        const QString file = k6test::write(m_dir.filePath(QStringLiteral("run.csv")), k6test::steppedRun(Fmt::Seconds, rng, &all, 40));
        const Run run = k6test::load(file);
        QVERIFY(run.total.okHistogram);
        QCOMPARE(run.total.okHistogram->total, std::uint64_t(all.size()));
        for (double green : {40.0, 55.0, 80.0})
            for (double orange : {green, 100.0, 250.0}) {
                const LatencyRanges r = latencyRanges(run.total, green, orange);
                const auto atMost = [&](double limit) {
                    return qint64(std::count_if(all.cbegin(), all.cend(), [&](double v) { return v <= limit; }));
                };
                QVERIFY(r.known && !r.estimated);
                QCOMPARE(r.atMostGreen, atMost(green));
                QCOMPARE(r.greenToOrange, atMost(orange) - atMost(green));
                QCOMPARE(r.aboveOrange, qint64(all.size()) - atMost(orange));
                QCOMPARE(r.failed, qint64(0));
            }
        // Each stage has its own samples.
        QCOMPARE(run.stages.size(), 2);
        for (const Stage &s : run.stages) {
            QVERIFY(s.figures.okHistogram);
            QCOMPARE(qint64(s.figures.okHistogram->total), s.figures.requests - s.figures.failures);
        }
        // The histogram's shares add up to every success, the tail in the last bin.
        bool estimated = true;
        const QList<HistogramBin> bins = latencyHistogram(run.total, 20, &estimated);
        QVERIFY(!estimated);
        QCOMPARE(bins.size(), 20);
        double sum = 0;
        for (const HistogramBin &b : bins)
            sum += b.share;
        QVERIFY(std::abs(sum - 1.0) < 1e-12);
    }

    // Locust keeps no samples: read from its percentiles, marked estimated,
    // rounded to whole requests that add up to the successes.
    void estimatedFromPercentiles()
    {
        Figures f;
        f.requests = 1000;
        f.failures = 10;
        f.percentiles = {{0.50, 100.0}, {0.95, 300.0}, {0.99, 500.0}};
        f.maxMs = 1000;
        const LatencyRanges r = latencyRanges(f, 300, 400);
        QVERIFY(r.known && r.estimated);
        QCOMPARE(r.atMostGreen, qint64(941));      // 95 % of 990, rounded
        QCOMPARE(r.greenToOrange, qint64(19));     // 97 % at 400 ms (between 300 and 500 ms): 960
        QCOMPARE(r.aboveOrange, qint64(30));
        QCOMPARE(r.failed, qint64(10));
        QCOMPARE(r.total(), qint64(1000));
        bool estimated = false;
        QCOMPARE(shareAtMost(f, 50, &estimated), 0.25);   // halfway to the median
        QVERIFY(estimated);
        QCOMPARE(shareAtMost(f, 5000), 1.0);
        // Nothing to go on: unknown, not zero.
        Figures none;
        none.requests = 10;
        QVERIFY(!latencyRanges(none, 300, 400).known);
        QVERIFY(latencyHistogram(none, 10).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstLatencyRanges)
#include "tst_latency_ranges.moc"
