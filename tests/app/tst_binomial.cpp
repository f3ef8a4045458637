// The one-sided binomial test behind degraded error windows (docs/grid-rules.md §5):
// P(X >= k) for X ~ Binomial(n, p), against values computed exactly.
#include "analysis/binomial.h"

#include <QTest>

#include <cmath>

using namespace palier;

class TestBinomial : public QObject {
    Q_OBJECT
private slots:
    void binomialUpperTail_data();
    void binomialUpperTail();
};

void TestBinomial::binomialUpperTail_data()
{
    QTest::addColumn<qint64>("k");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("relTol");
    // Expected values: Python, exactly with fractions and math.comb for n <= 10000
    // (sum of comb(n, i) p^i (1-p)^(n-i) for i = k..n), and for larger n with
    // mpmath at 60 digits (log-gamma of the first term, then the ratio of terms
    // until they fall below 1e-40 of the sum).
    const double tol = 1e-11;
    QTest::newRow("k = 0: certain") << qint64(0) << qint64(10) << 0.3 << 1.0 << 0.0;
    QTest::newRow("k > n: impossible") << qint64(11) << qint64(10) << 0.3 << 0.0 << 0.0;
    QTest::newRow("p = 0: no failure expected") << qint64(1) << qint64(10) << 0.0 << 0.0 << 0.0;
    QTest::newRow("p = 1") << qint64(10) << qint64(10) << 1.0 << 1.0 << 0.0;
    // 87738533 / 1250000000, by hand: 1 − 0.9^10 − 10·0.1·0.9^9 − 45·0.01·0.9^8.
    QTest::newRow("n 10, k 3, p 0.1") << qint64(3) << qint64(10) << 0.1 << 0.0701908264 << tol;
    // A window of 500 requests on a 2 % plateau: above, at and below the mean 10.
    QTest::newRow("n 500, k 15, p 0.02") << qint64(15) << qint64(500) << 0.02 << 0.0813568995168938 << tol;
    QTest::newRow("n 500, k 10, p 0.02") << qint64(10) << qint64(500) << 0.02 << 0.54333578554139421 << tol;
    QTest::newRow("n 500, k 5, p 0.02") << qint64(5) << qint64(500) << 0.02 << 0.97187741351467528 << tol;
    QTest::newRow("n 500, k 1, p 0.02: 1 - 0.98^500") << qint64(1) << qint64(500) << 0.02 << 0.99995897601485453 << tol;
    // Tails far from the mean: a burst on a clean plateau.
    QTest::newRow("n 500, k 25, p 0.001") << qint64(25) << qint64(500) << 0.001 << 6.6112104380998211e-34 << tol;
    QTest::newRow("n 10000, k 150, p 0.005") << qint64(150) << qint64(10000) << 0.005 << 2.1380274629176958e-30 << tol;
    // 0.99^1000000 alone underflows (e^-10050); the tail does not.
    QTest::newRow("n 1e6, k 12000, p 0.01") << qint64(12000) << qint64(1000000) << 0.01 << 7.4596078504947963e-85
                                            << tol;
    QTest::newRow("n 1e6, k 13900, p 0.01: 3.8e-300") << qint64(13900) << qint64(1000000) << 0.01
                                                    << 3.8189071300253151e-300 << tol;
    // Subnormal: fewer digits, still not 0.
    QTest::newRow("n 1e6, k 14000, p 0.01: 8.7e-315") << qint64(14000) << qint64(1000000) << 0.01
                                                    << 8.7414352054946536e-315 << 1e-5;
    // 1.8e-376 is below the smallest double: 0 is the right answer there.
    QTest::newRow("n 1e6, k 14400, p 0.01: 1.8e-376") << qint64(14400) << qint64(1000000) << 0.01 << 0.0 << 0.0;
    // Huge n, where log-gamma differences of ~n·log n lose digits.
    QTest::newRow("n 1e9, k 50, p 1e-8") << qint64(50) << qint64(1000000000) << 1e-8 << 1.8547254284617791e-19 << tol;
    QTest::newRow("n 1e9, k mean + 10000, p 0.5") << qint64(500010000) << qint64(1000000000) << 0.5
                                                 << 0.26355495737733487 << tol;
    QTest::newRow("n 1e12, k 20, p 1e-11") << qint64(20) << qint64(1000000000000) << 1e-11 << 0.0034543419756888604
                                           << tol;
}

void TestBinomial::binomialUpperTail()
{
    QFETCH(qint64, k);
    QFETCH(qint64, n);
    QFETCH(double, p);
    QFETCH(double, expected);
    QFETCH(double, relTol);
    const double v = palier::binomialUpperTail(k, n, p);
    if (expected == 0.0 || relTol == 0.0) {
        QCOMPARE(v, expected);
        return;
    }
    QVERIFY2(v > 0, "a representable tail must not underflow to 0");
    QVERIFY2(std::abs(v - expected) <= relTol * expected,
             qPrintable(QStringLiteral("%1 instead of %2").arg(v, 0, 'g', 17).arg(expected, 0, 'g', 17)));
}

QTEST_GUILESS_MAIN(TestBinomial)
#include "tst_binomial.moc"
