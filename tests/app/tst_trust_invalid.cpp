// Invalid runs are named and never make a decision better (docs/grid-rules.md §8, §10):
// each damage a user met is applied to a copy of the real weekly runs, and the
// run it touches must be set aside with a finding naming the file and line,
// the window must not decide better than on the intact week, and the command
// line must not pass a gate on it.
#include "trust_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace palier;
using namespace palier::trust;

namespace {

const QString kRun = QStringLiteral("run-2026-11-20");

QString file(const QString &weekly, const QString &name)
{
    return weekly + QLatin1Char('/') + kRun + QLatin1Char('/') + name;
}

const Run *runOf(const Assessment &a, const QString &id)
{
    for (const Run &r : a.runs)
        if (r.id == id)
            return &r;
    return nullptr;
}

const Finding *findingOf(const QList<Finding> &findings, const QString &kind)
{
    for (const Finding &f : findings)
        if (f.kind == kind)
            return &f;
    return nullptr;
}

// A traceback row as Locust writes it in exceptions.csv (Count,Message,Traceback,Nodes).
QByteArray exceptionRow()
{
    return QByteArrayLiteral("12,KeyError('id'),\"Traceback (most recent call last):\n  File \"\"locustfile.py\"\", "
                             "line 31, in search\n    athlete = response.json()['id']\nKeyError: 'id'\n\",local\r\n");
}

} // namespace

class TestTrustInvalid : public QObject {
    Q_OBJECT
private slots:
    void damageSetsTheRunAside_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("kind");
        QTest::newRow("target stats cut mid-row") << QStringLiteral("cut-stats") << QStringLiteral("run.invalid.row_fields");
        QTest::newRow("target stats without its last row") << QStringLiteral("cut-total")
                                                           << QStringLiteral("run.invalid.truncated_stats");
        QTest::newRow("negative latency") << QStringLiteral("negative") << QStringLiteral("run.invalid.negative_latency");
        QTest::newRow("failures over requests") << QStringLiteral("failures")
                                                << QStringLiteral("run.invalid.failures_exceed_requests");
        QTest::newRow("non-numeric count") << QStringLiteral("text-count") << QStringLiteral("run.invalid.not_count");
        QTest::newRow("history time goes back a day") << QStringLiteral("backwards")
                                                      << QStringLiteral("run.invalid.time_backwards");
        QTest::newRow("undecodable history") << QStringLiteral("binary") << QStringLiteral("run.invalid.unreadable_file");
        QTest::newRow("CPU warning at the target stage") << QStringLiteral("cpu-target")
                                                         << QStringLiteral("run.invalid.generator_overloaded");
        QTest::newRow("CPU warning below the target") << QStringLiteral("cpu-below")
                                                      << QStringLiteral("run.invalid.generator_overloaded");
        QTest::newRow("test code raising from the start") << QStringLiteral("exceptions-first")
                                                          << QStringLiteral("run.invalid.test_code_errors");
    }
    void damageSetsTheRunAside()
    {
        QFETCH(QString, damage);
        QFETCH(QString, kind);
        QTemporaryDir tmp;
        const QString weekly = weeklyCopy(tmp.path());
        QVERIFY(!weekly.isEmpty());
        const Decision intact = decideOn({weekly}).windowVerdict.decision;
        const QString stats = file(weekly, QStringLiteral("stage5_100users_stats.csv"));
        const QString history = file(weekly, QStringLiteral("stage5_100users_stats_history.csv"));
        if (damage == u"cut-stats") {
            const QByteArray bytes = readAll(stats);
            QVERIFY(writeAll(stats, bytes.left(bytes.lastIndexOf("\r\n,Aggregated") + 20)));
        } else if (damage == u"cut-total") {
            const QByteArray bytes = readAll(stats);
            QVERIFY(writeAll(stats, bytes.left(bytes.lastIndexOf("\r\n,Aggregated") + 2)));
        } else if (damage == u"negative") {
            QVERIFY(replaceIn(stats, "GET,athlete_search,2009,40,1800.0,1935.", "GET,athlete_search,2009,40,1800.0,-1935."));
        } else if (damage == u"failures") {
            QVERIFY(replaceIn(stats, "GET,athlete_search,2009,40,", "GET,athlete_search,2009,4000,"));
        } else if (damage == u"text-count") {
            QVERIFY(replaceIn(stats, "GET,athlete_search,2009,", "GET,athlete_search,many,"));
        } else if (damage == u"backwards") {
            // One row of the plateau stamped a day early.
            QVERIFY(replaceIn(history, "\r\n1795375520,", "\r\n1795289120,"));
        } else if (damage == u"binary") {
            QByteArray bytes = readAll(history);
            bytes[bytes.size() / 2] = '\0';
            QVERIFY(writeAll(history, bytes));
        } else if (damage == u"cpu-target" || damage == u"cpu-below") {
            const QString console = file(weekly, damage == u"cpu-target" ? QStringLiteral("stage5_100users.console.txt")
                                                                         : QStringLiteral("stage2_20users.console.txt"));
            QVERIFY(appendTo(console, "[2026-11-22 19:25:01,204] runner/WARNING/root: CPU usage above 90%! This may "
                                      "constrain your throughput and may even give inconsistent response time "
                                      "measurements!\n"));
        } else if (damage == u"exceptions-first") {
            QVERIFY(appendTo(file(weekly, QStringLiteral("stage1_5users_exceptions.csv")), exceptionRow()));
        }
        const Assessment a = decideOn({weekly});
        QCOMPARE(a.runs.size(), 3);   // never split, never dropped
        const Run *run = runOf(a, kRun);
        QVERIFY(run);
        QCOMPARE(run->stages.size(), 6);
        const RunVerdict *v = a.verdictOf(kRun);
        QVERIFY(!v->valid);
        const Finding *f = findingOf(v->invalidReasons, kind);
        QVERIFY2(f, qPrintable(kind));
        QCOMPARE(f->severity, Finding::Severity::Error);
        QVERIFY2(!f->file.isEmpty(), "an invalid run names the file");
        QCOMPARE(v->decision, Decision::Inconclusive);
        QCOMPARE(v->inconclusiveReasons.first(), InconclusiveReason::InvalidRun);
        // The window holds it, so it is INCONCLUSIVE unless the valid runs
        // already say NO-GO — and never better than the intact week.
        QVERIFY(a.windowVerdict.invalidRunIds.contains(kRun));
        QVERIFY(notBetter(a.windowVerdict.decision, intact));
        if (a.windowVerdict.decision != Decision::NoGo)
            QCOMPARE(a.windowVerdict.inconclusiveReasons.first(), InconclusiveReason::InvalidRun);
        // A time jump back never makes a stage last a day.
        for (const Stage &s : run->stages)
            QVERIFY2(!(s.durationS > 200), qPrintable(QString::number(s.durationS)));
        // The gate fails on it.
        const CliResult gate = cli({QStringLiteral("analyze"), weekly, QStringLiteral("--fail-on"), QStringLiteral("no-go")});
        QCOMPARE(gate.code, 1);
    }

    // What is not damage stays valid: server errors count as errors, the
    // generator's overload beyond the target is a saturation signal, and
    // exceptions later than the first stage are a finding.
    void notDamage_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("CPU warning beyond the target") << QStringLiteral("cpu-beyond");
        QTest::newRow("exceptions in a later stage") << QStringLiteral("exceptions-later");
        QTest::newRow("more server errors (503)") << QStringLiteral("server-errors");
    }
    void notDamage()
    {
        QFETCH(QString, change);
        QTemporaryDir tmp;
        const QString weekly = weeklyCopy(tmp.path());
        if (change == u"cpu-beyond") {
            QVERIFY(appendTo(file(weekly, QStringLiteral("stage6_150users.console.txt")),
                             "[2026-11-22 19:26:40,001] runner/WARNING/root: CPU usage above 90%! This may constrain "
                             "your throughput and may even give inconsistent response time measurements!\n"));
        } else if (change == u"exceptions-later") {
            QVERIFY(appendTo(file(weekly, QStringLiteral("stage4_75users_exceptions.csv")), exceptionRow()));
        } else {
            QVERIFY(appendTo(file(weekly, QStringLiteral("stage5_100users_failures.csv")),
                             "GET,athlete_search,\"HTTPError('503 Server Error: Service Unavailable for url: "
                             "athlete_search')\",7\r\n"));
        }
        const Assessment a = decideOn({weekly});
        const RunVerdict *v = a.verdictOf(kRun);
        QVERIFY(v->valid);
        QVERIFY(a.windowVerdict.invalidRunIds.isEmpty());
        if (change == u"cpu-beyond") {
            const Run *run = runOf(a, kRun);
            QVERIFY(hasFinding(*run, QStringLiteral("locust.cpu_warning")));
            QVERIFY(run->stageWithUsers(150)->generatorOverloaded);
            QVERIFY(v->saturationSignals);
            // Left out of the knee: the point is never the overloaded stage.
            QVERIFY(!v->saturationPointUsers || *v->saturationPointUsers != 150);
        }
    }

    // With no valid run left to decide on, the command line says so and exits 2.
    void noValidRunLeftExits2()
    {
        QTemporaryDir tmp;
        const QString weekly = weeklyCopy(tmp.path());
        const QString dir = weekly + QLatin1Char('/') + kRun;
        QVERIFY(appendTo(dir + QStringLiteral("/stage1_5users_exceptions.csv"), exceptionRow()));
        const CliResult r = cli({QStringLiteral("analyze"), dir, QStringLiteral("--profile"), demoProfile(),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(r.err.contains(QStringLiteral("stage1_5users_exceptions.csv")), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("\"INCONCLUSIVE\"")));
    }

    // A --key that no run has is a usage error naming the endpoints present and
    // the closest name, never a silent "not evaluated" (docs/cli.md, `--key`).
    void misspeltKeyIsAUsageError()
    {
        const CliResult r = cli({QStringLiteral("analyze"), weeklySource(), QStringLiteral("--profile"), demoProfile(),
                                 QStringLiteral("--key"), QStringLiteral("athlete_serch")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("'athlete_search'")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("/api/login")));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        // A key some run has is fine.
        QCOMPARE(cli({QStringLiteral("analyze"), weeklySource(), QStringLiteral("--profile"), demoProfile(),
                      QStringLiteral("--key"), QStringLiteral("/api/login")})
                     .code,
                 0);
    }
};

QTEST_GUILESS_MAIN(TestTrustInvalid)
#include "tst_trust_invalid.moc"
