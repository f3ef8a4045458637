// k6 CSV rules on files the test writes: timestamp formats, columns by header
// name, RFC 4180 quoting, the failure rule, setup/teardown and the stage rule.
// How the reader reads (exact percentiles, the two-range split, gzip members)
// is in tst_k6_csv_reading.cpp. Findings are checked by kind and parameters,
// never by sentence.
#include "k6_test_files.h"

#include "grid/assessment.h"
#include "grid/profile.h"

#include <QTemporaryDir>
#include <QTest>

#include <random>
#include <vector>

using namespace palier;
using k6test::Fmt;
using k6test::Req;
using k6test::reference;
using k6test::steppedRun;

class TstK6Csv : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString path(const char *name) const { return dir_.filePath(QString::fromLatin1(name)); }

private slots:
    void timestampFormats_data()
    {
        QTest::addColumn<int>("fmt");
        QTest::newRow("unix seconds") << int(Fmt::Seconds);
        QTest::newRow("unix_milli") << int(Fmt::Milli);
        QTest::newRow("unix_micro") << int(Fmt::Micro);
        QTest::newRow("unix_nano") << int(Fmt::Nano);
        QTest::newRow("rfc3339") << int(Fmt::Rfc3339);
        QTest::newRow("rfc3339_nano") << int(Fmt::Rfc3339Nano);
    }
    void timestampFormats()
    {
        QFETCH(int, fmt);
        std::mt19937 rng(11);
        std::vector<double> all;
        const QString file = k6test::write(path("fmt.csv"), steppedRun(Fmt(fmt), rng, &all));
        const Run run = k6test::load(file);
        QCOMPARE(run.total.requests, qint64(all.size()));
        QCOMPARE(run.total.p95Ms, reference(all, 0.95));
        QCOMPARE(run.startedAt.toSecsSinceEpoch(), qint64(1700000000));
        // The ramps' single samples are no stages; a plateau lasts from its
        // first to its last vus sample, its requests reach one sample further.
        QCOMPARE(run.stages.size(), 2);
        QCOMPARE(run.stages[0].users, 20);
        QCOMPARE(run.stages[0].durationS, 29.0);
        QCOMPARE(run.stages[0].plateauS, 29.0);
        QCOMPARE(run.stages[0].figures.requests, qint64(30 * 7));
        QCOMPARE(run.stages[0].figures.rps, 7.0);
        QCOMPARE(run.stages[1].users, 40);
        QCOMPARE(run.stages[1].plateauS, 19.0);
        QCOMPARE(run.stages[1].plateauStart.toSecsSinceEpoch(), qint64(1700000000 + 40));
        QCOMPARE(run.series.points.size(), 60);
        QCOMPARE(run.series.points[10].users, 20.0);
    }

    void columnsByHeaderName()
    {
        // --system-tags subset in an unusual order, plus an extra tag column.
        QByteArray csv = "metric_name,timestamp,metric_value,status,tenant,name,method,expected_response\n";
        for (int s = 0; s < 12; ++s) {
            const QByteArray ts = QByteArray::number(1700000000 + s);
            csv += "vus," + ts + ",3.000000,,,,,\n";
            csv += "http_req_duration," + ts + ",12.500000,200,acme,orders,GET,true\n";
            csv += "http_req_duration," + ts + ",40.000000,503,acme,orders,GET,false\n";
            csv += "http_req_duration," + ts + ",7.000000,200,acme,health,GET,true\n";
        }
        const Run run = k6test::load(k6test::write(path("cols.csv"), csv));
        QCOMPARE(run.total.requests, qint64(36));
        QCOMPARE(run.total.failures, qint64(12));
        const Endpoint *orders = run.endpoint(QStringLiteral("orders"));
        QVERIFY(orders);
        QCOMPARE(orders->method, QStringLiteral("GET"));
        QCOMPARE(orders->figures.requests, qint64(24));
        QCOMPARE(orders->figures.failures, qint64(12));
        QCOMPARE(orders->figures.maxMs, 40.0);
        QCOMPARE(orders->figures.keyPercentile(0.95), 12.5);   // successes only
        QCOMPARE(run.stages.size(), 1);
        QCOMPARE(run.stages.first().users, 3);
        QCOMPARE(run.errors.size(), 1);
        QCOMPARE(run.errors.first().error, QStringLiteral("HTTP 503"));
        QCOMPARE(run.errors.first().occurrences, qint64(12));
    }

    void quotedFields()
    {
        QByteArray csv = k6test::kHeader19;
        csv += "http_req_duration,1700000000,10.000000,,,,true,,GET,\"/search?a=1,b=2\",HTTP/1.1,default,,200,,,u,,\n";
        // A check name with a comma, doubled quotes and a line break (Go quotes it).
        csv += "checks,1700000000,1.000000,\"is \"\"ok\"\",\nreally\",,,,,,,,default,,,,,,,\n";
        csv += "http_req_duration,1700000000,20.000000,,,,true,,GET,\"say \"\"hi\"\"\",HTTP/1.1,default,,200,,,u,,\n";
        csv += "http_req_duration,1700000000,oops,,,,true,,GET,x,HTTP/1.1,default,,200,,,u,,\n";
        const Run run = k6test::load(k6test::write(path("quoted.csv"), csv));
        QCOMPARE(run.total.requests, qint64(2));
        QVERIFY(run.endpoint(QStringLiteral("/search?a=1,b=2")));
        QVERIFY(run.endpoint(QStringLiteral("say \"hi\"")));
        // A latency that is not a number is impossible: the run is invalid, on
        // physical line 6 (the check spans lines 3–4).
        const Finding nan = k6test::findingOf(run, QStringLiteral("run.invalid.not_number"));
        QVERIFY2(nan.isError(), qPrintable(k6test::kinds(run)));
        QCOMPARE(nan.line, qint64(6));
        QCOMPARE(nan.params.value(QStringLiteral("cell")).toString(), QStringLiteral("oops"));
        QCOMPARE(nan.params.value(QStringLiteral("count")).toLongLong(), qint64(1));
        QVERIFY(!run.isValid());
    }

    void failureRule()
    {
        // No expected_response tag: http_req_failed decides; without it, the status.
        QByteArray csv = "metric_name,timestamp,metric_value,error,error_code,method,name,status\n";
        auto row = [&](const char *metric, const char *v, const char *code, const char *status, const char *err = "") {
            csv += QByteArray(metric) + ",1700000000," + v + "," + err + "," + code + ",GET,ep," + status + "\n";
        };
        row("http_req_duration", "1", "", "500");
        row("http_req_failed", "0", "", "500");   // the response callback accepted the 500
        row("http_req_duration", "2", "", "200");
        row("http_req_failed", "1", "", "200");   // and refused this 200
        row("http_req_duration", "3", "", "404");     // no http_req_failed: status rule → failed
        row("http_req_duration", "4", "1050", "0", "request timeout");   // status 0 + code → failed
        row("http_req_duration", "5", "", "0");       // status 0, no code → not failed
        row("http_req_duration", "6", "", "302");     // → not failed
        const Run run = k6test::load(k6test::write(path("fail.csv"), csv));
        QCOMPARE(run.total.requests, qint64(6));
        QCOMPARE(run.total.failures, qint64(3));
        QCOMPARE(run.total.keyPercentile(0.95), reference({1, 5, 6}, 0.95));
        QStringList errors;
        for (const ErrorEntry &e : run.errors)
            errors.append(e.error);
        errors.sort();
        QCOMPARE(errors, (QStringList {QStringLiteral("HTTP 200"), QStringLiteral("HTTP 404"),
                                       QStringLiteral("error_code 1050, request timeout")}));
    }

    // Docs/grid-rules.md §12: the key transaction's latency is judged over its
    // successes when k6 tells them apart. Fast 503s must not pull its p95
    // down into the green: here 6 % of the successes are slow (3 000 ms), which
    // is under 5 % of all requests once the failures are counted.
    void keyTransactionJudgedOnItsSuccesses()
    {
        QByteArray csv = k6test::kHeader19;
        std::vector<double> all, ok;
        for (int s = 0; s < 200; ++s) {
            const QByteArray ts = QByteArray::number(1700000000 + s);
            csv += k6test::vusRow(ts, 100);
            auto request = [&](double ms, bool success) {
                Req r;
                r.ts = ts;
                r.ms = ms;
                r.name = "athlete_search";
                r.status = success ? "200" : "503";
                r.expected = success ? "true" : "false";
                csv += k6test::requestRows(r);
                all.push_back(ms);
                if (success)
                    ok.push_back(ms);
            };
            for (int i = 0; i < 3; ++i)
                request(5, false);
            for (int i = 0; i < 10; ++i)
                request(i == 0 && s % 10 < 6 ? 3000 : 2000, true);
        }
        const Run run = k6test::load(k6test::write(path("key-ok.csv"), csv));
        QCOMPARE(run.stages.size(), 1);
        const Endpoint *key = run.stages[0].endpoint(QStringLiteral("athlete_search"));
        QVERIFY(key);
        QCOMPARE(key->figures.p95Ms, reference(all, 0.95));               // k6's own figure, every request
        QCOMPARE(key->figures.keyPercentile(0.95), reference(ok, 0.95));  // as the grid judges it
        QCOMPARE(key->figures.keyPercentile(0.50), reference(ok, 0.50));
        QCOMPARE(reference(all, 0.95), 2000.0);
        QCOMPARE(reference(ok, 0.95), 3000.0);

        const Profile profile = Profile::builtinDefault();
        const Assessment a = assess({run}, profile);
        const RunVerdict *v = a.verdictOf(run.id);
        QVERIFY(v);
        const CriterionResult *p95 = v->criterion(profile.p95Criterion()->id);
        QVERIFY(p95);
        QCOMPARE(p95->value, 3000.0);
        QCOMPARE(p95->colour, Colour::Orange);
        QCOMPARE(v->keyP95AtTargetMs, 3000.0);
        // Locust cannot tell them apart: its figure is used as it is.
        Figures locust;
        locust.p95Ms = 2000;
        QCOMPARE(locust.keyPercentile(0.95), 2000.0);
    }

    void setupTeardownGroupsAndDropped()
    {
        QByteArray csv = k6test::kHeader19;
        for (int s = 0; s < 3; ++s) {
            Req r;
            r.ts = QByteArray::number(1700000000 + s);
            r.group = s == 0 ? "::setup" : s == 1 ? "::teardown::cleanup" : "::journey";
            r.scenario = s == 2 ? "ramp" : "";
            r.ms = 10 * (s + 1);
            csv += k6test::requestRows(r);
        }
        csv += "dropped_iterations,1700000002,1.000000,,,,,,,,,ramp,,,,,,,\n";
        csv += "dropped_iterations,1700000002,2.000000,,,,,,,,,ramp,,,,,,,\n";
        const Run run = k6test::load(k6test::write(path("groups.csv"), csv));
        QCOMPARE(run.total.requests, qint64(3));   // as k6's summary counts them
        QCOMPARE(run.endpoints.size(), 1);
        QCOMPARE(run.endpoints.first().figures.requests, qint64(1));
        QCOMPARE(run.endpoints.first().group, QStringLiteral("::journey"));
        QCOMPARE(run.endpoints.first().scenario, QStringLiteral("ramp"));
        QCOMPARE(run.droppedIterations, 3.0);
        QCOMPARE(k6test::findingOf(run, QStringLiteral("k6.setup_requests")).params.value(QStringLiteral("count")).toLongLong(),
                 qint64(2));

        const Run none = k6test::load(k6test::write(path("nodrop.csv"), k6test::kHeader19 + k6test::requestRows(Req {"1700000000"})));
        QVERIFY(!isKnown(none.droppedIterations));
    }

    void stageRule()
    {
        // vus: ramp 1..9 (1 s each), 10 for 15 s, 20 for 9 s, 30 for 10 s, 10
        // again for 12 s, then 0 for 20 s. Every level held for two samples or
        // more is a stage, however short (docs/grid-rules.md §3); the one-VU ramp is not.
        std::vector<int> users;
        for (int i = 1; i <= 9; ++i)
            users.push_back(i);
        users.insert(users.end(), 15, 10);
        users.insert(users.end(), 9, 20);
        users.insert(users.end(), 10, 30);
        users.insert(users.end(), 12, 10);
        users.insert(users.end(), 20, 0);
        QByteArray csv = k6test::kHeader19;
        std::vector<double> stage30;
        for (int s = 0; s < int(users.size()); ++s) {
            const QByteArray ts = QByteArray::number(1700000000 + s);
            csv += k6test::vusRow(ts, users[std::size_t(s)]);
            for (int k = 0; k < 3; ++k) {
                Req r {ts};
                r.ms = s * 10 + k;
                r.name = k == 2 ? "b" : "a";
                csv += k6test::requestRows(r);
                if (users[std::size_t(s)] == 30)
                    stage30.push_back(r.ms);
            }
        }
        const Run run = k6test::load(k6test::write(path("stages.csv"), csv));
        QCOMPARE(run.stagePlan(), (QList<int> {10, 10, 20, 30}));
        QCOMPARE(run.stageWithUsers(20)->durationS, 8.0);
        const Stage *s30 = run.stageWithUsers(30);
        QVERIFY(s30);
        QCOMPARE(s30->plateauStart.toSecsSinceEpoch(), qint64(1700000000 + 9 + 15 + 9));
        QCOMPARE(s30->plateauEnd.toSecsSinceEpoch(), qint64(1700000000 + 9 + 15 + 9 + 10));
        QCOMPARE(s30->plateauS, 9.0);
        QCOMPARE(s30->figures.requests, qint64(30));
        QCOMPARE(s30->figures.p95Ms, reference(stage30, 0.95));
        QCOMPARE(s30->figures.rps, 3.0);
        QCOMPARE(s30->series.stepMs, 10000);
        QCOMPARE(s30->series.points.size(), 1);
        QCOMPARE(s30->series.points.first().p95Ms, reference(stage30, 0.95));
        QCOMPARE(s30->endpoints.size(), 2);
        QCOMPARE(s30->endpoint(QStringLiteral("a"))->figures.requests, qint64(20));
        QVERIFY(s30->endpointSeries.contains(QStringLiteral("b")));
        QCOMPARE(run.stages[0].plateauS, 14.0);
        QCOMPARE(run.stages[0].series.points.size(), 2);   // 10 s + 5 s
        QCOMPARE(run.stages[0].series.points[1].rps, 3.0);
        // Running totals from the plateau start, so the grid's windows count exactly.
        QCOMPARE(run.stages[0].series.points[0].cumRequests, 30.0);
        QCOMPARE(run.stages[0].series.points[1].cumRequests, 45.0);
        QCOMPARE(run.stages[0].series.points[1].cumFailures, 0.0);
        const Series &a = run.stages[0].endpointSeries.value(QStringLiteral("a"));
        QCOMPARE(a.points.size(), 2);
        QCOMPARE(a.points[0].cumRequests, 20.0);
        QCOMPARE(a.points[1].cumRequests, 30.0);
        QCOMPARE(k6test::findingOf(run, QStringLiteral("k6.same_level_twice")).params.value(QStringLiteral("users")).toInt(),
                 10);
        // Run series: 1 s steps with exact percentiles of each second.
        const TimePoint &p = run.series.points[40];
        QCOMPARE(p.rps, 3.0);
        QCOMPARE(p.p50Ms, 401.0);
        QCOMPARE(p.users, 30.0);
        QCOMPARE(run.endpointSeries.value(QStringLiteral("a")).stepMs, 10000);
    }
};

QTEST_GUILESS_MAIN(TstK6Csv)
#include "tst_k6_csv.moc"
