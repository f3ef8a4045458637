// Series reduction before drawing (app/analysis/lttb.h).
#include "analysis/lttb.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace palier;

class TestLttb : public QObject {
    Q_OBJECT
private slots:
    void keepsEverythingBelowThreshold();
    void skipsUnknownValues();
    void handComputedExample();
    void keepsASpikeInALongSeries();
    void shapeOfResult_data();
    void shapeOfResult();
    void minMaxKeepsEveryExtreme();
    void minMaxKeepsAllWhenShort();
};

static std::vector<double> iota(std::size_t n)
{
    std::vector<double> x(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = double(i);
    return x;
}

void TestLttb::keepsEverythingBelowThreshold()
{
    const std::vector<double> x = iota(5), y {3, 1, 4, 1, 5};
    const auto kept = lttbIndices(x, y, 10);
    QCOMPARE(kept, (std::vector<std::size_t> {0, 1, 2, 3, 4}));
    // threshold < 3 cannot keep both ends plus a bucket: everything is kept.
    QCOMPARE(lttbIndices(x, y, 2).size(), std::size_t(5));
}

void TestLttb::skipsUnknownValues()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::vector<double> x = iota(6), y {nan, 1, nan, 2, 3, nan};
    QCOMPARE(lttbIndices(x, y, 100), (std::vector<std::size_t> {1, 3, 4}));
    QCOMPARE(minMaxIndices(x, y, 100), (std::vector<std::size_t> {1, 3, 4}));
}

// Worked by hand from the algorithm: 10 points, 4 kept, two buckets of 4 points.
// Bucket 1 (indices 1–4) against a = (0, 0) and the mean of indices 5–8
// (6.5, −2): doubled areas 2, 4, 71, 8 → index 3.
// Bucket 2 (indices 5–8) against a = (3, 10) and the last point (9, 0):
// doubled areas 40, 30, 20, 58 → index 8.
void TestLttb::handComputedExample()
{
    const std::vector<double> x = iota(10), y {0, 0, 0, 10, 0, 0, 0, 0, -8, 0};
    QCOMPARE(lttbIndices(x, y, 4), (std::vector<std::size_t> {0, 3, 8, 9}));
}

void TestLttb::keepsASpikeInALongSeries()
{
    const std::size_t n = 200000;
    std::vector<double> x = iota(n);
    std::vector<double> y(n);
    for (std::size_t i = 0; i < n; ++i)
        y[i] = 1000 + 100 * std::sin(double(i) / 5000.0);
    y[123457] = 9000;   // one slow request window
    const auto kept = lttbIndices(x, y, 1000);
    QCOMPARE(kept.size(), std::size_t(1000));
    QVERIFY(std::find(kept.begin(), kept.end(), std::size_t(123457)) != kept.end());
}

void TestLttb::shapeOfResult_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("threshold");
    QTest::newRow("just above") << 11 << 10;
    QTest::newRow("uneven buckets") << 1003 << 17;
    QTest::newRow("three") << 50 << 3;
    QTest::newRow("large") << 100000 << 2000;
}

void TestLttb::shapeOfResult()
{
    QFETCH(int, n);
    QFETCH(int, threshold);
    std::vector<double> x = iota(std::size_t(n));
    std::vector<double> y(x.size());
    for (int i = 0; i < n; ++i)
        y[std::size_t(i)] = std::fmod(double(i) * 7.3, 11.0);
    const auto kept = lttbIndices(x, y, std::size_t(threshold));
    QCOMPARE(kept.size(), std::size_t(threshold));
    QCOMPARE(kept.front(), std::size_t(0));
    QCOMPARE(kept.back(), std::size_t(n - 1));
    QVERIFY(std::is_sorted(kept.begin(), kept.end()));
    QVERIFY(std::adjacent_find(kept.begin(), kept.end()) == kept.end());
}

void TestLttb::minMaxKeepsEveryExtreme()
{
    const std::size_t n = 10000;
    std::vector<double> x = iota(n);
    std::vector<double> y(n, 5.0);
    y[10] = -3;      // bucket 0 minimum
    y[2600] = 40;    // bucket 1 maximum
    y[9999] = 7;     // last point
    const auto kept = minMaxIndices(x, y, 4);
    QVERIFY(kept.size() <= 16);
    QVERIFY(std::is_sorted(kept.begin(), kept.end()));
    for (std::size_t must : {std::size_t(0), std::size_t(10), std::size_t(2600), std::size_t(9999)})
        QVERIFY2(std::find(kept.begin(), kept.end(), must) != kept.end(), QByteArray::number(qulonglong(must)));
}

void TestLttb::minMaxKeepsAllWhenShort()
{
    const std::vector<double> x = iota(8), y {1, 2, 3, 4, 5, 6, 7, 8};
    QCOMPARE(minMaxIndices(x, y, 2).size(), std::size_t(8));
}

QTEST_GUILESS_MAIN(TestLttb)
#include "tst_lttb.moc"
