// Golden files: the weekly report of the bundled week in French and in
// English, and `analyze --format json`, compared whole. Any change of what a
// user reads fails here first; after an intentional one, refresh the files with
// scripts/update-golden.sh and read the diff (docs/golden-files.md).
//
// Beside the comparison, each language must read as itself: the French report
// has only French decimal marks and none of the grid's English words; the
// English one has no French word of Palier's own.
#include "cli/cli.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTextStream>

using namespace palier;

namespace {

QString golden(const QString &name)
{
    QFile f(QStringLiteral(PALIER_TEST_DATA "/golden/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// What `palier ARGS` prints, run from the source folder as the refreshing
// script runs it, with this checkout's paths read as $SOURCE.
QString output(const QStringList &args)
{
    const QString before = QDir::currentPath();
    QDir::setCurrent(QStringLiteral(PALIER_SOURCE_DIR));
    QString out, err;
    QTextStream o(&out), e(&err);
    runCli(args, o, e);
    o.flush();
    QDir::setCurrent(before);
    return out.replace(QStringLiteral(PALIER_SOURCE_DIR), QStringLiteral("$SOURCE"));
}

// Lines that quote data rather than Palier's words: the profile's own name,
// paths, and the command that lists a run's reading notes (`palier analyze
// run-…`, relative to the results folder since the report has no machine path).
QString wordsOnly(const QString &report)
{
    QStringList kept;
    for (const QString &line : report.split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral("$SOURCE")) || line.contains(QStringLiteral("Démo"))
            || line.contains(QStringLiteral("`palier analyze ")))
            continue;
        kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

} // namespace

class TestGolden : public QObject {
    Q_OBJECT
private slots:
    void wholeOutput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("file");
        const QString week = QStringLiteral("resources/samples/weekly");
        QTest::newRow("report fr") << QStringList {QStringLiteral("report"), week, QStringLiteral("--lang"), QStringLiteral("fr")}
                                   << QStringLiteral("weekly-report-fr.md");
        QTest::newRow("report en") << QStringList {QStringLiteral("report"), week, QStringLiteral("--lang"), QStringLiteral("en")}
                                   << QStringLiteral("weekly-report-en.md");
        QTest::newRow("analyze json") << QStringList {QStringLiteral("analyze"), week, QStringLiteral("--format"),
                                                      QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("en")}
                                      << QStringLiteral("weekly-analyze.json");
    }
    void wholeOutput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, file);
        const QString expected = golden(file);
        QVERIFY2(!expected.isEmpty(), qPrintable(file));
        const QString actual = output(args);
        if (actual != expected) {
            QFile dump(QDir::temp().filePath(file));
            if (dump.open(QIODevice::WriteOnly))
                dump.write(actual.toUtf8());
            QFAIL(qPrintable(QStringLiteral("%1 differs: see %2 (diff it against tests/data/golden/%1; "
                                            "scripts/update-golden.sh refreshes it after an intentional change)")
                                 .arg(file, dump.fileName())));
        }
    }

    // The French report: French decimal marks, none of the grid's English words.
    void frenchReadsAsFrench()
    {
        const QString fr = wordsOnly(golden(QStringLiteral("weekly-report-fr.md")));
        static const QRegularExpression pointDecimal(QStringLiteral("(?<![\\w.])\\d+\\.\\d+(?![\\w.])"));
        QVERIFY2(!pointDecimal.match(fr).hasMatch(), qPrintable(pointDecimal.match(fr).captured(0)));
        QVERIFY(fr.contains(QStringLiteral("1,60 %")));
        for (const char *english : {"the", "stage", "held", "green", "red", "users", "error rate", "window", "above",
                                    "below", "at most", "at least", "not evaluated", "grew", "fell", "steady", "Yes",
                                    "No", "stay on", "watch ("}) {
            const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QLatin1String(english)),
                                          QRegularExpression::CaseInsensitiveOption);
            QVERIFY2(!word.match(fr).hasMatch(), english);
        }
    }

    void englishReadsAsEnglish()
    {
        const QString en = wordsOnly(golden(QStringLiteral("weekly-report-en.md")));
        static const QRegularExpression commaDecimal(QStringLiteral("\\d,\\d\\d %"));
        QVERIFY(!commaDecimal.match(en).hasMatch());
        for (const char *french : {"palier", "utilisateurs", "taux", "tenu", "vert", "rouge", "fenêtre", "décision",
                                   "résultats", "au-dessus", "sous", "débit", "Oui", "Non", "rester"}) {
            const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QLatin1String(french)),
                                          QRegularExpression::CaseInsensitiveOption);
            QVERIFY2(!word.match(en).hasMatch(), french);
        }
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
