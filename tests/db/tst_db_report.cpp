// `palier report --db`: the production section beside the load-test report
// (docs/cli.md). The rest of the report is byte for byte the report without
// --db; the section holds what the views give (the same statement the db
// commands use, held to the seed's SQL in tst_db_views); database trouble
// leaves the load-test report whole, says why in the section and exits 3.
#include "analysis/server_side.h"
#include "cli/cli.h"
#include "db/monitoring_session.h"
#include "grid/assessment.h"
#include "pg_test_support.h"
#include "report/production_section.h"
#include "sources/load.h"

#include <QRegularExpression>
#include <QTest>

using namespace palier;
using namespace palier::test;

namespace {

const QString kDb = QStringLiteral("palier_tst_report");

struct CliRun {
    int code = -1;
    QString out, err;
};

CliRun cli(const QStringList &args)
{
    CliRun r;
    QTextStream out(&r.out), err(&r.err);
    r.code = runCli(args, out, err);
    out.flush();
    err.flush();
    return r;
}

QString weekly()
{
    return QStringLiteral(PALIER_SOURCE_DIR "/tests/data/locust/weekly");
}

} // namespace

class TestDbReport : public QObject {
    Q_OBJECT

    PgCluster m_cluster;
    QString db() const { return m_cluster.conninfo(kDb); }

    ProductionEvidence fetch(const Profile &profile)
    {
        ProductionEvidence p;
        p.requested = true;
        ConnectionOptions co;
        co.conninfo = db();
        co.timeZone = QStringLiteral("UTC");
        ViewRequest r;
        r.keyTransaction = profile.keyTransaction;
        r.thresholds = DecisionThresholds::fromProfile(profile);
        r.summary = r.hourly = true;
        p.thresholds = r.thresholds;
        MonitoringSession s;
        DbError e;
        if (!s.open(co, &e) || !s.fetch(r, &p.snapshot, &e))
            p.problem = e.message;
        p.table = s.table().display;
        p.timeZone = s.timeZone();
        return p;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.load(&error), qPrintable(error));
        QVERIFY2(setUpEventsDatabase(&m_cluster, kDb, 3000, &error), qPrintable(error));
    }

    void sectionBesideAnUnchangedReport()
    {
        const QStringList base {QStringLiteral("report"), weekly(), QStringLiteral("--lang"), QStringLiteral("en"),
                                QStringLiteral("--tz"), QStringLiteral("UTC")};
        const CliRun without = cli(base);
        QVERIFY2(without.code == 0, qPrintable(without.err.left(400)));
        const CliRun with = cli(base + QStringList {QStringLiteral("--db"), db()});
        QCOMPARE(with.code, 0);

        // The same server evidence as the command's (this table does not
        // cover the sample runs: server.no_events, no figures).
        Assessment a = assess(loadRuns({weekly()}).runs, Profile::builtinDefault());
        {
            MonitoringSession s;
            DbError e;
            ConnectionOptions co;
            co.conninfo = db();
            co.timeZone = QStringLiteral("UTC");
            EventLog log;
            QVERIFY2(s.open(co, &e) && s.fetchEvents(serverEvidenceSpans(a.runs), a.profile.keyTransaction, &log, &e),
                     qPrintable(e.message));
            attachServerEvidence(a, log, QTimeZone::utc());
            QCOMPARE(a.server.size(), 3);
            QVERIFY(a.server.first().stages.isEmpty());
            QCOMPARE(a.server.first().notes.first().kind, QStringLiteral("server.no_events"));
        }
        const ProductionEvidence p = fetch(a.profile);
        QVERIFY2(p.problem.isEmpty(), qPrintable(p.problem));
        const QString section = productionSectionMarkdown(a, p, Language::get(QStringLiteral("en")));
        QVERIFY(!section.isEmpty());
        QVERIFY2(with.out.contains(section), qPrintable(with.out));
        QString rest = with.out;
        rest.remove(section);
        // Each run's notes count its server.no_events too; nothing else changes.
        QString expected = without.out;
        const QRegularExpression notes(QStringLiteral("Reading notes: (\\d+)"));
        for (qsizetype at = 0;;) {
            const QRegularExpressionMatch m = notes.match(expected, at);
            if (!m.hasMatch())
                break;
            const QString bumped = QString::number(m.captured(1).toInt() + 1);
            expected.replace(m.capturedStart(1), m.capturedLength(1), bumped);
            at = m.capturedStart(1) + bumped.size();
        }
        QVERIFY(expected != without.out);
        QCOMPARE(rest, expected);
        // After the load-test results, before the grid's status.
        QVERIFY(with.out.indexOf(section) > with.out.indexOf(QLatin1String("| run-2026-11-16 |")));

        // Colour against colour: production's from the profile's limits, the
        // load tests' from the window.
        const QList<ProductionAgreement> agree = productionAgreement(a, p);
        QCOMPARE(agree.size(), 2);
        QCOMPARE(agree.at(0).criterionId, a.profile.p95Criterion()->id);
        QCOMPARE(agree.at(0).production, p.thresholds.p95Colour(p.snapshot.summary.p95SearchMs));
        QCOMPARE(agree.at(0).loadTests, a.windowVerdict.criterion(a.profile.p95Criterion()->id)->colour);
        QCOMPARE(agree.at(1).production, p.thresholds.errorRateColour(p.snapshot.summary.errorRate()));
        QCOMPARE(agree.at(1).loadTests, a.windowVerdict.criterion(a.profile.errorRateCriterion()->id)->colour);
    }

    void databaseTroubleKeepsTheReport()
    {
        const QStringList base {QStringLiteral("report"), weekly(), QStringLiteral("--lang"), QStringLiteral("fr")};
        const CliRun without = cli(base);
        const CliRun broken = cli(base + QStringList {QStringLiteral("--db"),
                                                    QStringLiteral("host=127.0.0.1 port=1 dbname=x connect_timeout=2")});
        QCOMPARE(broken.code, 3);
        QCOMPARE(broken.err.count(u'\n'), 1);
        // The load-test report is whole: removing the section's lines gives it back.
        const Assessment a = assess(loadRuns({weekly()}).runs, Profile::builtinDefault());
        ProductionEvidence p;
        p.requested = true;
        p.problem = QStringLiteral("x");
        const QString heading = productionSectionMarkdown(a, p, Language::get(QStringLiteral("fr"))).section(u'\n', 0, 0);
        const qsizetype at = broken.out.indexOf(heading);
        QVERIFY2(at > 0, qPrintable(broken.out));
        const qsizetype end = broken.out.indexOf(QLatin1String("\n\n"), at) + 2;
        QString rest = broken.out;
        rest.remove(at, end - at);
        QCOMPARE(rest, without.out);
    }

    // --db on analyze (and the JSON report) reads the table for client
    // against server only. This table's events are around now, far from the
    // sample runs: each run gets server.no_events and no figures, never a
    // clock note.
    void dbOnAnalyzeComparesWithTheServer()
    {
        const CliRun r = cli({QStringLiteral("analyze"), weekly(), QStringLiteral("--format"), QStringLiteral("json"),
                              QStringLiteral("--db"), db()});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("server.no_events")), qPrintable(r.out.left(2000)));
        QVERIFY(!r.out.contains(QLatin1String("server.no_extra_traffic")));
        const CliRun json = cli({QStringLiteral("report"), weekly(), QStringLiteral("--format"), QStringLiteral("json"),
                                 QStringLiteral("--db"), db()});
        QCOMPARE(json.code, 0);
        const CliRun broken = cli({QStringLiteral("analyze"), weekly(), QStringLiteral("--db"),
                                   QStringLiteral("host=127.0.0.1 port=1 dbname=x connect_timeout=2")});
        QCOMPARE(broken.code, 3);
        QCOMPARE(broken.err.count(u'\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestDbReport)
#include "tst_db_report.moc"
