// The words module: every finding kind the code can emit has a sentence, the
// same finding words itself in French and in English from the same data,
// numbers take the language's marks, and nested findings and plurals read right.
#include "i18n/language.h"
#include "words/finding_words.h"
#include "words/grid_words.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace palier;

class TestWords : public QObject {
    Q_OBJECT
private slots:
    // Scans app/ for the kinds the code emits: each needs a template, or the
    // user would read a raw id.
    void everyEmittedKindHasASentence()
    {
        static const QRegularExpression literal(QStringLiteral(
            "QStringLiteral\\(\"((?:csv|file|load|locust|k6|run|series|profile|report)\\.[a-z0-9_.]+)\"\\)"));
        QSet<QString> emitted;
        QDirIterator it(QStringLiteral(PALIER_SOURCE_DIR "/app"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QStringLiteral("/words/")))
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            for (auto m = literal.globalMatch(text); m.hasNext();) {
                const QString kind = m.next().captured(1);
                // A prefix completed at run time, or a file name ("locust.log").
                const QString last = kind.section(QLatin1Char('.'), -1);
                if (!kind.endsWith(QLatin1Char('.')) && last != u"log" && last != u"txt" && last != u"csv")
                    emitted.insert(kind);
            }
        }
        // Kinds made of a prefix and a row problem (sources/locust/row_cells.h).
        for (const char *problem : {"row_fields", "not_number", "not_count", "negative_latency", "failures_exceed_requests"})
            emitted.insert(QStringLiteral("run.invalid.") + QLatin1String(problem));
        for (const char *problem : {"row_fields", "cell_not_number", "cell_not_count"})
            emitted.insert(QStringLiteral("csv.") + QLatin1String(problem));
        QVERIFY(emitted.size() > 60);
        const QStringList known = findingTemplates().kinds();
        QStringList missing;
        for (const QString &kind : std::as_const(emitted))
            if (!known.contains(kind) && !kind.startsWith(QStringLiteral("profile.where")))
                missing << kind;
        missing.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        // And no kind twice in the tables.
        QCOMPARE(QSet<QString>(known.cbegin(), known.cend()).size(), known.size());
    }

    void oneFindingTwoLanguages()
    {
        const Finding f = Finding::warning(QStringLiteral("locust.history_flush_loss"), QStringLiteral("/r/x_stats_history.csv"),
                                           400, {{QStringLiteral("missing_s"), 9}, {QStringLiteral("flush_s"), 10.0},
                                                 {QStringLiteral("missing_requests"), 27}});
        const QString en = findingLine(f, Language::get(QStringLiteral("en")));
        const QString fr = findingLine(f, Language::get(QStringLiteral("fr")));
        QVERIFY(en.startsWith(QStringLiteral("/r/x_stats_history.csv:400: history ends about 9 s")));
        QVERIFY(fr.startsWith(QStringLiteral("/r/x_stats_history.csv:400: l'historique s'arrête environ 9 s")));
        QVERIFY(en != fr);
    }

    void numbersFollowTheLanguage()
    {
        const Language &fr = Language::get(QStringLiteral("fr"));
        const Language &en = Language::get(QStringLiteral("en"));
        QCOMPARE(fr.number(1.6, 2), QStringLiteral("1,60"));
        QCOMPARE(en.number(1.6, 2), QStringLiteral("1.60"));
        QCOMPARE(fr.integer(12345), QStringLiteral("12345"));   // no group separator: aligned, copyable
        QCOMPARE(en.number(-0.001, 2), QStringLiteral("0.00"));   // never "-0.00"
        QCOMPARE(percentText(1.6, fr), QStringLiteral("1,60 %"));
        QCOMPARE(formatParam(QVariant(2.5), -1, fr), QStringLiteral("2,5"));
        QCOMPARE(formatParam(QVariant(3.0), -1, en), QStringLiteral("3"));
        QCOMPARE(formatParam(QVariant(QStringList {QStringLiteral("a"), QStringLiteral("b")}), -1, en), QStringLiteral("a, b"));
        // An unshipped language words in English.
        QCOMPARE(Language::get(QStringLiteral("de")).code(), QStringLiteral("en"));
        QCOMPARE(Language::get(QStringLiteral("fr_CA")).code(), QStringLiteral("fr"));
    }

    // The problem behind "this file cannot be used" is worded in place.
    void nestedFindingIsWordedInPlace()
    {
        const Finding inner = Finding::error(QStringLiteral("csv.binary"), QStringLiteral("a.csv"), 3);
        const Finding outer = Finding::error(QStringLiteral("run.invalid.unreadable_file"), QStringLiteral("a.csv"), 3,
                                             {{QStringLiteral("problem"), nestedFinding(inner)}});
        const QString en = wordFinding(outer, Language::get(QStringLiteral("en")));
        QVERIFY2(en.contains(QStringLiteral("binary data (NUL byte)")), qPrintable(en));
        QVERIFY(!en.contains(QStringLiteral("csv.binary")));
    }

    // A kind without a template (a bug the first test catches) still says
    // everything it knows rather than nothing.
    void unknownKindKeepsItsData()
    {
        const QString text = wordFinding(Finding::warning(QStringLiteral("x.unknown"), QString(), 0,
                                                          {{QStringLiteral("n"), 3}}),
                                         Language::get(QStringLiteral("en")));
        QVERIFY(text.startsWith(QStringLiteral("x.unknown")));
        QVERIFY(text.contains(QStringLiteral("\"n\":3")));
    }

    void gridWordsAreDefinedOnce()
    {
        const Language &fr = Language::get(QStringLiteral("fr"));
        QCOMPARE(colourWord(Colour::Green, fr), QStringLiteral("vert"));
        QCOMPARE(decisionWord(Decision::Inconclusive, fr), QStringLiteral("NON CONCLUANT"));
        QCOMPARE(decisionWord(Decision::NoGo, Language::get(QStringLiteral("en"))), QStringLiteral("NO-GO"));
        QCOMPARE(scoreText(2, true, fr), QStringLiteral("≥ 2"));
        Profile p = Profile::builtinDefault();
        QCOMPARE(criterionName(QStringLiteral("target_stage_held"), p, fr), QStringLiteral("palier cible (100 utilisateurs) tenu"));
        QVERIFY(!criterionName(QStringLiteral("p95_key"), p, fr).contains(QStringLiteral("p95_key")));
    }
};

QTEST_GUILESS_MAIN(TestWords)
#include "tst_words.moc"
