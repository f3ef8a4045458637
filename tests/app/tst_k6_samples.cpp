// Every real k6 file in tests/data/k6/wild (copied from shared/samples with its
// SOURCES.md) is recognised and loads; figures equal what k6 itself reported.
#include "k6_test_files.h"

#include "grid/assessment.h"
#include "grid/profile.h"
#include "report/analysis_json.h"
#include "sources/load.h"
#include "sources/source_reader.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace palier {
const SourceReader &k6Reader();
}

using namespace palier;

namespace {

using k6test::kMiguel;
using k6test::kWild;
using k6test::readAll;

const QString kMiguelFolder =
    QStringLiteral("MiguelFerreira18__Comparing_JSON_and_ProtoBuf_in_HTTP-based-_REST_architectures");

// Relative agreement to 1e-12: k6's summary figures are float64 results of the
// same operations on the same samples.
bool same(double a, double b)
{
    return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b));
}

} // namespace

class TstK6Samples : public QObject {
    Q_OBJECT

private slots:
    void everyFileIsClaimedAndLoads()
    {
        QStringList files;
        QDirIterator it(kWild, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        QCOMPARE(files.size(), 15);   // 14 k6 files + SOURCES.md
        QStringList left = files;
        QList<Finding> diags;
        const QList<ResultSet> sets = k6Reader().claim(left, &diags);
        QCOMPARE(sets.size(), 14);
        QCOMPARE(left.size(), 1);
        QVERIFY(left.first().endsWith(QLatin1String("SOURCES.md")));
        for (const ResultSet &set : sets) {
            QCOMPARE(set.kind, SourceKind::K6);
            QCOMPARE(set.files.size(), 1);
            const Run run = k6Reader().load(set, {});
            QVERIFY2(run.total.requests > 0, qPrintable(set.path));
            QVERIFY2(k6test::unworded(run).isEmpty(), qPrintable(k6test::unworded(run).join(u' ')));
            QCOMPARE(run.id, set.id);
            QCOMPARE(run.source, SourceKind::K6);
        }
    }

    // Through Palier's discovery, with every reader asked in turn: the folder
    // of samples gives one k6 run per test (the one test exported three ways
    // is one run) and nothing else, each named by its folder.
    void discoveredAsRuns()
    {
        const LoadResult result = loadRuns({kWild});
        QCOMPARE(result.runs.size(), 12);
        for (const Run &run : result.runs) {
            QCOMPARE(run.source, SourceKind::K6);
            QVERIFY2(QFileInfo(run.path).absolutePath().endsWith(run.id), qPrintable(run.id + u' ' + run.path));
        }
    }

    // A threshold k6 failed is said on the run the summary joins, as it is on
    // the summary alone (the raw file has no thresholds).
    void failedThresholdSurvivesTheJoin()
    {
        QTemporaryDir dir;
        QJsonObject root = QJsonDocument::fromJson(k6test::readAll(kMiguel + QStringLiteral("summary.json"))).object();
        QJsonObject metrics = root.value(u"metrics").toObject();
        QJsonObject duration = metrics.value(u"http_req_duration").toObject();
        duration[u"thresholds"] = QJsonObject {{QStringLiteral("p(95)<50"), QJsonObject {{QStringLiteral("ok"), false}}}};
        metrics[u"http_req_duration"] = duration;
        root[u"metrics"] = metrics;
        k6test::write(dir.filePath(QStringLiteral("summary.json")), QJsonDocument(root).toJson());
        QVERIFY(QFile::copy(kMiguel + QStringLiteral("data.csv"), dir.filePath(QStringLiteral("data.csv"))));
        const LoadResult result = loadRuns({dir.path()});
        QCOMPARE(result.runs.size(), 1);
        const Run &run = result.runs.first();
        QCOMPARE(run.paths.size(), 2);
        const QList<Finding> failed = k6test::findingsOf(run, QStringLiteral("k6.threshold_failed"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().params.value(QStringLiteral("expression")).toString(), QStringLiteral("p(95)<50"));
    }

    // docs/grid-rules.md §9: the same test as CSV, NDJSON and summary is one run.
    void oneTestThreeFilesIsOneRun()
    {
        const Run csv = k6test::load(kMiguel + QStringLiteral("data.csv"));
        const Run json = k6test::load(kMiguel + QStringLiteral("data.json"));
        QCOMPARE(csv.startedAt.toSecsSinceEpoch(), json.startedAt.toSecsSinceEpoch());
        QCOMPARE(csv.stagePlan(), json.stagePlan());
        QCOMPARE(csv.stages.first().figures.requests, json.stages.first().figures.requests);

        const LoadResult result = loadRuns({kMiguel});
        QCOMPARE(result.runs.size(), 1);
        const Run &run = result.runs.first();
        QCOMPARE(run.id, kMiguelFolder);   // its folder, never a bare "data"
        QStringList names;
        for (const QString &p : run.paths)
            names.append(QFileInfo(p).fileName());
        names.sort();
        QCOMPARE(names, (QStringList {QStringLiteral("data.csv"), QStringLiteral("data.json"),
                                      QStringLiteral("summary.json")}));
        // Said once, though the summary joins after the raw files have merged.
        QCOMPARE(k6test::findingsOf(run, QStringLiteral("run.duplicate")).size(), 1);
        const Finding dup = k6test::findingOf(run, QStringLiteral("run.duplicate"));
        QCOMPARE(dup.params.value(QStringLiteral("paths")).toStringList().size(), 3);
        QVERIFY2(run.isValid(), qPrintable(k6test::kinds(run)));
        QVERIFY(k6test::findingOf(run, QStringLiteral("run.copies_differ")).kind.isEmpty());
        QVERIFY(!run.runLevelOnly);   // the raw files supply the figures
        QCOMPARE(run.stagePlan(), (QList<int> {1}));
    }

    // docs/grid-rules.md §9: a k6 result reached through a link and through its
    // real path is one run, whose run.duplicate finding names both paths.
    void linkedResultIsOneRun_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("link to its folder") << QStringLiteral("folder");
        QTest::newRow("file, then a link to it") << QStringLiteral("file");
        QTest::newRow("link to the file, then the file") << QStringLiteral("link first");
    }
    void linkedResultIsOneRun()
    {
        QFETCH(QString, variant);
        QTemporaryDir tmp;
        const QString real = tmp.filePath(QStringLiteral("run-1"));
        QVERIFY(QDir().mkpath(real));
        const QString file = k6test::write(real + QStringLiteral("/data.csv"), readAll(kMiguel + QStringLiteral("data.csv")));
        QStringList args;
        QString link;
        if (variant == u"folder") {
            QVERIFY(QFile::link(real, tmp.filePath(QStringLiteral("latest"))));
            link = tmp.filePath(QStringLiteral("latest/data.csv"));
            args = {tmp.path()};
        } else {
            QVERIFY(QDir().mkpath(tmp.filePath(QStringLiteral("elsewhere"))));
            link = tmp.filePath(QStringLiteral("elsewhere/data.csv"));
            QVERIFY(QFile::link(file, link));
            args = variant == u"file" ? QStringList {file, link} : QStringList {link, file};
        }
        const QStringList expected = variant == u"link first" ? QStringList {link, file} : QStringList {file, link};

        const LoadResult result = loadRuns(args);
        QCOMPARE(result.runs.size(), 1);
        const Run &run = result.runs.first();
        QCOMPARE(run.source, SourceKind::K6);
        QCOMPARE(run.path, expected.first());
        QCOMPARE(run.paths, expected);
        QCOMPARE(k6test::findingsOf(run, QStringLiteral("run.duplicate")).size(), 1);
        const Finding dup = k6test::findingOf(run, QStringLiteral("run.duplicate"));
        QCOMPARE(dup.params.value(QStringLiteral("paths")).toStringList(), expected);
        QCOMPARE(run.total.requests, k6test::load(file).total.requests);
    }

    // Named by folder, and by file stem only when a folder holds several runs.
    void idsNameTheFolder()
    {
        QStringList miguel {kMiguel + QStringLiteral("data.csv"), kMiguel + QStringLiteral("data.json"),
                            kMiguel + QStringLiteral("summary.json")};
        for (const ResultSet &set : k6::claimK6Files(miguel))
            QCOMPARE(set.id, kMiguelFolder);

        QTemporaryDir dir;
        const QString folder = QFileInfo(dir.path()).fileName();
        const QByteArray csv = readAll(kMiguel + QStringLiteral("data.csv"));
        QStringList two {k6test::write(dir.filePath(QStringLiteral("before.csv")), csv),
                         k6test::write(dir.filePath(QStringLiteral("after.csv")), csv)};
        QStringList ids;
        for (const ResultSet &set : k6::claimK6Files(two))
            ids.append(set.id);
        ids.sort();
        QCOMPARE(ids, (QStringList {folder + QStringLiteral("/after"), folder + QStringLiteral("/before")}));
    }

    void gzippedJson()
    {
        QTemporaryDir dir;
        const QString summary = k6test::write(dir.filePath(QStringLiteral("summary.json.gz")),
            k6test::gzip(readAll(kWild + QStringLiteral("benc-uk__k6-reporter/test-data.json"))));
        const QString ndjson = k6test::write(dir.filePath(QStringLiteral("raw")),
            k6test::gzip(readAll(kWild + QStringLiteral("brazierale__spark/results.json"))));
        QCOMPARE(k6::sniffFile(summary), k6::FileKind::Summary);
        QCOMPARE(k6::sniffFile(ndjson), k6::FileKind::Ndjson);
        QCOMPARE(k6test::load(summary).total.failures, qint64(349));
        QCOMPARE(k6test::load(ndjson).total.requests, qint64(145));
    }

    void kindsAndIds()
    {
        QCOMPARE(k6::sniffFile(kMiguel + QStringLiteral("data.csv")), k6::FileKind::Csv);
        QCOMPARE(k6::sniffFile(kMiguel + QStringLiteral("data.json")), k6::FileKind::Ndjson);
        QCOMPARE(k6::sniffFile(kMiguel + QStringLiteral("summary.json")), k6::FileKind::Summary);
        bool gz = false;
        QCOMPARE(k6::sniffFile(kWild + QStringLiteral("kunal-154__K6/test_results.gz"), &gz), k6::FileKind::Csv);
        QVERIFY(gz);
        QCOMPARE(k6::sniffFile(kWild + QStringLiteral("brazierale__spark/results.json")), k6::FileKind::Ndjson);
        QCOMPARE(k6::sniffFile(kWild + QStringLiteral("benc-uk__k6-reporter/test-data.json")), k6::FileKind::Summary);
        QCOMPARE(k6::sniffFile(kWild + QStringLiteral("SOURCES.md")), k6::FileKind::Unknown);
        QCOMPARE(k6::runIdFor(QStringLiteral("/x/test_results.gz")), QStringLiteral("test_results"));
        QCOMPARE(k6::runIdFor(QStringLiteral("/x/results.csv.gz")), QStringLiteral("results"));
        QCOMPARE(k6::runIdFor(QStringLiteral("/x/k6-results.json")), QStringLiteral("k6-results"));
    }

    // The same run as CSV, NDJSON and k6's own summary: every figure agrees.
    void sameRunThreeWays()
    {
        const Run csv = k6test::load(kMiguel + QStringLiteral("data.csv"));
        const Run json = k6test::load(kMiguel + QStringLiteral("data.json"));
        const Run summary = k6test::load(kMiguel + QStringLiteral("summary.json"));
        QVERIFY(summary.runLevelOnly);
        QVERIFY(!csv.runLevelOnly);
        // k6's summary: count 1000, med 91.89060599999999, p(90) 100.66458139999999,
        // p(95) 109.52115789999998, p(99) 188.21809621999995.
        for (const Run *r : {&csv, &json, &summary}) {
            const Figures &f = r->total;
            QCOMPARE(f.requests, qint64(1000));
            QCOMPARE(f.failures, qint64(0));
            QVERIFY2(same(f.p50Ms, 91.89060599999999), qPrintable(QString::number(f.p50Ms, 'g', 17)));
            QVERIFY(same(f.percentile(0.90), 100.66458139999999));
            QVERIFY2(same(f.p95Ms, 109.52115789999998), qPrintable(QString::number(f.p95Ms, 'g', 17)));
            QVERIFY(same(f.p99Ms, 188.21809621999995));
            QVERIFY(same(f.minMs, 57.874599));
            QVERIFY(same(f.maxMs, 247.163042));
            QVERIFY(std::abs(f.avgMs - 92.81061783899995) < 1e-9);
            QVERIFY(same(f.keyPercentile(0.95), 109.52115789999998));   // http_req_duration{expected_response:true}
            QVERIFY(f.percentilesExact);
        }
        // The one endpoint carries the run's figures (no setup requests here).
        for (const Run *r : {&csv, &json}) {
            QCOMPARE(r->endpoints.size(), 1);
            const Endpoint &e = r->endpoints.first();
            QCOMPARE(e.name, QStringLiteral("http://localhost:8080/users"));
            QCOMPARE(e.method, QStringLiteral("POST"));
            QCOMPARE(e.scenario, QStringLiteral("default"));
            QVERIFY(same(e.figures.p95Ms, 109.52115789999998));
            QVERIFY(same(e.figures.keyPercentile(0.95), 109.52115789999998));
            // One VU for 93 s: one stage.
            QCOMPARE(r->stages.size(), 1);
            QCOMPARE(r->stages.first().users, 1);
            QVERIFY(r->stages.first().figures.requests > 990);
            // k6's http_reqs rate is 10.7312 req/s over 93.186 s; timestamps give the
            // run's span to the second (CSV) or to the sample (NDJSON).
            QVERIFY2(std::abs(r->total.rps - 10.731205977398467) / 10.73 < 0.02, qPrintable(QString::number(r->total.rps)));
            // Custom metrics are skipped, and said so.
            QVERIFY(k6test::findingOf(*r, QStringLiteral("k6.unknown_metrics"))
                        .params.value(QStringLiteral("metrics"))
                        .toStringList()
                        .contains(QStringLiteral("response_time (1000)")));
        }
        QVERIFY(same(summary.total.percentile(0.9999), 246.41344055179962));
        // Series: one point per second, exact percentiles per step, users from vus.
        QCOMPARE(csv.series.stepMs, 1000);
        QCOMPARE(csv.series.percentileWindow, WindowKind::ExactStep);
        qint64 sum = 0;
        for (const TimePoint &p : csv.series.points)
            sum += qint64(std::llround(p.rps));
        QCOMPARE(sum, qint64(1000));
        QCOMPARE(csv.series.points.last().cumRequests, 1000.0);
        QCOMPARE(csv.series.points.last().users, 1.0);
        QCOMPARE(csv.stages.first().series.stepMs, 10000);
        QVERIFY(csv.stages.first().endpointSeries.contains(QStringLiteral("http://localhost:8080/users")));
    }

    void gzipCsv()
    {
        const Run run = k6test::load(kWild + QStringLiteral("kunal-154__K6/test_results.gz"));
        QCOMPARE(run.total.requests, qint64(1632));
        QCOMPARE(run.total.failures, qint64(0));
        QCOMPARE(QString::number(run.total.p95Ms, 'f', 3), QStringLiteral("225.887"));
        QCOMPARE(run.endpoints.size(), 3);
        for (const Endpoint &e : run.endpoints)
            QCOMPARE(e.figures.requests, qint64(544));
        // ramping-vus 1 → 10 → 1, one VU at a time: every level is a ramp step
        // (10 too: the ramp down starts there) but the last one, where the ramp
        // ends and which k6 held for three samples (analysis/plateaus.h).
        QCOMPARE(run.stagePlan(), (QList<int> {1}));
        QCOMPARE(run.stages.first().durationS, 2.0);
        QVERIFY(run.toolVersion.contains(QLatin1String("0.41")));
    }

    void oldCsvHeader()
    {
        const Run run = k6test::load(kWild + QStringLiteral("dlmohamed13__trello_cypress/results.csv"));
        QCOMPARE(run.total.requests, qint64(3));
        QCOMPARE(run.endpoints.size(), 2);
        for (const Endpoint &e : run.endpoints)
            QCOMPARE(e.group, QStringLiteral("::simple user journey"));
        const Endpoint *boards = run.endpoint(QStringLiteral("http://localhost:3000/api/boards"));
        QVERIFY(boards);
        QCOMPARE(boards->method, QStringLiteral("GET, POST"));
        QCOMPARE(boards->figures.requests, qint64(2));
        QVERIFY(run.toolVersion.contains(QLatin1String("< 0.41")));

        const Run four = k6test::load(kWild + QStringLiteral("fyx99__news-aggregate/k6_result.csv"));
        QCOMPARE(four.total.requests, qint64(313));
        QCOMPARE(four.stages.size(), 1);
        QCOMPARE(four.stages.first().users, 4);
    }

    void ndjsonEnvelopes()
    {
        const Run old = k6test::load(kWild + QStringLiteral("brazierale__spark/results.json"));
        QCOMPARE(old.total.requests, qint64(145));
        QVERIFY(old.toolVersion.contains(QLatin1String("0.39")));
        QVERIFY(!old.series.isEmpty());
        double maxUsers = 0;
        for (const TimePoint &p : old.series.points)
            if (isKnown(p.users))
                maxUsers = std::max(maxUsers, p.users);
        QCOMPARE(maxUsers, 19.0);   // vus with "tags":null

        const Run aborted = k6test::load(kWild + QStringLiteral("JaredHane98__Redis-Kubernetes-Operator/results.json"));
        QCOMPARE(aborted.total.requests, qint64(8));
        QCOMPARE(aborted.total.failures, qint64(1));
        QCOMPARE(aborted.errors.size(), 1);
        QCOMPARE(aborted.errors.first().error, QStringLiteral("HTTP 502, error_code 1502"));
        QCOMPARE(aborted.errors.first().occurrences, qint64(1));
        QCOMPARE(aborted.endpoints.first().scenario, QStringLiteral("average_load"));
        // The failed request counts in all-request figures, not in successes.
        const Figures &f = aborted.endpoints.first().figures;
        QCOMPARE(f.failures, qint64(1));
        QVERIFY(isKnown(f.keyPercentile(0.95)));

        const Run two = k6test::load(kWild + QStringLiteral("KirillY__k6-load-template/k6-results.json"));
        QCOMPARE(two.total.requests, qint64(61));
        QCOMPARE(two.endpoints.size(), 2);
        for (const Endpoint &e : two.endpoints)
            QVERIFY2(e.scenario.contains(QLatin1String("main")), qPrintable(e.scenario));
    }

    void summaries()
    {
        const Run gw = k6test::load(kWild + QStringLiteral("NikoyanGar__ApiGatewayBenchmarks/summary.json"));
        QVERIFY(gw.runLevelOnly);
        QVERIFY(gw.stages.isEmpty());
        QCOMPARE(gw.total.requests, qint64(613790));
        QCOMPARE(gw.total.failures, qint64(0));
        QVERIFY(same(gw.total.p95Ms, 83.93890599999999));
        QCOMPARE(gw.droppedIterations, 7207.0);
        QVERIFY(same(gw.metricValues.value(QStringLiteral("fast_latency")).value(QStringLiteral("p(95)")), 137.34654));
        int failed = 0;
        for (const Threshold &t : gw.thresholds) {
            if (!t.passed) {
                ++failed;
                QCOMPARE(t.metric, QStringLiteral("fast_latency"));   // legacy: true = failed
                QCOMPARE(t.expression, QStringLiteral("p(95)<50"));
            }
        }
        QCOMPARE(failed, 1);
        QCOMPARE(gw.thresholds.size(), 6);
        QCOMPARE(k6test::findingOf(gw, QStringLiteral("k6.summary.run_level_only")).params.value(QStringLiteral("format")),
                 QVariant(QStringLiteral("--summary-export")));
        QCOMPARE(k6test::findingsOf(gw, QStringLiteral("k6.threshold_failed")).size(), 1);
        QVERIFY(gw.isValid());

        const Run qr = k6test::load(kWild + QStringLiteral("andreposman__qr-code-generator/summary-export.json"));
        QVERIFY(!isKnown(qr.total.p95Ms));
        QVERIFY(same(qr.total.p99Ms, 348.6492700000003));
        QVERIFY(same(qr.total.percentile(0.999), 787.1129890000226));
        QVERIFY(!k6test::findingOf(qr, QStringLiteral("k6.summary.no_p95")).kind.isEmpty());

        const Run ticket = k6test::load(kWild + QStringLiteral("itzaddddd__ticket-reserve/summary-export.json"));
        QCOMPARE(ticket.total.requests, qint64(100));
        QCOMPARE(ticket.total.failures, qint64(1));   // http_req_failed passes = failures

        const Run micro = k6test::load(kWild + QStringLiteral("svastiks__microservices-stress-test-llm-analysis/k6-summary.json"));
        QCOMPARE(micro.total.failures, qint64(2));
        QCOMPARE(micro.total.requests, qint64(29964));

        const Run rep = k6test::load(kWild + QStringLiteral("benc-uk__k6-reporter/test-data.json"));
        QVERIFY(rep.runLevelOnly);
        QCOMPARE(rep.total.requests, qint64(878));
        QCOMPARE(rep.total.failures, qint64(349));
        QVERIFY(same(rep.total.p95Ms, 30.0256841));
        QVERIFY(same(rep.total.keyPercentile(0.95), 28.97347239999998));
        QCOMPARE(rep.thresholds.size(), 2);
        for (const Threshold &t : rep.thresholds)
            QVERIFY(t.passed);   // handleSummary: {"ok": true}
        // Rate over k6's testRunDurationMs.
        QVERIFY(std::abs(rep.total.rps - 878 / 24.425289882) < 1e-6);
    }

    // Name sub-metrics as k6 reads them: quotes and spaces around a tag's
    // value are not part of the name, and {name:X,expected_response:true}
    // gives that endpoint's successes (docs/k6-reader.md).
    void endpointSubMetricsReadAsK6ReadsThem()
    {
        const QString source = kWild + QStringLiteral("itzaddddd__ticket-reserve/summary-export.json");
        QJsonObject root = QJsonDocument::fromJson(k6test::readAll(source)).object();
        QJsonObject metrics = root.value(u"metrics").toObject();
        auto trend = [](double p95) {
            return QJsonObject {{QStringLiteral("avg"), 100.0}, {QStringLiteral("min"), 1.0}, {QStringLiteral("med"), 90.0},
                                {QStringLiteral("max"), 400.0}, {QStringLiteral("p(90)"), p95 - 10}, {QStringLiteral("p(95)"), p95}};
        };
        metrics[QStringLiteral("http_req_duration{name: login}")] = trend(300);
        metrics[QStringLiteral("http_req_duration{expected_response:true, name:'login'}")] = trend(250);
        metrics[QStringLiteral("http_reqs{name:login}")] = QJsonObject {{QStringLiteral("count"), 40}, {QStringLiteral("rate"), 9.5}};
        metrics[QStringLiteral("http_req_failed{ name : login }")] =
            QJsonObject {{QStringLiteral("passes"), 2}, {QStringLiteral("fails"), 38}, {QStringLiteral("value"), 0.05}};
        metrics[QStringLiteral("http_req_duration{name:\"search\"}")] = trend(800);
        root[u"metrics"] = metrics;
        QTemporaryDir dir;
        const Run run = k6test::load(k6test::write(dir.filePath(QStringLiteral("summary-export.json")), QJsonDocument(root).toJson()));
        QStringList names;
        for (const Endpoint &e : run.endpoints)
            names.append(e.name);
        names.sort();
        QCOMPARE(names, (QStringList {QStringLiteral("login"), QStringLiteral("search")}));
        const Endpoint *login = run.endpoint(QStringLiteral("login"));
        QVERIFY(login);
        QCOMPARE(login->figures.requests, qint64(40));
        QCOMPARE(login->figures.failures, qint64(2));
        QVERIFY(login->figures.failuresKnown);
        QCOMPARE(login->figures.p95Ms, 300.0);
        QCOMPARE(login->figures.keyPercentile(0.95), 250.0);   // its successes
        const Endpoint *search = run.endpoint(QStringLiteral("search"));
        QVERIFY(search);
        QCOMPARE(search->figures.keyPercentile(0.95), 800.0);  // no successes' sub-metric: as the summary gives it
        QVERIFY(!search->figures.failuresKnown);
    }

    // A summary without http_req_failed (k6 before v0.31, or a script that
    // turned the metric off) has no failure count: its error rate is unknown,
    // never a green 0 %, and the grid cannot judge it (docs/k6-reader.md).
    void summaryWithoutFailuresLeavesTheErrorRateUnknown()
    {
        const QString source = kWild + QStringLiteral("itzaddddd__ticket-reserve/summary-export.json");
        QJsonObject root = QJsonDocument::fromJson(k6test::readAll(source)).object();
        QJsonObject metrics = root.value(u"metrics").toObject();
        QVERIFY(metrics.contains(QStringLiteral("http_req_failed")));
        metrics.remove(QStringLiteral("http_req_failed"));
        root[u"metrics"] = metrics;
        QTemporaryDir dir;
        const QString path = k6test::write(dir.filePath(QStringLiteral("summary-export.json")), QJsonDocument(root).toJson());

        const Profile profile = Profile::builtinDefault();
        const CriterionDef *errorRate = profile.errorRateCriterion();
        QVERIFY(errorRate);
        const Run intact = k6test::load(source);
        QVERIFY(intact.total.failuresKnown);
        const Assessment before = assess({intact}, profile);
        const CriterionResult *known = before.verdictOf(intact.id)->criterion(errorRate->id);
        QVERIFY(known && known->evaluated());
        QCOMPARE(known->value, 1.0);

        const Run run = k6test::load(path);
        QCOMPARE(run.total.requests, qint64(100));
        QVERIFY(!run.total.failuresKnown);
        QVERIFY(!isKnown(run.total.errorRatePct()));
        QVERIFY(!k6test::findingOf(run, QStringLiteral("k6.summary.no_http_req_failed")).kind.isEmpty());
        const Assessment a = assess({run}, profile);
        const RunVerdict *v = a.verdictOf(run.id);
        QVERIFY(v);
        const CriterionResult *unknown = v->criterion(errorRate->id);
        QVERIFY(unknown);
        QVERIFY(!unknown->evaluated());
        QVERIFY(v->decision != Decision::Go);
        // The JSON says unknown, not 0.
        const QJsonObject total = assessmentToJson(a, {}, Language::get(QStringLiteral("en")))
                                      .value(u"runs").toArray().first().toObject().value(u"total").toObject();
        QVERIFY(total.value(u"failures").isNull());
        QVERIFY(total.value(u"error_rate_pct").isNull());
    }
};

QTEST_GUILESS_MAIN(TstK6Samples)
#include "tst_k6_samples.moc"
