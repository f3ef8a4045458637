// palier analyze / report end to end, in-process through runCli(), on the
// bundled week of real Locust runs (resources/samples/weekly: figures in its README).
#include "cli/cli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace palier;

namespace {

struct Result {
    int code;
    QString out, err;
};

Result run(const QStringList &args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = runCli(args, o, e);
    o.flush();
    e.flush();
    return {code, out, err};
}

QString weekly() { return QStringLiteral(PALIER_SOURCE_DIR "/resources/samples/weekly"); }
QString weeklyRun(const char *name) { return weekly() + QLatin1Char('/') + QLatin1String(name); }

QJsonObject analyzeJson(const QStringList &extra)
{
    const Result r = run(QStringList {QStringLiteral("analyze"), QStringLiteral("--format"), QStringLiteral("json")} + extra);
    if (r.code != 0)
        qWarning().noquote() << r.err;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError)
        qWarning().noquote() << pe.errorString() << r.out.left(400);
    return doc.object();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void versionAndHelp()
    {
        const Result v = run({QStringLiteral("--version")});
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("palier ")));
        const Result h = run({QStringLiteral("--help")});
        QCOMPARE(h.code, 0);
        QVERIFY(h.out.contains(QStringLiteral("palier analyze")));
        QVERIFY(h.out.contains(QStringLiteral("--fail-on")));
    }

    // Per stage: the Aggregated row's requests, failures and p95, and the
    // athlete_search p95, exactly as Locust wrote them (README tables).
    void analyzeStageFigures_data()
    {
        QTest::addColumn<QString>("runDir");
        QTest::addColumn<QList<QList<int>>>("expected");   // users, requests, failures, p95, key p95
        QTest::newRow("run-2026-11-16") << weeklyRun("run-2026-11-16") << QList<QList<int>> {
            {5, 275, 2, 1300, 1500}, {20, 1091, 7, 1400, 1600}, {50, 2574, 5, 1600, 1800},
            {75, 3702, 11, 1700, 1900}, {100, 4605, 18, 1900, 2200}, {150, 3715, 28, 4200, 4600}};
        QTest::newRow("run-2026-11-18") << weeklyRun("run-2026-11-18") << QList<QList<int>> {
            {5, 273, 1, 1500, 1600}, {20, 1068, 3, 1500, 1700}, {50, 2508, 9, 1800, 2000},
            {75, 3530, 18, 2000, 2300}, {100, 3686, 17, 2800, 3100}, {150, 3093, 40, 5300, 5600}};
        QTest::newRow("run-2026-11-20") << weeklyRun("run-2026-11-20") << QList<QList<int>> {
            {5, 266, 3, 1500, 1600}, {20, 1065, 25, 1600, 1800}, {50, 2470, 38, 1800, 2000},
            {75, 3485, 52, 2000, 2300}, {100, 3433, 53, 3000, 3300}, {150, 2926, 143, 5700, 6100}};
    }
    void analyzeStageFigures()
    {
        QFETCH(QString, runDir);
        QFETCH(QList<QList<int>>, expected);
        const QJsonObject root = analyzeJson({runDir});
        const QJsonArray runs = root[u"runs"].toArray();
        QCOMPARE(runs.size(), 1);
        const QJsonObject r = runs.at(0).toObject();
        QCOMPARE(r[u"source"].toString(), QStringLiteral("locust"));
        QVERIFY(r[u"started_at"].toString().contains(QLatin1Char('T')));
        const QJsonArray stages = r[u"stages"].toArray();
        QCOMPARE(stages.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject s = stages.at(i).toObject();
            const QList<int> &e = expected.at(i);
            QCOMPARE(s[u"users"].toInt(), e.at(0));
            QCOMPARE(s[u"requests"].toInteger(), qint64(e.at(1)));
            QCOMPARE(s[u"failures"].toInteger(), qint64(e.at(2)));
            QCOMPARE(s[u"p95_ms"].toDouble(), double(e.at(3)));
            QCOMPARE(s[u"key_p95_ms"].toDouble(), double(e.at(4)));
            QCOMPARE(s[u"percentiles_exact"].toBool(), false);
            for (const char *key : {"duration_s", "error_rate_pct", "rps", "p50_ms", "p99_ms", "held", "held_reason"})
                QVERIFY2(s.contains(QLatin1String(key)), key);
        }
        const QJsonObject grid = r[u"grid"].toObject();
        QStringList ids;
        for (const QJsonValue &c : grid[u"criteria"].toArray())
            ids.append(c.toObject()[u"id"].toString());
        QCOMPARE(ids, (QStringList {QStringLiteral("p95_key"), QStringLiteral("error_rate"),
                                    QStringLiteral("target_stage_held")}));
        for (const char *key : {"reds", "oranges", "score", "score_label", "decision"})
            QVERIFY2(grid.contains(QLatin1String(key)), key);
    }

    // The README's grid reading of the 100-user stage, run by run and as a window.
    void weeklyWindow()
    {
        const QJsonObject root = analyzeJson({weekly()});
        const QJsonArray runs = root[u"runs"].toArray();
        QCOMPARE(runs.size(), 3);
        const QStringList expectedP95 {QStringLiteral("green"), QStringLiteral("orange"), QStringLiteral("orange")};
        const QStringList expectedErr {QStringLiteral("green"), QStringLiteral("green"), QStringLiteral("orange")};
        for (int i = 0; i < 3; ++i) {
            const QJsonArray criteria = runs.at(i).toObject()[u"grid"].toObject()[u"criteria"].toArray();
            QCOMPARE(criteria.at(0).toObject()[u"color"].toString(), expectedP95.at(i));
            QCOMPARE(criteria.at(1).toObject()[u"color"].toString(), expectedErr.at(i));
        }
        const QJsonObject window = root[u"window"].toObject();
        QCOMPARE(window[u"run_ids"].toArray().size(), 3);
        QCOMPARE(window[u"run_ids"].toArray().at(0).toString(), QStringLiteral("run-2026-11-20"));
        QCOMPARE(window[u"provisional"].toBool(), false);
        const QJsonArray wc = window[u"criteria"].toArray();
        QCOMPARE(wc.at(0).toObject()[u"color"].toString(), QStringLiteral("orange"));
        QCOMPARE(wc.at(1).toObject()[u"color"].toString(), QStringLiteral("green"));
        // The sample carries its 90-s demo profile, and the output says so.
        QVERIFY(root[u"profile"].toObject()[u"source"].toString().endsWith(QStringLiteral("palier-profile.json")));
        // …and that file is the shipped demo profile, not a drifting copy.
        QFile beside(weekly() + QStringLiteral("/palier-profile.json"));
        QFile shipped(QStringLiteral(PALIER_SOURCE_DIR "/resources/profiles/demo-90s.json"));
        QVERIFY(beside.open(QIODevice::ReadOnly) && shipped.open(QIODevice::ReadOnly));
        QCOMPARE(beside.readAll(), shipped.readAll());
    }

    void reportFillsTemplateAndAgreesWithAnalyze()
    {
        const QJsonObject root = analyzeJson({weekly()});
        const QString decision = root[u"window"].toObject()[u"decision"].toString();
        const Result r = run({QStringLiteral("report"), weekly()});
        QCOMPARE(r.code, 0);
        const QString md = r.out;
        for (const char *heading : {"# Rapport capacité Streamlit - Semaine 2026-47", "## Contexte", "## Résultats clés",
                                    "## Statut grille", "## Décision", "- Environnement: Streamlit Cloud",
                                    "- Paliers: 5, 20, 50, 75, 100, 150", "- Durée/palier: ",
                                    "- p95 recherche (palier cible): ", "- Taux erreur global: ",
                                    "- Palier cible tenu: ", "- Signaux saturation observés: ", "- Critères rouges: ",
                                    "- Critères oranges: ", "- Score synthétique: ", "- Action semaine suivante: "})
            QVERIFY2(md.contains(QString::fromUtf8(heading)), heading);
        QVERIFY2(!md.contains(QStringLiteral("...")), "a template placeholder was left unfilled");
        const QMap<QString, QString> words {{QStringLiteral("GO"), QStringLiteral("\n- GO (")},
                                            {QStringLiteral("WATCH"), QStringLiteral("\n- WATCH (")},
                                            {QStringLiteral("NO_GO"), QStringLiteral("\n- NO-GO (")},
                                            {QStringLiteral("INCONCLUSIVE"), QStringLiteral("\n- NON CONCLUANT")}};
        QVERIFY2(md.contains(words.value(decision)), qPrintable(decision));
        QVERIFY(md.contains(QStringLiteral("3300 ms (run-2026-11-20")));

        const Result en = run({QStringLiteral("report"), QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--week"), QStringLiteral("2026-W48"), weekly()});
        QCOMPARE(en.code, 0);
        QVERIFY(en.out.startsWith(QStringLiteral("# Streamlit capacity report - Week 2026-48")));
        QVERIFY(en.out.contains(QStringLiteral("## Key results")));
    }

    void outFileIsNeverOverwrittenWithoutForce()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("week.md"));
        QCOMPARE(run({QStringLiteral("report"), weekly(), QStringLiteral("--out"), file}).code, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray first = f.readAll();
        f.close();
        QVERIFY(first.startsWith("# Rapport"));
        const Result again = run({QStringLiteral("report"), weekly(), QStringLiteral("--lang"), QStringLiteral("en"),
                                  QStringLiteral("--out"), file});
        QCOMPARE(again.code, 2);
        QVERIFY(again.err.contains(QStringLiteral("--force")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), first);
        f.close();
        QCOMPARE(run({QStringLiteral("report"), weekly(), QStringLiteral("--lang"), QStringLiteral("en"),
                      QStringLiteral("--out"), file, QStringLiteral("--force")}).code, 0);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("# Streamlit"));
    }

    void failOnGate()
    {
        const QJsonObject root = analyzeJson({weekly()});
        const QString decision = root[u"window"].toObject()[u"decision"].toString();
        const int watch = run({QStringLiteral("analyze"), weekly(), QStringLiteral("--fail-on"), QStringLiteral("watch")}).code;
        const int nogo = run({QStringLiteral("analyze"), weekly(), QStringLiteral("--fail-on"), QStringLiteral("no-go")}).code;
        QCOMPARE(watch, decision == u"GO" ? 0 : 1);
        QCOMPARE(nogo, decision == u"NO_GO" ? 1 : 0);
        // A strict profile must trip the gate: target the 150-user stage, red in every run.
        const int strict = run({QStringLiteral("analyze"), weekly(), QStringLiteral("--target-users"),
                                QStringLiteral("150"), QStringLiteral("--fail-on"), QStringLiteral("no-go")}).code;
        QCOMPARE(strict, 1);
    }

    void badUsageIsOneLineExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("needle");
        QTest::newRow("no path") << QStringList {QStringLiteral("analyze")} << QStringLiteral("analyze");
        QTest::newRow("missing path") << QStringList {QStringLiteral("analyze"), QStringLiteral("/nonexistent/x")}
                                      << QStringLiteral("/nonexistent/x");
        QTest::newRow("bad format") << QStringList {QStringLiteral("analyze"), QStringLiteral("--format"),
                                                    QStringLiteral("xml"), weekly()} << QStringLiteral("--format");
        QTest::newRow("bad gate") << QStringList {QStringLiteral("analyze"), QStringLiteral("--fail-on"),
                                                  QStringLiteral("red"), weekly()} << QStringLiteral("--fail-on");
        QTest::newRow("bad week") << QStringList {QStringLiteral("report"), QStringLiteral("--week"),
                                                  QStringLiteral("2026-W60"), weekly()} << QStringLiteral("--week");
        QTest::newRow("bad lang") << QStringList {QStringLiteral("report"), QStringLiteral("--lang"),
                                                  QStringLiteral("de"), weekly()} << QStringLiteral("--lang");
        QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
        // HTML and PDF need the renderer the desktop executable registers; this
        // test links app/ alone, as a build without the window would.
        QTest::newRow("html without renderer") << QStringList {QStringLiteral("report"), QStringLiteral("--format"),
                                                               QStringLiteral("html"), weekly()} << QStringLiteral("desktop build");
        QTest::newRow("pdf for analyze") << QStringList {QStringLiteral("analyze"), QStringLiteral("--format"),
                                                         QStringLiteral("pdf"), weekly()} << QStringLiteral("only for report");
        QTest::newRow("bad profile") << QStringList {QStringLiteral("analyze"), QStringLiteral("--profile"),
                                                     QStringLiteral("/nonexistent/p.json"), weekly()}
                                     << QStringLiteral("p.json");
    }
    // Only `report --format html|pdf` starts a GUI application (ui/main.cpp):
    // everything else stays without a display library.
    void onlyDocumentReportsNeedTheGui_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("gui");
        const QString f = QStringLiteral("--format");
        QTest::newRow("report md") << QStringList {QStringLiteral("report"), weekly()} << false;
        QTest::newRow("report md explicit") << QStringList {QStringLiteral("report"), f, QStringLiteral("md"), weekly()} << false;
        QTest::newRow("report pdf") << QStringList {QStringLiteral("report"), f, QStringLiteral("pdf"), weekly()} << true;
        QTest::newRow("report html=") << QStringList {QStringLiteral("report"), QStringLiteral("--format=html"), weekly()} << true;
        QTest::newRow("report one dash") << QStringList {QStringLiteral("report"), QStringLiteral("-format"), QStringLiteral("pdf")} << true;
        QTest::newRow("last wins") << QStringList {QStringLiteral("report"), f, QStringLiteral("pdf"), f, QStringLiteral("md")} << false;
        QTest::newRow("analyze pdf") << QStringList {QStringLiteral("analyze"), f, QStringLiteral("pdf"), weekly()} << false;
        QTest::newRow("path named pdf") << QStringList {QStringLiteral("report"), QStringLiteral("pdf")} << false;
    }
    void onlyDocumentReportsNeedTheGui()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, gui);
        QCOMPARE(cliNeedsGui(args), gui);
    }

    void badUsageIsOneLineExit2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, needle);
        const Result r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(needle), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
