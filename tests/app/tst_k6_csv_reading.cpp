// How the k6 CSV reader reads, on files the test writes: exact percentiles for
// every scope (selection and the histogram route give the rule's bits), two
// byte ranges on two threads as one thread, a cap on distinct names, and
// concatenated gzip members under any name. The CSV rules themselves are in
// tst_k6_csv.cpp.
#include "k6_test_files.h"

#include "sources/k6/k6_quantiles.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

using namespace palier;
using k6test::Fmt;
using k6test::reference;
using k6test::steppedRun;

class TstK6CsvReading : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString path(const char *name) const { return dir_.filePath(QString::fromLatin1(name)); }

private slots:
    void selectionIsTheRule()
    {
        std::mt19937 rng(7);
        std::uniform_int_distribution<int> small(0, 50);   // many ties
        for (int n : {1, 2, 3, 10, 101, 1000, 4099}) {
            std::vector<double> v(static_cast<std::size_t>(n));
            for (double &x : v)
                x = small(rng) / 4.0;
            const double ps[] = {0.0, 0.5, 0.9, 0.95, 0.99, 0.9999, 1.0};
            double out[7];
            std::vector<double> w = v;
            k6::selectPercentiles(w.data(), w.size(), ps, out, 7);
            for (int i = 0; i < 7; ++i)
                QCOMPARE(out[i], reference(v, ps[i]));   // bit for bit
        }
        // The histogram route for large sets gives the same bits.
        for (int n : {32768, 100003}) {
            std::vector<double> v(static_cast<std::size_t>(n));
            std::lognormal_distribution<double> lat(3.0, 1.2);
            for (std::size_t i = 0; i < v.size(); ++i)
                v[i] = i % 7 == 0 ? 0.0 : i % 5 == 0 ? 42.0 : std::round(lat(rng) * 1e6) / 1e6;
            const double ps[] = {0.5, 0.9, 0.95, 0.99, 0.9999, 1.0};
            double out[6];
            const auto [mn, mx] = std::minmax_element(v.begin(), v.end());
            k6::selectPercentilesLarge(v.data(), v.size(), ps, out, 6, *mn, *mx);
            for (int i = 0; i < 6; ++i)
                QCOMPARE(out[i], reference(v, ps[i]));
        }
        double none[1];
        const double p = 0.95;
        k6::selectPercentiles(nullptr, 0, &p, none, 1);
        QVERIFY(std::isnan(none[0]));
    }

    // Two byte ranges on two threads give the same run as one thread, also when
    // the split point falls inside a quoted field that holds line breaks.
    void splitEqualsSingleThread_data()
    {
        QTest::addColumn<bool>("quotedAcrossSplit");
        QTest::newRow("plain") << false;
        QTest::newRow("quoted field across the split") << true;
    }
    void splitEqualsSingleThread()
    {
        QFETCH(bool, quotedAcrossSplit);
        std::mt19937 rng(3);
        std::vector<double> all;
        QByteArray csv = steppedRun(Fmt::Seconds, rng, &all, 40);
        if (quotedAcrossSplit) {
            QByteArray check = "\"";
            for (int i = 0; i < 4000; ++i)
                check += "line " + QByteArray::number(i) + ",\n";
            check += "\"";
            const qsizetype mid = csv.indexOf('\n', csv.size() / 2 - 20000) + 1;
            csv.insert(mid, "checks,1700000030,1.000000," + check + ",,,,,,,,default,,,,,,,\n");
        }
        const QString file = k6test::write(path("split.csv"), csv);
        k6::Tuning one;
        one.threads = 1;
        k6::Tuning two;
        two.splitMinBytes = 0;
        two.blockBytes = 4096;   // many blocks: records carried across them
        two.maxLineBytes = 64 * 1024;
        const Run a = k6test::load(file, one);
        const Run b = k6test::load(file, two);
        QCOMPARE(a.total.requests, qint64(all.size()));
        QCOMPARE(b.total.requests, qint64(all.size()));
        QCOMPARE(b.total.p95Ms, reference(all, 0.95));
        QCOMPARE(b.total.p95Ms, a.total.p95Ms);
        QCOMPARE(b.stages.size(), a.stages.size());
        for (qsizetype i = 0; i < a.stages.size(); ++i) {
            QCOMPARE(b.stages[i].figures.requests, a.stages[i].figures.requests);
            QCOMPARE(b.stages[i].figures.p99Ms, a.stages[i].figures.p99Ms);
        }
        QCOMPARE(b.endpoints.size(), 2);
        QCOMPARE(b.endpoints[0].figures.p95Ms, a.endpoints[0].figures.p95Ms);
        QCOMPARE(b.series.points.size(), a.series.points.size());
        QVERIFY2(b.findings.isEmpty(), qPrintable(k6test::kinds(b)));
    }

    // URLs with ids as names can make endless distinct names: past 20 000 the
    // rest share one endpoint, with one or two parsing threads alike.
    void tooManyNames_data()
    {
        QTest::addColumn<bool>("split");
        QTest::newRow("one thread") << false;
        QTest::newRow("two ranges") << true;
    }
    void tooManyNames()
    {
        QFETCH(bool, split);
        QByteArray csv = k6test::kHeader19;
        csv.reserve(4 << 20);
        for (int i = 0; i < 25000; ++i)
            csv += "http_req_duration,1700000000,1.000000,,,,true,,GET,/users/" + QByteArray::number(i)
                + ",HTTP/1.1,default,,200,,,u,,\n";
        const QString file = k6test::write(path("names.csv"), csv);
        k6::Tuning t;
        t.threads = split ? 2 : 1;
        t.splitMinBytes = 0;
        const Run run = k6test::load(file, t);
        QCOMPARE(run.total.requests, qint64(25000));
        QCOMPARE(run.endpoints.size(), qsizetype(k6::kMaxEndpoints + 1));
        const Endpoint *other = run.endpoint(QStringLiteral("(other names)"));
        QVERIFY(other);
        QCOMPARE(other->figures.requests, qint64(25000 - k6::kMaxEndpoints));
        QCOMPARE(k6test::findingOf(run, QStringLiteral("k6.too_many_names")).params.value(QStringLiteral("max")).toLongLong(),
                 qint64(k6::kMaxEndpoints));
    }

    void gzipMembersAndName()
    {
        std::mt19937 rng(5);
        std::vector<double> all;
        const QByteArray csv = steppedRun(Fmt::Seconds, rng, &all);
        const qsizetype cut = csv.indexOf('\n', csv.size() / 2) + 1;
        // Two gzip members (as `cat a.gz b.gz` makes), under a name without .gz.
        const QByteArray gz = k6test::gzip(csv.left(cut)) + k6test::gzip(csv.mid(cut));
        const QString file = k6test::write(path("results.csv"), gz);
        bool isGz = false;
        QCOMPARE(k6::sniffFile(file, &isGz), k6::FileKind::Csv);
        QVERIFY(isGz);
        const Run run = k6test::load(file);
        QCOMPARE(run.total.requests, qint64(all.size()));
        QCOMPARE(run.total.p95Ms, reference(all, 0.95));
        QVERIFY2(run.findings.isEmpty(), qPrintable(k6test::kinds(run)));
    }
};

QTEST_GUILESS_MAIN(TstK6CsvReading)
#include "tst_k6_csv_reading.moc"
