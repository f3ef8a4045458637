// Bad k6 input, each case in a file the test writes: a finding with the line
// where the damage is local, InputError where the file is unusable, never a
// crash or an unbounded allocation. Also progress and cancel. Findings are
// checked by kind and parameters, never by sentence. Impossible values in
// copies of real files: tst_k6_invalid.cpp.
#include "k6_test_files.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace palier;
using k6test::intParam;
using k6test::textParam;
using k6test::Req;

namespace {

// 60 s at 10 VUs, `perSecond` requests each second, 19 columns.
QByteArray goodCsv(int perSecond = 5, int seconds = 60)
{
    QByteArray out = k6test::kHeader19;
    for (int s = 0; s < seconds; ++s) {
        const QByteArray ts = QByteArray::number(1700000000 + s);
        out += k6test::vusRow(ts, 10);
        for (int k = 0; k < perSecond; ++k) {
            Req r {ts};
            r.ms = 10 + k + s;
            out += k6test::requestRows(r);
        }
    }
    return out;
}

QByteArray goodNdjson(int requests)
{
    QByteArray out = "{\"type\":\"Metric\",\"data\":{\"name\":\"http_req_duration\",\"type\":\"trend\",\"contains\":\"time\",\"thresholds\":[],\"submetrics\":null},\"metric\":\"http_req_duration\"}\n";
    for (int i = 0; i < requests; ++i)
        out += "{\"metric\":\"http_req_duration\",\"type\":\"Point\",\"data\":{\"time\":\"2024-01-01T00:00:"
            + QByteArray::number(10 + i % 40) + ".5+00:00\",\"value\":" + QByteArray::number(i + 1)
            + ",\"tags\":{\"name\":\"x\",\"method\":\"GET\",\"status\":\"200\",\"expected_response\":\"true\"}}}\n";
    return out;
}

} // namespace

class TstK6Damage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString path(const char *name) const { return dir_.filePath(QString::fromLatin1(name)); }

private slots:
    void truncatedGzip()
    {
        const QByteArray csv = goodCsv();
        const QByteArray gz = k6test::gzip(csv);
        const QString file = k6test::write(path("cut.csv.gz"), gz.left(gz.size() * 6 / 10));
        const Run run = k6test::load(file);
        QVERIFY(run.total.requests > 0);
        QVERIFY(run.total.requests < 300);
        // Tied to the last line read, with a line number.
        const Finding cut = k6test::findingOf(run, QStringLiteral("k6.gzip.truncated"));
        QVERIFY2(cut.line > 1, qPrintable(k6test::kinds(run)));

        // Only the gzip header survives: nothing to read.
        const QString tiny = k6test::write(path("tiny.csv.gz"), gz.left(12));
        QVERIFY(!k6test::loadError(tiny).kind.isEmpty());
    }

    void damagedGzip()
    {
        QByteArray gz = k6test::gzip(goodCsv(50));
        for (qsizetype i = gz.size() / 2; i < gz.size() / 2 + 64; ++i)
            gz[i] = char(gz[i] ^ 0x5a);
        const QString file = k6test::write(path("bad.csv.gz"), gz);
        try {
            const Run run = k6test::load(file);
            const Finding damaged = k6test::findingOf(run, QStringLiteral("k6.gzip.damaged"));
            QVERIFY2(damaged.line > 1, qPrintable(k6test::kinds(run)));
            // The inflater's own problem, nested.
            const QVariantMap problem = damaged.params.value(QStringLiteral("problem")).toMap();
            QVERIFY(problem.value(QStringLiteral("kind")).toString().startsWith(QLatin1String("k6.gzip.")));
        } catch (const InputError &e) {
            QCOMPARE(e.finding.file, file);
        }
    }

    void lineCutInTheMiddle()
    {
        QByteArray csv = goodCsv();
        // Line 3 is the first request's http_reqs row, line 4 its duration:
        // cut the duration row after its value's first digits, gluing it to line 5.
        QList<QByteArray> lines = csv.split('\n');
        QVERIFY(lines[3].startsWith("http_req_duration"));
        lines[3] = lines[3].left(25);
        csv = lines.join('\n');
        // And a last request row cut short, without its line end.
        csv += "http_req_duration,1700000059,99.000000,,,,true,,GET,ep,HTTP/1.1,default,,200,,,http://host/ep,,\n";
        csv.chop(30);
        const QString file = k6test::write(path("cut.csv"), csv);
        const Run run = k6test::load(file);
        QCOMPARE(run.total.requests, qint64(300 - 1));
        // A cut line is damage, not an impossible value: skipped, the run stays valid.
        QVERIFY(run.isValid());
        const QList<Finding> shortRows = k6test::findingsOf(run, QStringLiteral("k6.csv.short_row"));
        QCOMPARE(shortRows.size(), 2);
        QCOMPARE(shortRows[0].line, qint64(4));
        QCOMPARE(textParam(shortRows[0], "metric"), QStringLiteral("http_req_duration"));
        QCOMPARE(intParam(shortRows[0], "fields"), qint64(2));
        QCOMPARE(intParam(shortRows[0], "expected"), qint64(19));
        QCOMPARE(shortRows[1].line, qint64(lines.size()));
        QCOMPARE(intParam(shortRows[1], "fields"), qint64(12));
    }

    void unknownMetricsAndNumbers()
    {
        QByteArray csv = goodCsv(2, 12);
        csv += "my_trend,1700000011,12.000000,,,,,,,,,default,,,,,,,\n";
        csv += "my_trend,1700000011,13.000000,,,,,,,,,default,,,,,,,\n";
        csv += "my_counter,1700000011,1.000000,,,,,,,,,default,,,,,,,\n";
        csv += "http_req_duration,1700000011,12,5ms,,,,true,,GET,ep,HTTP/1.1,default,,200,,,u,,\n";   // 20 columns, value "12"
        csv += "http_req_duration,1700000011,NaN,,,,true,,GET,ep,HTTP/1.1,default,,200,,,u,,\n";
        csv += "http_req_duration,yesterday,1.000000,,,,true,,GET,ep,HTTP/1.1,default,,200,,,u,,\n";
        const QString file = k6test::write(path("odd.csv"), csv);
        const Run run = k6test::load(file);
        const qint64 base = 24;
        QCOMPARE(run.total.requests, base + 1);
        const Finding custom = k6test::findingOf(run, QStringLiteral("k6.unknown_metrics"));
        QCOMPARE(intParam(custom, "rows"), qint64(3));
        QCOMPARE(custom.params.value(QStringLiteral("metrics")).toStringList(),
                 (QStringList {QStringLiteral("my_counter (1)"), QStringLiteral("my_trend (2)")}));
        const int lines = csv.count('\n');
        // A NaN latency makes the run invalid; a bad timestamp only skips its row.
        const Finding nan = k6test::findingOf(run, QStringLiteral("run.invalid.not_number"));
        QCOMPARE(nan.line, qint64(lines - 1));
        QCOMPARE(textParam(nan, "cell"), QStringLiteral("NaN"));
        QVERIFY(!run.isValid());
        const Finding when = k6test::findingOf(run, QStringLiteral("k6.csv.bad_timestamp"));
        QCOMPARE(when.line, qint64(lines));
        QCOMPARE(textParam(when, "value"), QStringLiteral("yesterday"));
    }

    void notAK6Header()
    {
        const QString file = k6test::write(path("other.csv"), "time,latency,name\n1,2,3\n");
        QCOMPARE(k6::sniffFile(file), k6::FileKind::Unknown);
        const Finding notK6 = k6test::loadError(file);
        QCOMPARE(notK6.kind, QStringLiteral("k6.not_k6_file"));
        QCOMPARE(notK6.file, file);
        QCOMPARE(notK6.line, qint64(1));
        // Forced through the CSV loader: the header is refused on line 1.
        try {
            k6::loadCsvFile(file, QStringLiteral("other"), {}, {});
            QFAIL("no error");
        } catch (const InputError &e) {
            QCOMPARE(e.finding.kind, QStringLiteral("k6.csv.bad_header"));
            QCOMPARE(e.finding.line, qint64(1));
        }
        const QString noValue = k6test::write(path("novalue.csv"), "metric_name,timestamp,name\nhttp_req_duration,1,x\n");
        try {
            k6::loadCsvFile(noValue, QStringLiteral("novalue"), {}, {});
            QFAIL("no error");
        } catch (const InputError &e) {
            QCOMPARE(e.finding.kind, QStringLiteral("k6.csv.missing_column"));
            QCOMPARE(textParam(e.finding, "column"), QStringLiteral("metric_value"));
            QCOMPARE(e.finding.line, qint64(1));
        }
        QVERIFY(!k6test::loadError(k6test::write(path("empty.csv"), "")).kind.isEmpty());
        QCOMPARE(k6test::loadError(k6test::write(path("header.csv"), k6test::kHeader19)).kind,
                 QStringLiteral("k6.no_requests"));
        // Every row damaged: unusable, and the error says where it starts.
        const Finding allBad = k6test::loadError(k6test::write(
            path("allbad.csv"), k6test::kHeader19 + "http_req_duration,1700000000,x,,,,true,,GET,ep,HTTP/1.1,d,,200,,,u,,\n"));
        QCOMPARE(allBad.kind, QStringLiteral("k6.no_usable_requests"));
        QCOMPARE(intParam(allBad, "first_line"), qint64(2));
        QCOMPARE(allBad.params.value(QStringLiteral("first")).toMap().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("run.invalid.not_number"));
    }

    // A huge line must not be held whole: with a 1 KiB cap, a 200 KiB line is
    // reported and skipped, the rest of the file reads normally. (Same path as a
    // 2 GB line under the default 1 MiB cap, without writing 2 GB.)
    void lineCap_data()
    {
        QTest::addColumn<bool>("gz");
        QTest::addColumn<bool>("ndjson");
        QTest::newRow("csv") << false << false;
        QTest::newRow("csv gzip") << true << false;
        QTest::newRow("ndjson") << false << true;
        QTest::newRow("ndjson gzip") << true << true;
    }
    void lineCap()
    {
        QFETCH(bool, gz);
        QFETCH(bool, ndjson);
        QByteArray data = ndjson ? goodNdjson(400) : goodCsv();
        QList<QByteArray> lines = data.split('\n');
        const QByteArray huge(200 * 1024, 'x');
        const int at = 100;   // becomes line 101
        if (ndjson)
            lines.insert(at, "{\"metric\":\"checks\",\"type\":\"Point\",\"data\":{\"tags\":{\"check\":\"" + huge + "\"}}}");
        else
            lines.insert(at, "checks,1700000010,1.000000," + huge + ",,,,,,,,default,,,,,,,");
        data = lines.join('\n');
        const QString file = k6test::write(path(ndjson ? (gz ? "cap.json.gz" : "cap.json") : (gz ? "cap.csv.gz" : "cap.csv")),
                                           gz ? k6test::gzip(data) : data);
        k6::Tuning small;
        small.maxLineBytes = 1024;
        small.blockBytes = 8192;
        small.splitMinBytes = 0;
        const Run run = k6test::load(file, small);
        QCOMPARE(run.total.requests, qint64(ndjson ? 400 : 300));
        const Finding tooLong = k6test::findingOf(run, QStringLiteral("k6.line_too_long"));
        QCOMPARE(tooLong.line, qint64(at + 1));
        QCOMPARE(intParam(tooLong, "max_bytes"), qint64(1024));
        QVERIFY(k6test::unworded(run).isEmpty());
    }

    // docs/limits.md: a gzip stream inflating far more than k6 output does (a
    // decompression bomb: one row repeated) is refused once past the floor,
    // before it is inflated whole; a real file under the same small floor loads.
    void gzipBombRefused()
    {
        QByteArray csv = goodCsv(2, 5);
        const QByteArray row = "http_reqs,1700000003,1.000000,,,,true,,GET,x,HTTP/1.1,default,,200,,,http://x/,,\n";
        csv += row.repeated((4 << 20) / row.size());   // ~4 MB that gzip makes a few KB of
        const QString bomb = k6test::write(path("bomb.csv.gz"), k6test::gzip(csv));
        k6::Tuning t;
        t.inflateRatioFloorBytes = 1 << 20;
        try {
            (void)k6test::load(bomb, t);
            QFAIL("no InputError");
        } catch (const InputError &e) {
            QCOMPARE(e.finding.kind, QStringLiteral("k6.gzip.ratio_too_high"));
            QCOMPARE(e.finding.file, bomb);
            QCOMPARE(intParam(e.finding, "max_ratio"), qint64(250));
        }
        const QString fine = k6test::write(path("fine.csv.gz"), k6test::gzip(goodCsv(20, 120)));
        QVERIFY(k6test::load(fine, t).total.requests > 0);
    }

    void ndjsonDamage()
    {
        QByteArray data = goodNdjson(50);
        QList<QByteArray> lines = data.split('\n');
        lines[10] = lines[10].left(lines[10].size() / 2);   // cut JSON
        lines[20] = "{\"type\":\"Point\",\"data\":{\"time\":\"2024-01-01T00:00:01Z\",\"value\":\"fast\",\"tags\":null},\"metric\":\"http_req_duration\"}";
        data = lines.join('\n');
        const Run run = k6test::load(k6test::write(path("bad.json"), data));
        QCOMPARE(run.total.requests, qint64(48));
        QCOMPARE(k6test::findingOf(run, QStringLiteral("k6.ndjson.bad_json")).line, qint64(11));
        // A latency given as text is impossible: the run is invalid.
        const Finding text = k6test::findingOf(run, QStringLiteral("run.invalid.not_number"));
        QCOMPARE(text.line, qint64(21));
        QCOMPARE(textParam(text, "cell"), QStringLiteral("\"fast\""));
        QVERIFY(!run.isValid());
    }

    void progressAndCancel_data()
    {
        QTest::addColumn<bool>("gz");
        QTest::newRow("plain") << false;
        QTest::newRow("gzip") << true;
    }
    void progressAndCancel()
    {
        QFETCH(bool, gz);
        const QByteArray csv = goodCsv(40, 600);   // ~4 MB
        const QString file = k6test::write(path(gz ? "big.csv.gz" : "big.csv"), gz ? k6test::gzip(csv) : csv);
        k6::Tuning tuning;
        tuning.blockBytes = 16 * 1024;
        tuning.splitMinBytes = 0;

        QList<QPair<qint64, qint64>> calls;
        LoadOptions progress;
        progress.progress = [&](qint64 done, qint64 total) { calls.append({done, total}); };
        const Run run = k6::loadFile(file, QStringLiteral("big"), progress, tuning);
        QCOMPARE(run.total.requests, qint64(40 * 600));
        QVERIFY(!calls.isEmpty());
        const qint64 total = calls.first().second;
        QCOMPARE(total, QFileInfo(file).size());
        QCOMPARE(calls.last().first, total);
        for (qsizetype i = 1; i < calls.size(); ++i) {
            QVERIFY(calls[i].first >= calls[i - 1].first);
            if (i + 1 < calls.size())   // at most one call per 0.1 %, the final one aside
                QVERIFY(calls[i].first - calls[i - 1].first >= total / 1000);
        }

        std::atomic<bool> cancel {false};
        LoadOptions cancelling;
        cancelling.cancel = &cancel;
        cancelling.progress = [&](qint64, qint64) { cancel = true; };
        bool thrown = false;
        try {
            k6::loadFile(file, QStringLiteral("big"), cancelling, tuning);
        } catch (const LoadCancelled &) {
            thrown = true;
        }
        QVERIFY(thrown);
    }
};

QTEST_GUILESS_MAIN(TstK6Damage)
#include "tst_k6_damage.moc"
