// Values compared "as displayed" (docs/grid-rules.md §2): rounding half away
// from zero, error rates exact on counts, and the colours at the limits of the
// built-in default and the shipped profiles (docs/grid-rules.md §1).
#include "grid/colour.h"
#include "grid/profile.h"

#include <QTest>

#include <cmath>

using namespace palier;

namespace {

QString profilePath(const QString &name)
{
    return QStringLiteral(PALIER_SOURCE_DIR "/resources/profiles/") + name;
}

} // namespace

class TestProfileBoundaries : public QObject {
    Q_OBJECT
private slots:
    void rounding_data();
    void rounding();
    void roundedPercentOfCountsIsExact_data();
    void roundedPercentOfCountsIsExact();
    void defaultBoundaries_data();
    void defaultBoundaries();
    void otherProfileBoundaries_data();
    void otherProfileBoundaries();
};

void TestProfileBoundaries::rounding_data()
{
    QTest::addColumn<int>("metric");
    QTest::addColumn<double>("raw");
    QTest::addColumn<double>("shown");
    QTest::newRow("2500.4 ms") << int(Metric::LatencyP95) << 2500.4 << 2500.0;
    QTest::newRow("2500.5 ms half away") << int(Metric::LatencyP95) << 2500.5 << 2501.0;
    QTest::newRow("2499.5 ms half away") << int(Metric::LatencyP50) << 2499.5 << 2500.0;
    QTest::newRow("4000.49 ms") << int(Metric::LatencyP99) << 4000.49 << 4000.0;
    QTest::newRow("avg 4000.5") << int(Metric::LatencyAvg) << 4000.5 << 4001.0;
    QTest::newRow("0.994 %") << int(Metric::ErrorRate) << 0.994 << 0.99;
    QTest::newRow("0.995 % half away") << int(Metric::ErrorRate) << 0.995 << 1.0;
    QTest::newRow("1.005 % binary drift") << int(Metric::ErrorRate) << 1.005 << 1.01;
    QTest::newRow("3.004 %") << int(Metric::ErrorRate) << 3.004 << 3.0;
    QTest::newRow("3.005 %") << int(Metric::ErrorRate) << 3.005 << 3.01;
    QTest::newRow("9.995 req/s") << int(Metric::Throughput) << 9.995 << 10.0;
    QTest::newRow("negative half away") << int(Metric::Throughput) << -2.345 << -2.35;
}

void TestProfileBoundaries::rounding()
{
    QFETCH(int, metric);
    QFETCH(double, raw);
    QFETCH(double, shown);
    QCOMPARE(displayedValue(Metric(metric), raw), shown);
}

void TestProfileBoundaries::roundedPercentOfCountsIsExact_data()
{
    QTest::addColumn<qint64>("part");
    QTest::addColumn<qint64>("whole");
    QTest::addColumn<double>("expected");
    // The README's weekly sample (Locust Aggregated rows, stages 5..100 users).
    QTest::newRow("run-2026-11-16 43/12247") << qint64(43) << qint64(12247) << 0.35;
    QTest::newRow("run-2026-11-18 48/11065") << qint64(48) << qint64(11065) << 0.43;
    QTest::newRow("run-2026-11-20 171/10719") << qint64(171) << qint64(10719) << 1.60;
    QTest::newRow("exact half 1.005") << qint64(201) << qint64(20000) << 1.01;
    QTest::newRow("just below half") << qint64(2009999) << qint64(200000000) << 1.0;
    QTest::newRow("zero") << qint64(0) << qint64(10) << 0.0;
    QTest::newRow("all failed") << qint64(10) << qint64(10) << 100.0;
    QTest::newRow("billions") << qint64(30'000'000'000) << qint64(1'000'000'000'000) << 3.0;
}

void TestProfileBoundaries::roundedPercentOfCountsIsExact()
{
    QFETCH(qint64, part);
    QFETCH(qint64, whole);
    QFETCH(double, expected);
    QCOMPARE(roundedPercentOfCounts(part, whole), expected);
    QVERIFY(std::isnan(roundedPercentOfCounts(1, 0)));
}

void TestProfileBoundaries::defaultBoundaries_data()
{
    QTest::addColumn<QString>("criterion");
    QTest::addColumn<double>("raw");
    QTest::addColumn<int>("colour");
    // docs/grid-rules.md §2: p95 2500 green, 2501 orange, 4000 orange, 4001 red.
    QTest::newRow("p95 0") << "p95_key" << 0.0 << int(Colour::Green);
    QTest::newRow("p95 2500") << "p95_key" << 2500.0 << int(Colour::Green);
    QTest::newRow("p95 2500.4 -> 2500") << "p95_key" << 2500.4 << int(Colour::Green);
    QTest::newRow("p95 2500.5 -> 2501") << "p95_key" << 2500.5 << int(Colour::Orange);
    QTest::newRow("p95 2501") << "p95_key" << 2501.0 << int(Colour::Orange);
    QTest::newRow("p95 4000") << "p95_key" << 4000.0 << int(Colour::Orange);
    QTest::newRow("p95 4000.4 -> 4000") << "p95_key" << 4000.4 << int(Colour::Orange);
    QTest::newRow("p95 4000.5 -> 4001") << "p95_key" << 4000.5 << int(Colour::Red);
    QTest::newRow("p95 4001") << "p95_key" << 4001.0 << int(Colour::Red);
    QTest::newRow("p95 unknown") << "p95_key" << std::nan("") << int(Colour::NotEvaluated);
    // Error rate 0.99 green, 1.00 orange, 3.00 orange, 3.01 red.
    QTest::newRow("err 0") << "error_rate" << 0.0 << int(Colour::Green);
    QTest::newRow("err 0.99") << "error_rate" << 0.99 << int(Colour::Green);
    QTest::newRow("err 0.994 -> 0.99") << "error_rate" << 0.994 << int(Colour::Green);
    QTest::newRow("err 0.995 -> 1.00") << "error_rate" << 0.995 << int(Colour::Orange);
    QTest::newRow("err 1.00") << "error_rate" << 1.00 << int(Colour::Orange);
    QTest::newRow("err 3.00") << "error_rate" << 3.00 << int(Colour::Orange);
    QTest::newRow("err 3.004 -> 3.00") << "error_rate" << 3.004 << int(Colour::Orange);
    QTest::newRow("err 3.005 -> 3.01") << "error_rate" << 3.005 << int(Colour::Red);
    QTest::newRow("err 3.01") << "error_rate" << 3.01 << int(Colour::Red);
    QTest::newRow("err 100") << "error_rate" << 100.0 << int(Colour::Red);
}

void TestProfileBoundaries::defaultBoundaries()
{
    QFETCH(QString, criterion);
    QFETCH(double, raw);
    QFETCH(int, colour);
    const Profile p = Profile::builtinDefault();
    const CriterionDef *c = p.criterion(criterion);
    QVERIFY(c);
    QCOMPARE(int(colourOf(*c, displayedValue(c->metric, raw))), colour);
}

void TestProfileBoundaries::otherProfileBoundaries_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("criterion");
    QTest::addColumn<double>("raw");
    QTest::addColumn<int>("colour");
    // API SLO: pass/fail, "< limit".
    QTest::newRow("slo p95 199") << "api-slo.json" << "p95" << 199.0 << int(Colour::Green);
    QTest::newRow("slo p95 199.4") << "api-slo.json" << "p95" << 199.4 << int(Colour::Green);
    QTest::newRow("slo p95 199.5 -> 200") << "api-slo.json" << "p95" << 199.5 << int(Colour::Red);
    QTest::newRow("slo p95 200") << "api-slo.json" << "p95" << 200.0 << int(Colour::Red);
    QTest::newRow("slo p50 99") << "api-slo.json" << "p50" << 99.0 << int(Colour::Green);
    QTest::newRow("slo p50 100") << "api-slo.json" << "p50" << 100.0 << int(Colour::Red);
    QTest::newRow("slo p99 499") << "api-slo.json" << "p99" << 499.0 << int(Colour::Green);
    QTest::newRow("slo p99 500") << "api-slo.json" << "p99" << 500.0 << int(Colour::Red);
    QTest::newRow("slo err 0.99") << "api-slo.json" << "error_rate" << 0.99 << int(Colour::Green);
    QTest::newRow("slo err 1.00") << "api-slo.json" << "error_rate" << 1.00 << int(Colour::Red);
    // MVP: green < limit, red past the critical value.
    QTest::newRow("mvp mean 4999") << "mvp-load-test.json" << "mean" << 4999.0 << int(Colour::Green);
    QTest::newRow("mvp mean 5000") << "mvp-load-test.json" << "mean" << 5000.0 << int(Colour::Orange);
    QTest::newRow("mvp mean 10000") << "mvp-load-test.json" << "mean" << 10000.0 << int(Colour::Orange);
    QTest::newRow("mvp mean 10001") << "mvp-load-test.json" << "mean" << 10001.0 << int(Colour::Red);
    QTest::newRow("mvp p95 9999") << "mvp-load-test.json" << "p95" << 9999.0 << int(Colour::Green);
    QTest::newRow("mvp p95 30000") << "mvp-load-test.json" << "p95" << 30000.0 << int(Colour::Orange);
    QTest::newRow("mvp p95 30001") << "mvp-load-test.json" << "p95" << 30001.0 << int(Colour::Red);
    QTest::newRow("mvp p99 15000") << "mvp-load-test.json" << "p99" << 15000.0 << int(Colour::Orange);
    QTest::newRow("mvp p99 60001") << "mvp-load-test.json" << "p99" << 60001.0 << int(Colour::Red);
    QTest::newRow("mvp err 0.99") << "mvp-load-test.json" << "error_rate" << 0.99 << int(Colour::Green);
    QTest::newRow("mvp err 5.00") << "mvp-load-test.json" << "error_rate" << 5.0 << int(Colour::Orange);
    QTest::newRow("mvp err 5.01") << "mvp-load-test.json" << "error_rate" << 5.01 << int(Colour::Red);
    // Throughput, higher is better: green > 10, red < 2.
    QTest::newRow("mvp rps 10.01") << "mvp-load-test.json" << "throughput" << 10.01 << int(Colour::Green);
    QTest::newRow("mvp rps 10.00") << "mvp-load-test.json" << "throughput" << 10.0 << int(Colour::Orange);
    QTest::newRow("mvp rps 10.004 -> 10.00") << "mvp-load-test.json" << "throughput" << 10.004 << int(Colour::Orange);
    QTest::newRow("mvp rps 2.00") << "mvp-load-test.json" << "throughput" << 2.0 << int(Colour::Orange);
    QTest::newRow("mvp rps 1.99") << "mvp-load-test.json" << "throughput" << 1.99 << int(Colour::Red);
    QTest::newRow("mvp rps 0") << "mvp-load-test.json" << "throughput" << 0.0 << int(Colour::Red);
}

void TestProfileBoundaries::otherProfileBoundaries()
{
    QFETCH(QString, file);
    QFETCH(QString, criterion);
    QFETCH(double, raw);
    QFETCH(int, colour);
    const Profile p = Profile::fromFile(profilePath(file));
    const CriterionDef *c = p.criterion(criterion);
    QVERIFY(c);
    QCOMPARE(int(colourOf(*c, displayedValue(c->metric, raw))), colour);
}

QTEST_GUILESS_MAIN(TestProfileBoundaries)
#include "tst_profile_boundaries.moc"
