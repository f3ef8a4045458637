// Mann–Kendall and Theil–Sen against published worked examples. Each expected
// value names its source; none is computed by this code base.
#include "analysis/trend.h"

#include <QFile>
#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace palier;

namespace {
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

// Column `column` of the pyMannKendall rainfall file, missing months dropped.
std::vector<double> rainfallColumn(const QString &column)
{
    QFile f(QStringLiteral(PALIER_TEST_DATA "/trend/monthly_rainfall.csv"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open monthly_rainfall.csv");
    const QList<QByteArray> lines = f.readAll().split('\n');
    const QList<QByteArray> header = lines.first().trimmed().split(',');
    const int index = int(header.indexOf(column.toUtf8()));
    std::vector<double> out;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QByteArray cell = line.split(',').value(index);
        if (!cell.isEmpty())
            out.push_back(cell.toDouble());
    }
    return out;
}
} // namespace

class TestTrend : public QObject {
    Q_OBJECT
private slots:
    void normalCdfValues();
    void holyCrossByHand();
    void pyMannKendallRainfall();
    void sen1968Example();
    void theilSenSmallPublished();
    void mannKendallEdgeCases();
    void directions();
    void theilSenSkipsUnusablePairs();
};

void TestTrend::normalCdfValues()
{
    QCOMPARE(normalCdf(0.0), 0.5);
    // Standard normal table: Φ(1.96) = 0.9750 (to 4 places), Φ(−2.326) ≈ 0.0100.
    QCOMPARE_LE(std::abs(normalCdf(1.959963984540054) - 0.975), 1e-12);
    QCOMPARE_LE(std::abs(normalCdf(-2.3263478740408408) - 0.01), 1e-12);
    QCOMPARE_LE(std::abs(normalCdf(1.0) + normalCdf(-1.0) - 1.0), 1e-15);
}

// "A Mann-Kendall Example ("By Hand")", College of the Holy Cross,
// mathcs.holycross.edu/~little/Montserrat/MannKendallByHand.txt:
// 14 values, 91 pairs, S = 54, one pair of ties,
// V = (14)(13)(33)/18 − (2)(1)(9)/18, Z = (S − 1)/√V = 2.9058 (approximately),
// "p = .0018 (using the standard normal table)" for an upward trend.
void TestTrend::holyCrossByHand()
{
    const std::vector<double> y {12.9, 14.8, 13.2, 15.7, 13.8, 15.6, 12.9, 11.0, 17.3, 15.9, 19.0, 18.3, 20.1, 21.7};
    const MannKendallResult r = mannKendall(y);
    QVERIFY(r.valid);
    QCOMPARE(r.n, 14);
    QCOMPARE(r.s, qint64(54));
    QCOMPARE_LE(std::abs(r.varS - (14.0 * 13 * 33 / 18 - 2.0 * 1 * 9 / 18)), 1e-9);
    QCOMPARE_LE(std::abs(r.z - 2.9058), 5e-5);
    QCOMPARE_LE(std::abs(r.pUpward - 0.0018), 5e-5);
    QCOMPARE_LE(std::abs(r.tau - 54.0 / 91.0), 1e-12);
}

// pyMannKendall's own test suite (tests/test_pymannkendall.py, test_original_test)
// on the Bogra column of tests/data/Monthly Rainfall.csv (copied to
// tests/data/trend/, see SOURCES.md there): s = -1959, var_s = 4889800.333333333,
// z = -0.8854562842589916, p = 0.37591058740506833, Tau = -0.03153167653875869,
// slope = -0.0064516129032258064 (Sen's slope over the values left after
// dropping missing months, x = their index).
void TestTrend::pyMannKendallRainfall()
{
    const std::vector<double> y = rainfallColumn(QStringLiteral("Bogra"));
    QCOMPARE(y.size(), std::size_t(353));
    const MannKendallResult r = mannKendall(y);
    QVERIFY(r.valid);
    QCOMPARE(r.s, qint64(-1959));
    QCOMPARE_LE(std::abs(r.varS - 4889800.333333333), 1e-6);
    QCOMPARE_LE(std::abs(r.z - -0.8854562842589916), 1e-12);
    QCOMPARE_LE(std::abs(r.pTwoSided - 0.37591058740506833), 1e-12);
    QCOMPARE_LE(std::abs(r.tau - -0.03153167653875869), 1e-15);
    QCOMPARE_LE(std::abs(theilSenSlope(y) - -0.0064516129032258064), 1e-15);
    // The one-sided p-values split the two-sided one.
    QCOMPARE_LE(std::abs(r.pDownward - r.pTwoSided / 2), 1e-12);
    QCOMPARE_LE(std::abs(r.pUpward - (1 - r.pTwoSided / 2)), 1e-12);
}

// Sen (1968)'s example as used by SciPy's test suite (scipy/stats/tests,
// test_theilslopes: "Test of confidence intervals from example in Sen (1968)"):
// x = [1, 2, 3, 4, 10, 12, 18], y = [9, 15, 19, 20, 45, 55, 78] -> slope 4.
// Same tests: theilslopes([0, 1, 1]) -> slope 0.5 (x = index).
void TestTrend::sen1968Example()
{
    const std::vector<double> x {1, 2, 3, 4, 10, 12, 18};
    const std::vector<double> y {9, 15, 19, 20, 45, 55, 78};
    QCOMPARE(theilSenSlope(x, y), 4.0);
    const std::vector<double> small {0, 1, 1};
    QCOMPARE(theilSenSlope(small), 0.5);
}

// StatsDirect help, "Pairwise Slopes": X = 1, 2, 3; Y = 2, 3, 6 -> slopes 1, 2, 3,
// "the median slope would be 2".
void TestTrend::theilSenSmallPublished()
{
    const std::vector<double> x {1, 2, 3};
    const std::vector<double> y {2, 3, 6};
    QCOMPARE(theilSenSlope(x, y), 2.0);
}

void TestTrend::mannKendallEdgeCases()
{
    QVERIFY(!mannKendall(std::vector<double>{}).valid);
    QVERIFY(!mannKendall(std::vector<double>{1, 2}).valid);
    const MannKendallResult flat = mannKendall(std::vector<double>{5, 5, 5, 5});
    QVERIFY(!flat.valid);   // Var(S) = 0
    QCOMPARE(flat.s, qint64(0));
    QCOMPARE(flat.pUpward, 1.0);
    // NaN values are skipped: same result as without them.
    const MannKendallResult a = mannKendall(std::vector<double>{1, kNan, 3, 2, kNan, 5});
    const MannKendallResult b = mannKendall(std::vector<double>{1, 3, 2, 5});
    QCOMPARE(a.n, 4);
    QCOMPARE(a.s, b.s);
    QCOMPARE(a.varS, b.varS);
    // n = 3 strictly increasing: S = 3, Var = 3·2·11/18, z = 2/√(11/3).
    const MannKendallResult three = mannKendall(std::vector<double>{1, 2, 3});
    QCOMPARE(three.s, qint64(3));
    QCOMPARE_LE(std::abs(three.varS - 66.0 / 18.0), 1e-12);
    QCOMPARE_LE(std::abs(three.z - 2.0 / std::sqrt(66.0 / 18.0)), 1e-12);
    // S = 0 gives z = 0 and p = 1 two-sided.
    const MannKendallResult zero = mannKendall(std::vector<double>{1, 3, 2, 2, 3, 1});
    QCOMPARE(zero.s, qint64(0));
    QCOMPARE(zero.z, 0.0);
    QCOMPARE(zero.pTwoSided, 1.0);
}

void TestTrend::directions()
{
    std::vector<double> up, down;
    for (int i = 0; i < 30; ++i) {
        up.push_back(100 + 10 * i + (i % 3) * 7);
        down.push_back(500 - 10 * i + (i % 4) * 5);
    }
    const MannKendallResult u = mannKendall(up);
    QVERIFY(u.s > 0);
    QVERIFY(u.pUpward < 0.001);
    QVERIFY(u.pDownward > 0.999);
    const MannKendallResult d = mannKendall(down);
    QVERIFY(d.s < 0);
    QVERIFY(d.pUpward > 0.999);
    QVERIFY(d.pDownward < 0.001);
}

void TestTrend::theilSenSkipsUnusablePairs()
{
    // Pairs with equal x are skipped; NaN points are skipped.
    const std::vector<double> x {0, 0, 1, 2, kNan};
    const std::vector<double> y {0, 10, 1, 2, 100};
    // Usable slopes: (0,1)->1, (0,2)->1, (10 at 0,1)->-9, (10 at 0,2)->-4, (1,2)->1 -> median 1.
    QCOMPARE(theilSenSlope(x, y), 1.0);
    QVERIFY(std::isnan(theilSenSlope(std::vector<double>{1, 1}, std::vector<double>{2, 3})));
    QVERIFY(std::isnan(theilSenSlope(std::vector<double>{4.0})));
}

QTEST_APPLESS_MAIN(TestTrend)
#include "tst_trend.moc"
