// The USL fit against published fits (docs/capacity.md): usl4j's Cisco benchmark
// (Schwartz, Practical Scalability Analysis), the R package usl's specsdm91 and a
// synthetic set generated from known coefficients.
#include <QtTest>

#include "analysis/usl.h"

#include <cmath>

using namespace palier;

namespace {

bool closeRel(double actual, double expected, double rel)
{
    return std::abs(actual - expected) <= rel * std::abs(expected);
}

#define QVERIFY_REL(actual, expected, rel)                                                                  \
    QVERIFY2(closeRel((actual), (expected), (rel)),                                                        \
             qPrintable(QStringLiteral("%1 = %2, expected %3").arg(QLatin1String(#actual)).arg(double(actual), 0, 'g', 10).arg(double(expected), 0, 'g', 10)))

QList<UslPoint> points(std::initializer_list<std::pair<double, double>> xs)
{
    QList<UslPoint> out;
    for (auto [n, x] : xs)
        out << UslPoint {n, x};
    return out;
}

} // namespace

class TestUsl : public QObject {
    Q_OBJECT
private slots:
    void cisco()
    {
        // usl4j's ModelTest data (the book's Cisco benchmark), N = 1…32.
        const UslFit f = fitUsl(points({{1, 955.16},   {2, 1878.91},  {3, 2688.01},   {4, 3548.68},
                                        {5, 4315.54},  {6, 5130.43},  {7, 5931.37},   {8, 6531.08},
                                        {9, 7219.8},   {10, 7867.61}, {11, 8278.71},  {12, 8646.7},
                                        {13, 9047.84}, {14, 9426.55}, {15, 9645.37},  {16, 9897.24},
                                        {17, 10097.6}, {18, 10240.5}, {19, 10532.39}, {20, 10798.52},
                                        {21, 11151.43}, {22, 11518.63}, {23, 11806},  {24, 12089.37},
                                        {25, 12075.41}, {26, 12177.29}, {27, 12211.41}, {28, 12158.93},
                                        {29, 12155.27}, {30, 12118.04}, {31, 12140.4}, {32, 12074.39}}));
        QVERIFY(f.converged);
        QVERIFY_REL(f.sigma, 0.02671591, 1e-3);
        QVERIFY_REL(f.kappa, 7.690945e-4, 1e-3);
        QVERIFY_REL(f.lambda, 995.6486, 1e-3);
        QVERIFY_REL(f.peakUsers(), 35.0, 0.02);               // the book rounds N* to 35
        QVERIFY_REL(f.throughput(f.peakUsers()), 12341, 1e-3);
        QVERIFY(f.peakDetermined());
        QVERIFY(f.r2 > 0.99);
        QVERIFY(f.sigmaCi.contains(f.sigma) && f.kappaCi.contains(f.kappa) && f.lambdaCi.contains(f.lambda));
        QVERIFY(f.kappaCi.low > 0);
    }

    void specsdm91()
    {
        // R package usl, dataset specsdm91, nls fit.
        const UslFit f = fitUsl(points({{1, 64.9}, {18, 995.9}, {36, 1652.4}, {72, 1853.2},
                                        {108, 1828.9}, {144, 1775.0}, {216, 1702.2}}));
        QVERIFY(f.converged);
        QVERIFY_REL(f.sigma, 2.773e-02, 1e-3);
        QVERIFY_REL(f.kappa, 1.044e-04, 1e-3);
        QVERIFY_REL(f.lambda, 90.00, 1e-3);
        QVERIFY_REL(f.peakUsers(), 96.5, 1e-3);
        QVERIFY_REL(f.throughput(f.peakUsers()), 1884, 1e-3);
    }

    void syntheticRecoveredExactly()
    {
        QList<UslPoint> pts;
        for (double n : {1, 2, 4, 6, 8, 10})
            pts << UslPoint {n, n / (1 + 0.02 * (n - 1) + 0.02 * n * (n - 1))};
        const UslFit f = fitUsl(pts);
        QVERIFY(f.converged);
        QVERIFY_REL(f.sigma, 0.02, 1e-6);
        QVERIFY_REL(f.kappa, 0.02, 1e-6);
        QVERIFY_REL(f.lambda, 1.0, 1e-6);
        QVERIFY(f.r2 > 1 - 1e-12);
    }

    void linearDataLeavesThePeakUndetermined()
    {
        // Throughput still growing in proportion: κ is 0 (on its bound) and the
        // peak is not a number the data support.
        const UslFit f = fitUsl(points({{5, 3.1}, {20, 12.1}, {50, 30.2}, {75, 45.0}}));
        QVERIFY(f.converged);
        QVERIFY(f.sigma >= 0 && f.kappa >= 0);
        QVERIFY(!f.peakDetermined());
        QCOMPARE(f.kappaCi.low, 0.0);
    }

    void tooFewLevels()
    {
        QVERIFY(!fitUsl(points({{5, 3}, {20, 12}})).converged);
        QVERIFY(!fitUsl(points({{5, 3}, {5, 3.1}, {20, 12}, {20, 12.2}})).converged);
        QVERIFY(!fitUsl({}).converged);
    }

    void studentQuantiles()
    {
        // Tabulated two-sided 95 % values.
        QVERIFY_REL(studentTQuantile(0.95, 1), 12.7062, 1e-5);
        QVERIFY_REL(studentTQuantile(0.95, 2), 4.30265, 1e-5);
        QVERIFY_REL(studentTQuantile(0.95, 3), 3.18245, 1e-5);
        QVERIFY_REL(studentTQuantile(0.95, 10), 2.22814, 1e-5);
        QVERIFY_REL(studentTQuantile(0.95, 29), 2.04523, 1e-5);
        QVERIFY_REL(studentTQuantile(0.99, 5), 4.03214, 1e-5);
    }
};

QTEST_GUILESS_MAIN(TestUsl)
#include "tst_usl.moc"
