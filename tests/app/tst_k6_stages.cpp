// Stages from the vus gauge of real k6 runs reshaped by the test (docs/grid-rules.md §3,
// docs/k6-reader.md §"Stages"): a slow ramp is no stage and the hold after it
// is; dropped_iterations are counted per stage. Each case runs on a copy of one
// real test (1 VU for 93 s, 1000 requests) exported as CSV and as NDJSON, and
// both exports must give the same stages.
#include "k6_test_files.h"

#include "sources/k6/k6_files.h"
#include "sources/k6/k6_stages.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace palier;

namespace {

bool isVusLine(const QByteArray &l, bool ndjson)
{
    return ndjson ? l.startsWith("{\"metric\":\"vus\",\"type\":\"Point\"") : l.startsWith("vus,");
}

// The real file with its i-th vus sample (in file order, which is time order
// here) set to users(i).
template <class Users>
QByteArray withVus(const QString &path, bool ndjson, Users users)
{
    QList<QByteArray> lines = k6test::lines(path);
    int i = 0;
    for (QByteArray &l : lines) {
        if (!isVusLine(l, ndjson))
            continue;
        const int u = users(i++);
        if (ndjson) {
            const qsizetype v = l.indexOf("\"value\":") + 8;
            l.replace(v, l.indexOf(',', v) - v, QByteArray::number(u));
        } else {
            QList<QByteArray> fields = l.split(',');
            fields[2] = k6test::num(u);
            l = fields.join(',');
        }
    }
    return lines.join('\n');
}

// A dropped_iterations sample as k6 writes it at Unix second `s` (+ 0.5 s in NDJSON).
QByteArray droppedRow(bool ndjson, qint64 s)
{
    if (!ndjson)
        return "dropped_iterations," + QByteArray::number(s) + ",1.000000,,,,,,,,,default,,,,,,,";
    const QByteArray time = QDateTime::fromSecsSinceEpoch(s, Qt::UTC).toString(Qt::ISODate).toLatin1();
    return "{\"metric\":\"dropped_iterations\",\"type\":\"Point\",\"data\":{\"time\":\"" + time.chopped(1)
        + ".5Z\",\"value\":1,\"tags\":{\"scenario\":\"default\"}}}";
}

} // namespace

class TstK6Stages : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    QString sample(bool ndjson) const
    {
        return k6test::kMiguel + (ndjson ? QStringLiteral("data.json") : QStringLiteral("data.csv"));
    }
    QString write(const char *name, const QByteArray &data) const
    {
        return k6test::write(dir_.filePath(QString::fromLatin1(name)), data);
    }
    static void formats()
    {
        QTest::addColumn<bool>("ndjson");
        QTest::newRow("csv") << false;
        QTest::newRow("ndjson") << true;
    }

private slots:
    // ramping-vus at one VU per five samples (1 … 8), then a hold at 9 for the
    // remaining 53 samples: every ramp level lasts several samples, yet only
    // the hold is a stage (a one-VU ramp's steps are not plateaus).
    void slowRampThenHoldIsOneStage_data() { formats(); }
    void slowRampThenHoldIsOneStage()
    {
        QFETCH(bool, ndjson);
        const QString file = write(ndjson ? "ramp.json" : "ramp.csv",
                                   withVus(sample(ndjson), ndjson, [](int i) { return i < 40 ? 1 + i / 5 : 9; }));
        const Run run = k6test::load(file);
        QCOMPARE(run.stagePlan(), (QList<int> {9}));
        const Stage &hold = run.stages.first();
        QVERIFY2(std::abs(hold.durationS - 52.0) < 0.01, qPrintable(QString::number(hold.durationS)));
        QCOMPARE(hold.plateauS, hold.durationS);
        // From the first sample at 9 VUs (the 41st, 40 s after the first) to the
        // last one plus a sampling step, in whole seconds.
        const qint64 firstVus = 1749852277;
        QCOMPARE(hold.plateauStart.toSecsSinceEpoch(), firstVus + 40);
        QCOMPARE(hold.plateauEnd.toSecsSinceEpoch(), firstVus + 93);
        QVERIFY(hold.figures.requests > 500);
        QCOMPARE(hold.figures.rps, double(hold.figures.requests) / 53.0);
        QCOMPARE(hold.series.points.last().cumRequests, double(hold.figures.requests));
        QVERIFY(k6test::findingOf(run, QStringLiteral("k6.no_stages")).kind.isEmpty());
    }

    // A stepped load whose ramps climb slower than one VU per sample (3, ramp,
    // 9, ramp, 15): the one-VU ramp runs from 3 to 15 without a break, and the
    // levels held far longer than its steps are the stages.
    void steppedLoadWithSlowRampsKeepsItsPlateaus_data() { formats(); }
    void steppedLoadWithSlowRampsKeepsItsPlateaus()
    {
        QFETCH(bool, ndjson);
        const QString file = write(ndjson ? "stepped.json" : "stepped.csv", withVus(sample(ndjson), ndjson, [](int i) {
            return i < 20 ? 3 : i < 30 ? 4 + (i - 20) / 2 : i < 60 ? 9 : i < 70 ? 10 + (i - 60) / 2 : 15;
        }));
        const Run run = k6test::load(file);
        QCOMPARE(run.stagePlan(), (QList<int> {3, 9, 15}));
        QVERIFY(std::abs(run.stageWithUsers(3)->durationS - 19.0) < 0.01);
        QVERIFY(std::abs(run.stageWithUsers(9)->durationS - 29.0) < 0.01);
        QVERIFY(std::abs(run.stageWithUsers(15)->durationS - 22.0) < 0.01);
    }

    // CSV and NDJSON of the reshaped test put the same requests in the stage.
    void csvAndNdjsonAgree()
    {
        auto users = [](int i) { return i < 40 ? 1 + i / 5 : 9; };
        const Run csv = k6test::load(write("agree.csv", withVus(sample(false), false, users)));
        const Run json = k6test::load(write("agree.json", withVus(sample(true), true, users)));
        QCOMPARE(csv.stagePlan(), json.stagePlan());
        QCOMPARE(csv.startedAt.toSecsSinceEpoch(), json.startedAt.toSecsSinceEpoch());
        QCOMPARE(csv.stages.first().figures.requests, json.stages.first().figures.requests);
        QCOMPARE(csv.stages.first().series.points.size(), json.stages.first().series.points.size());
        for (qsizetype i = 0; i < csv.stages.first().series.points.size(); ++i)
            QCOMPARE(csv.stages.first().series.points[i].cumRequests, json.stages.first().series.points[i].cumRequests);
    }

    // A level seen on one sample only has no duration: a ramp step, never a stage.
    void singleSampleLevelIsNoStage_data() { formats(); }
    void singleSampleLevelIsNoStage()
    {
        QFETCH(bool, ndjson);
        // 1 VU, one sample at 5, 1 VU again (a blip inside one plateau), one at 7
        // between a hold at 3 and a hold at 6.
        const QString file = write(ndjson ? "blip.json" : "blip.csv", withVus(sample(ndjson), ndjson, [](int i) {
            return i < 30 ? (i == 10 ? 5 : 1) : i < 60 ? 3 : i == 60 ? 7 : 6;
        }));
        const Run run = k6test::load(file);
        QCOMPARE(run.stagePlan(), (QList<int> {1, 3, 6}));
        QCOMPARE(run.stageWithUsers(1)->durationS, 29.0);   // the blip does not split it
    }

    // A VUs sample thousands of years after the others (a damaged timestamp)
    // made one stage centuries long, and its 10-s series one slot per window:
    // 168 GB asked for (found by fuzzing, docs/fuzzing.md). The stages' series
    // step now grows with the gauge's span, like the run series'.
    void wildVusTimestampKeepsStageSeriesBounded_data() { formats(); }
    void wildVusTimestampKeepsStageSeriesBounded()
    {
        QFETCH(bool, ndjson);
        QList<QByteArray> lines = k6test::lines(sample(ndjson));
        for (qsizetype i = lines.size() - 1; i >= 0; --i) {
            QByteArray &l = lines[i];
            if (!isVusLine(l, ndjson))
                continue;
            if (ndjson) {
                const qsizetype t = l.indexOf("\"time\":\"") + 8;
                l.replace(t, 4, "5358");
            } else {
                QList<QByteArray> fields = l.split(',');
                fields[1] = "106900000000";   // year 5358, in Unix seconds
                l = fields.join(',');
            }
            break;
        }
        const QString file = write(ndjson ? "wild-vus.json" : "wild-vus.csv", lines.join('\n'));
        const Run run = k6test::load(file);
        QVERIFY(!run.stages.isEmpty());
        for (const Stage &st : run.stages) {
            QVERIFY(st.series.points.size() <= k6::kMaxStageWindows + 1);
            QVERIFY(st.series.stepMs >= k6::kStageStepMs);
        }
        QVERIFY(run.stages.first().series.stepMs > k6::kStageStepMs);
        QCOMPARE(run.total.requests, k6test::load(sample(ndjson)).total.requests);
    }

    // The series limits are a Tuning knob (the fuzz harnesses lower them):
    // lowered, the run series and the stages' series take the coarser step
    // and keep within them, and every figure that is not a series is unchanged.
    void loweredSeriesLimitsCoarsenTheSeriesOnly_data() { formats(); }
    void loweredSeriesLimitsCoarsenTheSeriesOnly()
    {
        QFETCH(bool, ndjson);
        const QString path = sample(ndjson);
        k6::Tuning tuning;
        tuning.limits = {30, 4};
        const Run low = ndjson ? k6::loadNdjsonFile(path, QStringLiteral("low"), {}, tuning)
                               : k6::loadCsvFile(path, QStringLiteral("low"), {}, tuning);
        const Run full = k6test::load(path);
        QVERIFY(full.series.points.size() > 30);
        QVERIFY(low.series.points.size() <= 30);
        QVERIFY(low.series.stepMs > 1000);
        QCOMPARE(low.total.requests, full.total.requests);
        QCOMPARE(low.total.p95Ms, full.total.p95Ms);
        QCOMPARE(low.stages.size(), full.stages.size());
        qsizetype windows = 0;
        for (qsizetype i = 0; i < low.stages.size(); ++i) {
            windows += low.stages.at(i).series.points.size();
            QVERIFY(low.stages.at(i).series.stepMs > k6::kStageStepMs);
            QCOMPARE(low.stages.at(i).figures.requests, full.stages.at(i).figures.requests);
        }
        QVERIFY(windows <= 4 + low.stages.size());
    }

    // dropped_iterations rows inside a stage count for that stage; one before
    // the first vus sample counts for the run only.
    void droppedIterationsPerStage_data() { formats(); }
    void droppedIterationsPerStage()
    {
        QFETCH(bool, ndjson);
        QList<QByteArray> lines = k6test::lines(sample(ndjson));
        const qsizetype middle = lines.size() / 2;
        for (qint64 s : {1749852300, 1749852300, 1749852300, 1749852301, 1749852301})
            lines.insert(middle, droppedRow(ndjson, s));
        lines.insert(1, droppedRow(ndjson, 1749852276));
        const QString file = write(ndjson ? "dropped.json" : "dropped.csv", lines.join('\n'));
        const Run run = k6test::load(file);
        QCOMPARE(run.droppedIterations, 6.0);
        QCOMPARE(run.stages.size(), 1);
        QCOMPARE(run.stages.first().droppedIterations, 5.0);
        const Finding f = k6test::findingOf(run, QStringLiteral("k6.dropped_iterations"));
        QCOMPARE(f.params.value(QStringLiteral("count")).toDouble(), 5.0);
        QCOMPARE(f.params.value(QStringLiteral("users")).toInt(), 1);
        QVERIFY(f.line > 1);
        QVERIFY(run.isValid());   // a saturation signal, not a damaged run

        // Without dropped_iterations rows, the count is unknown, not 0.
        QVERIFY(!isKnown(k6test::load(sample(ndjson)).stages.first().droppedIterations));
    }
};

QTEST_GUILESS_MAIN(TstK6Stages)
#include "tst_k6_stages.moc"
