// Client against server (docs/server-side.md) on hand-built runs and events:
// the searches a run added above the traffic before it, the baseline leaving
// other runs out, the volume rule's two sides and the clock note, and the
// analyze JSON's "server" objects on the bundled week.
#include "analysis/server_side.h"
#include "cli/cli.h"
#include "db/events_file.h"
#include "grid/assessment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace palier;

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 11, 22), QTime(18, 0), QTimeZone::utc());

// A run of two 100-s stages (10 and 20 users) from `start`, the key
// transaction at `rate1` and `rate2` searches per second, p95 1 s.
Run run(const QString &id, const QDateTime &start, double rate1, double rate2)
{
    Run r;
    r.id = id;
    r.startedAt = start;
    r.endedAt = start.addSecs(200);
    for (int i = 0; i < 2; ++i) {
        Stage s;
        s.users = i ? 20 : 10;
        s.plateauStart = start.addSecs(100 * i);
        s.plateauEnd = s.plateauStart.addSecs(100);
        Endpoint e;
        e.name = QStringLiteral("athlete_search");
        e.figures.rps = i ? rate2 : rate1;
        e.figures.p95Ms = 1000;
        s.endpoints.append(e);
        r.stages.append(s);
    }
    return r;
}

// `n` key events evenly over [from, from + seconds).
QByteArray events(const QDateTime &from, int seconds, int n, const char *status = "ok")
{
    QByteArray out;
    for (int i = 0; i < n; ++i) {
        const QDateTime t = from.addMSecs(qint64(seconds) * 1000 * i / n);
        out += "s," + t.toString(u"yyyy-MM-dd HH:mm:ss.zzz"_qs).toLatin1() + "+00,athlete_search," + status + ",1200\n";
    }
    return out;
}

} // namespace

class TestServerSide : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    EventLog log(const QByteArray &rows)
    {
        const QString path = m_dir.filePath(u"e.csv"_qs);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write("session_id,created_at,event_type,status,duration_ms\n" + rows);
        f.close();
        return readEventsCsv(path, EventsReadOptions());
    }

private slots:
    void addedSearchesMatchTheGenerator()
    {
        // Real users: 1 search every 2 s for the hour before and during the run;
        // the run adds 5/s then 10/s.
        const QByteArray users = events(kT0.addSecs(-3600), 3800, 1900);
        const EventLog l = log(users + events(kT0, 100, 500) + events(kT0.addSecs(100), 100, 1000));
        const ServerComparison c = compareWithServer(run(u"r"_qs, kT0, 5, 10), u"athlete_search"_qs, l, QTimeZone::utc());
        QCOMPARE(c.stages.size(), 2);
        QCOMPARE(c.baseline.seconds(), 200.0);
        QVERIFY(qAbs(c.baseline.searchesPerS() - 0.5) < 0.05);
        QVERIFY2(qAbs(c.stages.at(0).extraSearchesPerS - 5) < 0.2, qPrintable(QString::number(c.stages.at(0).extraSearchesPerS)));
        QVERIFY(qAbs(c.stages.at(1).extraSearchesPerS - 10) < 0.2);
        QVERIFY(c.stages.at(0).volumeAgrees && c.stages.at(1).volumeAgrees);
        QVERIFY(c.notes.isEmpty());
        QCOMPARE(c.stages.at(1).server.p95SearchMs, std::optional<int>(1200));
        // The distribution's server side: every successful search of the stage, by millisecond.
        for (const ServerStage &s : c.stages) {
            QVERIFY(s.server.searchHistogram);
            QCOMPARE(qint64(s.server.searchHistogram->total), s.server.searches - s.server.searchErrors);
        }
        QVERIFY(c.stages.at(1).server.searchHistogram->countAtMost(1200) >= std::uint64_t(0.95 * double(c.stages.at(1).server.searches)));
    }

    // Half the run's searches missing on the second stage: beyond noise and edges.
    void lostSearchesAreAVolumeMismatch()
    {
        const EventLog l = log(events(kT0.addSecs(-3600), 3800, 1900) + events(kT0, 100, 500) + events(kT0.addSecs(100), 100, 500));
        const ServerComparison c = compareWithServer(run(u"r"_qs, kT0, 5, 10), u"athlete_search"_qs, l, QTimeZone::utc());
        QVERIFY(c.stages.at(0).volumeAgrees);
        QVERIFY(!c.stages.at(1).volumeAgrees);
        QCOMPARE(c.notes.size(), 1);
        QCOMPARE(c.notes.first().kind, u"server.volume_mismatch"_qs);
        QCOMPARE(c.notes.first().params.value(u"users"_qs).toInt(), 20);
    }

    // The run's searches logged an hour later (a clock an hour off): nothing
    // extra during the run's own times.
    void shiftedClockIsSaid()
    {
        const EventLog l = log(events(kT0.addSecs(-3600), 7200, 3600) + events(kT0.addSecs(3600), 200, 1500));
        const ServerComparison c = compareWithServer(run(u"r"_qs, kT0, 5, 10), u"athlete_search"_qs, l, QTimeZone::utc());
        QCOMPARE(c.notes.size(), 1);
        QCOMPARE(c.notes.first().kind, u"server.no_extra_traffic"_qs);
    }

    // Back-to-back runs: the baseline of the second skips the first.
    void baselineLeavesOtherRunsOut()
    {
        const QDateTime t1 = kT0.addSecs(200);
        const EventLog l = log(events(kT0.addSecs(-3600), 4000, 2000) + events(kT0, 200, 2000) + events(t1, 200, 2000));
        const Run first = run(u"a"_qs, kT0, 5, 10), second = run(u"b"_qs, t1, 5, 10);
        const ServerComparison c = compareWithServer(second, u"athlete_search"_qs, l, QTimeZone::utc(),
                                                     {{first.startedAt, first.endedAt}});
        QCOMPARE(c.baseline.seconds(), 200.0);
        QVERIFY(c.baseline.to <= t1 && c.baseline.from < kT0);
        QVERIFY(qAbs(c.baseline.searchesPerS() - 0.5) < 0.05);
        // Without leaving it out, the first run would be the baseline.
        const ServerComparison naive = compareWithServer(second, u"athlete_search"_qs, l, QTimeZone::utc());
        QVERIFY(naive.baseline.searchesPerS() > 5);
    }

    void analyzeJsonOnTheBundledWeek()
    {
        QString out, err;
        QTextStream o(&out), e(&err);
        const int code = runCli({u"analyze"_qs, u"--format"_qs, u"json"_qs, u"--events"_qs,
                                 QStringLiteral(PALIER_SOURCE_DIR "/resources/samples/production/app_monitoring_events.csv.gz"),
                                 QStringLiteral(PALIER_SOURCE_DIR "/resources/samples/weekly")},
                                o, e);
        o.flush();
        QCOMPARE(code, 0);
        const QJsonArray runs = QJsonDocument::fromJson(out.toUtf8()).object().value(u"runs"_qs).toArray();
        QCOMPARE(runs.size(), 3);
        for (const QJsonValue &r : runs) {
            QVERIFY(r.toObject().contains(u"server_baseline"_qs));
            for (const QJsonValue &s : r.toObject().value(u"stages"_qs).toArray()) {
                const QJsonObject server = s.toObject().value(u"server"_qs).toObject();
                QVERIFY(!server.isEmpty());
                QVERIFY(server.value(u"volume_agrees"_qs).toBool());
                QVERIFY(server.value(u"searches"_qs).toInt() > 0);
            }
        }
        // Without events: no server objects.
        QString out2;
        QTextStream o2(&out2);
        QCOMPARE(runCli({u"analyze"_qs, u"--format"_qs, u"json"_qs, QStringLiteral(PALIER_SOURCE_DIR "/resources/samples/weekly")}, o2, e), 0);
        o2.flush();
        QVERIFY(!out2.contains(QLatin1String("\"server\"")));
    }
};

QTEST_GUILESS_MAIN(TestServerSide)
#include "tst_server_side.moc"
