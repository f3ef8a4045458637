// Percentiles by docs/grid-rules.md §12 (linear interpolation between closest ranks, R type 7,
// numpy's default "linear", PostgreSQL percentile_cont).
#include "analysis/percentile.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace palier;

namespace {
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

// Reference: the §12 formula on a fully sorted copy.
double reference(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const double h = p * double(v.size() - 1);
    const std::size_t lo = std::size_t(std::floor(h));
    const std::size_t hi = std::size_t(std::ceil(h));
    return v[lo] + (h - double(lo)) * (v[hi] - v[lo]);
}
} // namespace

class TestPercentile : public QObject {
    Q_OBJECT
private slots:
    void publishedValues_data();
    void publishedValues();
    void handWorked_data();
    void handWorked();
    void edgeCases();
    void ignoresNaN();
    void sortedAndUnsortedAgree();
    void severalAtOnceMatchesOneByOne();
    void randomAgainstSortReference();
};

void TestPercentile::publishedValues_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    // numpy.percentile documentation example: a = [[10, 7, 4], [3, 2, 1]],
    // np.percentile(a, 50) -> 3.5 (flattened).
    QTest::newRow("numpy doc median") << QList<double>{10, 7, 4, 3, 2, 1} << 0.5 << 3.5;
    // numpy doc, same array, axis=0 medians [6.5, 4.5, 2.5] and axis=1 [7, 2].
    QTest::newRow("numpy doc axis0 col0") << QList<double>{10, 3} << 0.5 << 6.5;
    QTest::newRow("numpy doc axis1 row0") << QList<double>{10, 7, 4} << 0.5 << 7.0;
    QTest::newRow("numpy doc axis1 row1") << QList<double>{3, 2, 1} << 0.5 << 2.0;
    // Programiz "NumPy percentile()" example: array [0..7] -> 1.75, 3.5, 5.25.
    QTest::newRow("programiz p25") << QList<double>{0, 1, 2, 3, 4, 5, 6, 7} << 0.25 << 1.75;
    QTest::newRow("programiz p50") << QList<double>{0, 1, 2, 3, 4, 5, 6, 7} << 0.50 << 3.5;
    QTest::newRow("programiz p75") << QList<double>{0, 1, 2, 3, 4, 5, 6, 7} << 0.75 << 5.25;
    // numpy example (cnblogs "np.percentile()" post): nums = [1, 2, 3, 4, 8]:
    // percentile 50 -> 3.0, 40 -> 2.6, 90 -> 6.4.
    QTest::newRow("nums p50") << QList<double>{1, 2, 3, 4, 8} << 0.5 << 3.0;
    QTest::newRow("nums p40") << QList<double>{1, 2, 3, 4, 8} << 0.4 << 2.6;
    QTest::newRow("nums p90") << QList<double>{1, 2, 3, 4, 8} << 0.9 << 6.4;
}

void TestPercentile::publishedValues()
{
    QFETCH(QList<double>, values);
    QFETCH(double, p);
    QFETCH(double, expected);
    const std::vector<double> v(values.cbegin(), values.cend());
    QCOMPARE_LE(std::abs(percentile(v, p) - expected), 1e-12);
}

void TestPercentile::handWorked_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    // h = 0.95 × 99 = 94.05 -> x[94] + 0.05 × (x[95] − x[94]) = 95 + 0.05 = 95.05.
    QList<double> hundred;
    for (int i = 100; i >= 1; --i)
        hundred << i;
    QTest::newRow("1..100 p95") << hundred << 0.95 << 95.05;
    // h = 0.99 × 99 = 98.01 -> 99 + 0.01 = 99.01.
    QTest::newRow("1..100 p99") << hundred << 0.99 << 99.01;
    // h = 0.4 × 4 = 1.6 on [15, 20, 35, 40, 50] -> 20 + 0.6 × 15 = 29.
    QTest::newRow("five values p40") << QList<double>{50, 15, 40, 20, 35} << 0.4 << 29.0;
    // h = 0.95 × 3 = 2.85 on [100, 200, 300, 1000] -> 300 + 0.85 × 700 = 895.
    QTest::newRow("four latencies p95") << QList<double>{1000, 100, 300, 200} << 0.95 << 895.0;
    // Ties: h = 0.5 × 4 = 2 on [1, 2, 2, 2, 9] -> 2.
    QTest::newRow("ties") << QList<double>{2, 9, 2, 1, 2} << 0.5 << 2.0;
    QTest::newRow("p0 is min") << QList<double>{5, 3, 9} << 0.0 << 3.0;
    QTest::newRow("p1 is max") << QList<double>{5, 3, 9} << 1.0 << 9.0;
    QTest::newRow("negative values") << QList<double>{-4, -1, -10} << 0.25 << -7.0;
}

void TestPercentile::handWorked()
{
    QFETCH(QList<double>, values);
    QFETCH(double, p);
    QFETCH(double, expected);
    std::vector<double> v(values.cbegin(), values.cend());
    QCOMPARE_LE(std::abs(percentile(v, p) - expected), 1e-9);
    std::sort(v.begin(), v.end());
    QCOMPARE_LE(std::abs(percentileOfSorted(v, p) - expected), 1e-9);
}

void TestPercentile::edgeCases()
{
    QVERIFY(std::isnan(percentile({}, 0.5)));
    QVERIFY(std::isnan(percentileOfSorted({}, 0.5)));
    QCOMPARE(percentile({42}, 0.95), 42.0);
    QCOMPARE(percentile({42}, 0.0), 42.0);
    QVERIFY(std::isnan(percentile({1, 2}, -0.01)));
    QVERIFY(std::isnan(percentile({1, 2}, 1.01)));
    QVERIFY(std::isnan(percentile({1, 2}, kNan)));
    QCOMPARE(median({1, 2, 3, 4}), 2.5);
    const std::vector<double> ps {0.5, 7.0};
    const std::vector<double> out = percentiles({1, 2, 3}, ps);
    QCOMPARE(out.size(), std::size_t(2));
    QCOMPARE(out[0], 2.0);
    QVERIFY(std::isnan(out[1]));
}

void TestPercentile::ignoresNaN()
{
    QCOMPARE(percentile({kNan, 3, kNan, 1, 2}, 0.5), 2.0);
    QVERIFY(std::isnan(percentile({kNan, kNan}, 0.5)));
    std::vector<double> buffer {4, kNan, 1, 3, 2};
    QCOMPARE(percentileInPlace(buffer, 0.5), 2.5);
    const std::vector<double> ps {0.0, 1.0};
    const auto out = percentiles({kNan, 5, 1}, ps);
    QCOMPARE(out[0], 1.0);
    QCOMPARE(out[1], 5.0);
}

void TestPercentile::sortedAndUnsortedAgree()
{
    std::vector<double> v {7, 3, 3, 9, 1, 12, 5, 5, 8};
    std::vector<double> s = v;
    std::sort(s.begin(), s.end());
    for (double p = 0; p <= 1.0; p += 0.05)
        QCOMPARE(percentile(v, p), percentileOfSorted(s, p));
}

void TestPercentile::severalAtOnceMatchesOneByOne()
{
    const std::vector<double> v {13, 2, 8, 8, 1, 21, 34, 5, 3, 1, 55, 0.5};
    // Unordered and repeated requests, below and above the sort threshold.
    const std::vector<double> few {0.99, 0.5, 0.95, 0.5};
    const std::vector<double> many {0.1, 0.9, 0.2, 0.8, 0.3, 0.7, 0.4, 0.6, 0.5, 0.95, 0.99, 0.0, 1.0};
    for (const auto *ps : {&few, &many}) {
        const std::vector<double> out = percentiles(v, *ps);
        for (std::size_t i = 0; i < ps->size(); ++i)
            QCOMPARE(out[i], percentile(v, (*ps)[i]));
    }
}

void TestPercentile::randomAgainstSortReference()
{
    std::mt19937_64 rng(20261122);
    std::lognormal_distribution<double> latency(6.5, 0.6);
    std::uniform_int_distribution<int> ties(0, 50);
    for (int round = 0; round < 50; ++round) {
        const int n = 1 + round * 37;
        std::vector<double> v(static_cast<std::size_t>(n));
        for (double &x : v)
            x = (round % 2) ? double(ties(rng)) : latency(rng);
        for (double p : {0.0, 0.5, 0.9, 0.95, 0.99, 0.999, 1.0})
            QCOMPARE(percentile(v, p), reference(v, p));
        const std::vector<double> ps {0.99, 0.5, 0.95};
        const std::vector<double> out = percentiles(v, ps);
        for (std::size_t i = 0; i < ps.size(); ++i)
            QCOMPARE(out[i], reference(v, ps[i]));
    }
}

QTEST_APPLESS_MAIN(TestPercentile)
#include "tst_percentile.moc"
