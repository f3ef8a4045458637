// The RFC 4180 reader: quoting, line ends, line numbers, encodings, and the
// inputs it must refuse with FILE:LINE rather than crash or hang on.
#include "io/csv_reader.h"

#include <QBuffer>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

#include <memory>

using namespace palier;

namespace {

struct Parsed {
    QList<QStringList> records;
    QList<qint64> lines;
};

Parsed parseAll(CsvReader &reader)
{
    Parsed p;
    while (reader.next()) {
        p.records.append(reader.fields());
        p.lines.append(reader.line());
    }
    return p;
}

Parsed parse(const QByteArray &data)
{
    CsvReader reader(data, QStringLiteral("mem.csv"));
    return parseAll(reader);
}

// The error a reader throws on `data`, as "FILE:LINE:kind" (data, not words).
QString errorOf(const QByteArray &data)
{
    try {
        CsvReader reader(data, QStringLiteral("bad.csv"));
        while (reader.next()) {
        }
    } catch (const InputError &e) {
        return QStringLiteral("%1:%2:%3").arg(e.finding.file).arg(e.finding.line).arg(e.finding.kind);
    }
    return QString();
}

QStringList row(std::initializer_list<const char *> cells)
{
    QStringList out;
    for (const char *c : cells)
        out.append(QString::fromUtf8(c));
    return out;
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
private slots:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<QList<qint64>>("lines");

        const QList<QStringList> two {row({"a", "b"}), row({"1", "2"})};
        QTest::newRow("LF") << QByteArray("a,b\n1,2\n") << two << QList<qint64> {1, 2};
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << two << QList<qint64> {1, 2};
        QTest::newRow("CR CR LF is one line end") << QByteArray("a,b\r\r\n1,2\r\r\n") << two << QList<qint64> {1, 2};
        QTest::newRow("lone CR") << QByteArray("a,b\r1,2\r") << two << QList<qint64> {1, 2};
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << two << QList<qint64> {1, 2};
        QTest::newRow("blank lines skipped") << QByteArray("a,b\n\n\r\n1,2\n\n") << two << QList<qint64> {1, 4};
        QTest::newRow("header only") << QByteArray("a,b\r\n") << QList<QStringList> {row({"a", "b"})} << QList<qint64> {1};
        QTest::newRow("header only, no newline") << QByteArray("\"Method\",\"Name\"")
                                                 << QList<QStringList> {row({"Method", "Name"})} << QList<qint64> {1};
        QTest::newRow("empty") << QByteArray() << QList<QStringList> {} << QList<qint64> {};
        QTest::newRow("quoted comma") << QByteArray("GET,\"/api/x?fields=name,club,pb\",3\n")
                                      << QList<QStringList> {row({"GET", "/api/x?fields=name,club,pb", "3"})}
                                      << QList<qint64> {1};
        QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n")
                                        << QList<QStringList> {row({"say \"hi\"", "x"})} << QList<qint64> {1};
        QTest::newRow("empty fields") << QByteArray(",,\n\"\",x,\n")
                                      << QList<QStringList> {row({"", "", ""}), row({"", "x", ""})}
                                      << QList<qint64> {1, 2};
        // A traceback: LF inside the quotes, CRLF ending the record.
        QTest::newRow("multi-line field") << QByteArray("Count,Message,Traceback,Nodes\r\n"
                                                        "1,boom,\"  File \"\"x.py\"\", line 3\n    call()\n\",local\r\n"
                                                        "2,bang,\"one\r\ntwo\",local\r\n")
                                          << QList<QStringList> {row({"Count", "Message", "Traceback", "Nodes"}),
                                                                 row({"1", "boom", "  File \"x.py\", line 3\n    call()\n", "local"}),
                                                                 row({"2", "bang", "one\ntwo", "local"})}
                                          << QList<qint64> {1, 2, 5};
        // Locust 0.13–1.0 did not double quotes inside quoted fields.
        QTest::newRow("lenient inner quotes")
            << QByteArray("\"GET\",\"/x\",\"('Connection aborted.', RemoteDisconnected(\"closed\"))\",3\n")
            << QList<QStringList> {row({"GET", "/x", "('Connection aborted.', RemoteDisconnected(\"closed\"))", "3"})}
            << QList<qint64> {1};
        QTest::newRow("quote inside unquoted field") << QByteArray("a\"b,c\n")
                                                     << QList<QStringList> {row({"a\"b", "c"})} << QList<qint64> {1};
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFName,x\n") << QList<QStringList> {row({"Name", "x"})}
                             << QList<qint64> {1};
        QTest::newRow("UTF-8 names") << QByteArray("\"GET\",\"查看影响力榜单\"\n")
                                     << QList<QStringList> {row({"GET", "查看影响力榜单"})} << QList<qint64> {1};
    }
    void parses()
    {
        QFETCH(QByteArray, data);
        QFETCH(QList<QStringList>, records);
        QFETCH(QList<qint64>, lines);
        const Parsed p = parse(data);
        QCOMPARE(p.records, records);
        QCOMPARE(p.lines, lines);
    }

    void allQuotedHeader()
    {
        CsvReader quoted(QByteArray("\"Type\",\"Name\"\n\"GET\",3\n"), QStringLiteral("q.csv"));
        QVERIFY(quoted.next());
        QVERIFY(quoted.allQuoted());
        QVERIFY(quoted.next());
        QVERIFY(!quoted.allQuoted());
    }

    void gbkNames()
    {
        // Locust on a Chinese Windows locale writes names in GBK.
        QStringEncoder gbk("GB18030");
        QVERIFY(gbk.isValid());
        const QByteArray name = gbk.encode(QStringLiteral("get接口"));
        CsvReader reader(QByteArray("Type,Name\r\r\nGET,") + name + QByteArray("\r\r\n"), QStringLiteral("gbk.csv"));
        QVERIFY(reader.next());
        QVERIFY(reader.next());
        QCOMPARE(reader.field(1), QStringLiteral("get接口"));
        QCOMPARE(reader.encoding(), TextEncoding::Gb18030);
        const QList<Finding> w = reader.takeWarnings();
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().kind, QStringLiteral("csv.encoding_gbk"));
    }

    void latin1Fallback()
    {
        // 0xE9 then ',' is neither UTF-8 nor GB18030: Latin-1, with a warning.
        CsvReader reader(QByteArray("Name,x\ncaf\xE9,1\n"), QStringLiteral("l1.csv"));
        const Parsed p = parseAll(reader);
        QCOMPARE(p.records.at(1).at(0), QStringLiteral("café"));
        QCOMPARE(reader.encoding(), TextEncoding::Latin1);
        const QList<Finding> w = reader.takeWarnings();
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().kind, QStringLiteral("csv.encoding_latin1"));
    }

    // Windows tools save CSVs as UTF-16, with or without a byte order mark; a
    // UTF-16 file is text, never "binary data" (its ASCII has NUL bytes).
    void utf16_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::newRow("LE with BOM") << QStringLiteral("UTF-16LE") << true;
        QTest::newRow("LE without BOM") << QStringLiteral("UTF-16LE") << false;
        QTest::newRow("BE with BOM") << QStringLiteral("UTF-16BE") << true;
        QTest::newRow("BE without BOM") << QStringLiteral("UTF-16BE") << false;
    }
    void utf16()
    {
        QFETCH(QString, encoding);
        QFETCH(bool, bom);
        const QString text = QStringLiteral("Type,Name,Request Count\r\nGET,\"/a, é\",12\r\n,Aggregated,12\r\n");
        QStringEncoder enc(encoding.toLatin1().constData(),
                           bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
        const QByteArray bytes = enc.encode(text);
        for (bool device : {false, true}) {
            QBuffer buffer;
            buffer.setData(bytes);
            buffer.open(QIODevice::ReadOnly);
            auto reader = device ? std::make_unique<CsvReader>(&buffer, QStringLiteral("u16.csv"))
                                 : std::make_unique<CsvReader>(bytes, QStringLiteral("u16.csv"));
            const Parsed p = parseAll(*reader);
            QCOMPARE(p.records.size(), 3);
            QCOMPARE(p.records.at(0).at(0), QStringLiteral("Type"));
            QCOMPARE(p.records.at(1).at(1), QStringLiteral("/a, é"));
            QCOMPARE(p.records.at(2).at(2), QStringLiteral("12"));
            const QList<Finding> w = reader->takeWarnings();
            QCOMPARE(w.size(), 1);
            QCOMPARE(w.first().kind, QStringLiteral("csv.encoding_utf16"));
            QCOMPARE(w.first().severity, Finding::Severity::Info);
        }
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");   // prefix of the error line
        QTest::newRow("truncated inside a quote") << QByteArray("Count,Message,Traceback\n1,x,\"  File a\n    b\n")
                                                  << QStringLiteral("bad.csv:2:csv.unclosed_quote");
        QTest::newRow("NUL byte") << QByteArray("Type,Name\nGET,a\0b\n", 19)
                                  << QStringLiteral("bad.csv:2:csv.binary");
        QTest::newRow("binary garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                        << QStringLiteral("bad.csv:3:csv.binary");
    }
    void refuses()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const QString error = errorOf(data);
        QCOMPARE(error, expected);
    }

    void refusesHugeRecord()
    {
        QByteArray data("a,b\n\"");
        data.append(QByteArray(CsvReader::kMaxRecordBytes + 10, 'x'));
        const QString error = errorOf(data);
        QCOMPARE(error, QStringLiteral("bad.csv:2:csv.record_too_long"));
    }

    // A line of commas has no field bytes: it was taken in whole, millions of
    // empty strings for a few MB of input (docs/limits.md). Refused on the
    // record's line once it has more than kMaxFields fields.
    void refusesLineOfCommas()
    {
        QByteArray data("Type,Name\nGET,a\n");
        data.append(QByteArray(CsvReader::kMaxFields, ','));
        data.append('\n');
        QCOMPARE(errorOf(data), QStringLiteral("bad.csv:3:csv.too_many_fields"));
        // Exactly kMaxFields fields is still a record.
        QByteArray fits("Type,Name\n");
        fits.append(QByteArray(CsvReader::kMaxFields - 1, ','));
        fits.append('\n');
        QCOMPARE(errorOf(fits), QString());
    }

    // Reading from a device in 1 MB chunks gives what reading from memory gives,
    // whatever falls on a chunk boundary (\r\r\n, quotes, multi-line fields).
    void deviceMatchesMemory()
    {
        QByteArray data("Timestamp,Name,Error\r\r\n");
        for (int i = 0; data.size() < 3 * 1024 * 1024 + 7; ++i) {
            data += QByteArray::number(i) + ",\"name, " + QByteArray::number(i % 97) + "\",\"line one\r\nline \"\"two\"\"\"\r\r\n";
            if (i % 5 == 0)
                data += QByteArray::number(i) + ",plain,x\r\r\n";
        }
        const Parsed fromMemory = parse(data);
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer, QStringLiteral("dev.csv"));
        const Parsed fromDevice = parseAll(reader);
        QCOMPARE(fromDevice.records.size(), fromMemory.records.size());
        QCOMPARE(fromDevice.records, fromMemory.records);
        QCOMPARE(fromDevice.lines, fromMemory.lines);
        QCOMPARE(fromMemory.records.at(1), row({"0", "name, 0", "line one\nline \"two\""}));
        QCOMPARE(fromMemory.lines.at(2), qint64(4));
        QCOMPARE(reader.bytesRead(), qint64(data.size()));
    }

    void header()
    {
        const CsvHeader h(row({"Type", " Name ", "Request Count", "99.999"}));
        QCOMPARE(h.indexOf(QLatin1StringView("name")), 1);
        QCOMPARE(h.indexOfAny({QLatin1StringView("# requests"), QLatin1StringView("Request Count")}), 2);
        QCOMPARE(h.indexOf(QLatin1StringView("Failure Count")), -1);
    }

    void numbers_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");   // NaN: unknown
        QTest::newRow("int") << QStringLiteral("2900") << true << 2900.0;
        QTest::newRow("float") << QStringLiteral("2900.0") << true << 2900.0;
        QTest::newRow("raw float") << QStringLiteral("156.9213330221828") << true << 156.9213330221828;
        QTest::newRow("N/A") << QStringLiteral("N/A") << true << kNaN;
        QTest::newRow("empty") << QString() << true << kNaN;
        QTest::newRow("text") << QStringLiteral("abc") << false << kNaN;
        QTest::newRow("comma decimal") << QStringLiteral("1,5") << false << kNaN;
    }
    void numbers()
    {
        QFETCH(QString, cell);
        QFETCH(bool, ok);
        QFETCH(double, value);
        double v = 0;
        QCOMPARE(parseCsvNumber(cell, &v), ok);
        if (ok && isKnown(value))
            QCOMPARE(v, value);
        if (ok && !isKnown(value))
            QVERIFY(!isKnown(v));
    }

    void counts()
    {
        qint64 v = 0;
        QVERIFY(parseCsvCount(u"4605", &v));
        QCOMPARE(v, qint64(4605));
        QVERIFY(parseCsvCount(u"12.0", &v));
        QCOMPARE(v, qint64(12));
        QVERIFY(!parseCsvCount(u"12.5", &v));
        QVERIFY(!parseCsvCount(u"-3", &v));
        QVERIFY(!parseCsvCount(u"N/A", &v));
        QVERIFY(!parseCsvCount(u"", &v));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
