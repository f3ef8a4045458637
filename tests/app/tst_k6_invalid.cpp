// Impossible values make a k6 run invalid (docs/k6-reader.md §"Invalid runs"),
// each case in a damaged copy of a real sample file: negative, NaN or text
// latencies in raw CSV (plain and gzip) and NDJSON; non-numeric counts,
// negative or NaN latencies and more failures than requests in summary exports
// of both shapes. The finding names the kind, the first place (line) and how
// many.
#include "k6_test_files.h"

#include <QTemporaryDir>
#include <QTest>

using namespace palier;
using k6test::intParam;
using k6test::textParam;

namespace {

// The copy of a real summary with the value of `stat` inside `metric`
// replaced by `value` (JSON text); *line is the line of that stat.
QByteArray withStat(QByteArray text, const QByteArray &metric, const QByteArray &stat, const QByteArray &value, qint64 *line)
{
    const qsizetype m = text.indexOf(QByteArray("\"" + metric + "\":"));
    const qsizetype k = text.indexOf(QByteArray("\"" + stat + "\":"), m);
    if (m < 0 || k < 0)
        qFatal("no %s.%s in the sample", metric.constData(), stat.constData());
    qsizetype v = k + stat.size() + 3;
    while (text.at(v) == ' ')
        ++v;
    qsizetype e = v;
    while (e < text.size() && text.at(e) != ',' && text.at(e) != '\n' && text.at(e) != '}')
        ++e;
    text.replace(v, e - v, value);
    *line = text.left(k).count('\n') + 1;
    return text;
}

// A real raw file with the value of two http_req_duration rows (the 10th and
// the 500th) replaced by `value`; *line is the first one's line.
QByteArray withDurations(const QString &path, bool ndjson, const QByteArray &value, qint64 *line)
{
    QList<QByteArray> lines = k6test::lines(path);
    int seen = 0;
    *line = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray &l = lines[i];
        const bool duration = ndjson ? l.startsWith("{\"metric\":\"http_req_duration\",\"type\":\"Point\"")
                                     : l.startsWith("http_req_duration,");
        if (!duration || (++seen != 10 && seen != 500))
            continue;
        if (ndjson) {
            const qsizetype v = l.indexOf("\"value\":") + 8;
            l.replace(v, l.indexOf(',', v) - v, value);
        } else {
            QList<QByteArray> fields = l.split(',');
            fields[2] = value;
            l = fields.join(',');
        }
        if (*line == 0)
            *line = i + 1;
    }
    return lines.join('\n');
}

} // namespace

class TstK6Invalid : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString path(const char *name) const { return dir_.filePath(QString::fromLatin1(name)); }

private slots:
    // docs/k6-reader.md §"Invalid runs": a negative or non-numeric latency in a
    // real run makes it invalid, placed on the first such row and counted; the
    // rows are skipped.
    void impossibleLatencyInRealRawFile_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<bool>("ndjson");
        QTest::addColumn<bool>("gz");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("kind");
        const QString csv = k6test::kMiguel + QStringLiteral("data.csv");
        const QString json = k6test::kMiguel + QStringLiteral("data.json");
        const QString negative = QStringLiteral("run.invalid.negative_latency");
        const QString notNumber = QStringLiteral("run.invalid.not_number");
        QTest::newRow("csv negative") << csv << false << false << QByteArray("-12.500000") << negative;
        QTest::newRow("csv gzip negative") << csv << false << true << QByteArray("-12.500000") << negative;
        QTest::newRow("csv NaN") << csv << false << false << QByteArray("NaN") << notNumber;
        QTest::newRow("csv text") << csv << false << false << QByteArray("slow") << notNumber;
        QTest::newRow("ndjson negative") << json << true << false << QByteArray("-12.5") << negative;
        QTest::newRow("ndjson text") << json << true << false << QByteArray("\"NaN\"") << notNumber;
        QTest::newRow("ndjson null") << json << true << false << QByteArray("null") << notNumber;
    }
    void impossibleLatencyInRealRawFile()
    {
        QFETCH(QString, sample);
        QFETCH(bool, ndjson);
        QFETCH(bool, gz);
        QFETCH(QByteArray, value);
        QFETCH(QString, kind);
        qint64 line = 0;
        const QByteArray data = withDurations(sample, ndjson, value, &line);
        const QString file = k6test::write(path(ndjson ? "impossible.json" : gz ? "impossible.csv.gz" : "impossible.csv"),
                                           gz ? k6test::gzip(data) : data);
        const Run run = k6test::load(file);
        QCOMPARE(run.total.requests, qint64(1000 - 2));
        QVERIFY(!run.isValid());
        const Finding f = k6test::findingOf(run, kind);
        QVERIFY2(f.isError(), qPrintable(k6test::kinds(run)));
        QCOMPARE(f.file, file);
        QCOMPARE(f.line, line);
        QCOMPARE(intParam(f, "count"), qint64(2));
        QCOMPARE(textParam(f, "column"), QStringLiteral("http_req_duration"));
        if (kind == u"run.invalid.negative_latency")
            QCOMPARE(f.params.value(QStringLiteral("value")).toDouble(), -12.5);
        QCOMPARE(run.invalidReasons().size(), 1);
        QVERIFY(k6test::unworded(run).isEmpty());
    }

    // The same in summary exports, both shapes: a count that is not a number
    // (read as 0 requests before), a negative or NaN latency, more failures than
    // requests. Placed on the line of the key.
    void impossibleValueInRealSummary_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QByteArray>("metric");
        QTest::addColumn<QByteArray>("stat");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QVariant>("expected");
        const QString handle = k6test::kMiguel + QStringLiteral("summary.json");
        const QString legacy = k6test::kWild + QStringLiteral("itzaddddd__ticket-reserve/summary-export.json");
        QTest::newRow("handleSummary count many") << handle << QByteArray("http_reqs") << QByteArray("count")
            << QByteArray("\"many\"") << QStringLiteral("run.invalid.not_count") << QStringLiteral("cell")
            << QVariant(QStringLiteral("many"));
        QTest::newRow("legacy count many") << legacy << QByteArray("http_reqs") << QByteArray("count")
            << QByteArray("\"many\"") << QStringLiteral("run.invalid.not_count") << QStringLiteral("column")
            << QVariant(QStringLiteral("http_reqs.count"));
        QTest::newRow("handleSummary negative min") << handle << QByteArray("http_req_duration") << QByteArray("min")
            << QByteArray("-3.5") << QStringLiteral("run.invalid.negative_latency") << QStringLiteral("value")
            << QVariant(-3.5);
        QTest::newRow("legacy NaN p95") << legacy << QByteArray("http_req_duration") << QByteArray("p(95)")
            << QByteArray("\"NaN\"") << QStringLiteral("run.invalid.not_number") << QStringLiteral("column")
            << QVariant(QStringLiteral("http_req_duration.p(95)"));
        QTest::newRow("handleSummary failures > requests") << handle << QByteArray("http_req_failed")
            << QByteArray("passes") << QByteArray("5000") << QStringLiteral("run.invalid.failures_exceed_requests")
            << QStringLiteral("failures") << QVariant(qint64(5000));
        QTest::newRow("legacy failures > requests") << legacy << QByteArray("http_req_failed") << QByteArray("passes")
            << QByteArray("150") << QStringLiteral("run.invalid.failures_exceed_requests")
            << QStringLiteral("requests") << QVariant(qint64(100));
    }
    void impossibleValueInRealSummary()
    {
        QFETCH(QString, sample);
        QFETCH(QByteArray, metric);
        QFETCH(QByteArray, stat);
        QFETCH(QByteArray, value);
        QFETCH(QString, kind);
        QFETCH(QString, param);
        QFETCH(QVariant, expected);
        // The sample as it is: valid.
        QVERIFY(k6test::load(sample).isValid());
        qint64 line = 0;
        const QString file = k6test::write(path("summary.json"), withStat(k6test::readAll(sample), metric, stat, value, &line));
        const Run run = k6test::load(file);
        QVERIFY(!run.isValid());
        const Finding f = k6test::findingOf(run, kind);
        QVERIFY2(f.isError(), qPrintable(k6test::kinds(run)));
        QCOMPARE(f.line, line);
        QCOMPARE(f.params.value(param).toString(), expected.toString());
        QVERIFY(k6test::unworded(run).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstK6Invalid)
#include "tst_k6_invalid.moc"
