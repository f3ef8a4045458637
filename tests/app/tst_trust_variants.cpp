// A sweep of hostile variants of the real week: every file of the newest run
// (where the decision is made), and the target stage of the oldest run of the
// window, damaged in every way a user met — cut short anywhere, a row lost or
// doubled, a number made negative or "nan", a NUL byte, the header lost, the
// file written twice, re-encoded, rows swapped, emptied.
//
// Each variant is judged under three grids that make the intact week GO, WATCH
// and NO-GO, so that "better" can happen in every direction: no crash, the
// run is never split, and the window never decides better than on the intact
// week (docs/grid-rules.md §8, §10: damaged evidence never makes a
// decision better, and a NO-GO the valid runs give stands). Changes that are not
// damage (Windows line ends, a UTF-8 byte order mark) decide exactly as the
// intact week does.
#include "trust_support.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace palier;
using namespace palier::trust;

namespace {

struct Mutation {
    const char *name;
    QByteArray (*apply)(const QByteArray &);
};

QList<qsizetype> lineStarts(const QByteArray &b)
{
    QList<qsizetype> out {0};
    for (qsizetype i = 0; i < b.size(); ++i)
        if (b[i] == '\n' && i + 1 < b.size())
            out << i + 1;
    return out;
}

QByteArray cutAt(const QByteArray &b, double fraction) { return b.left(qsizetype(double(b.size()) * fraction)); }

QByteArray withoutLine(const QByteArray &b, double where)
{
    const QList<qsizetype> starts = lineStarts(b);
    if (starts.size() < 3)
        return b.left(b.size() / 2);
    const qsizetype i = std::clamp<qsizetype>(qsizetype(double(starts.size()) * where), 1, starts.size() - 2);
    return b.left(starts[i]) + b.mid(starts[i + 1]);
}

QByteArray doubledLine(const QByteArray &b)
{
    const QList<qsizetype> starts = lineStarts(b);
    if (starts.size() < 3)
        return b + b;
    const qsizetype i = starts.size() / 2;
    return b.left(starts[i + 1]) + b.mid(starts[i], starts[i + 1] - starts[i]) + b.mid(starts[i + 1]);
}

QByteArray swappedLines(const QByteArray &b)
{
    const QList<qsizetype> starts = lineStarts(b);
    if (starts.size() < 4)
        return b;
    const qsizetype i = starts.size() / 2;
    const QByteArray first = b.mid(starts[i], starts[i + 1] - starts[i]);
    const QByteArray second = b.mid(starts[i + 1], starts[i + 2] - starts[i + 1]);
    return b.left(starts[i]) + second + first + b.mid(starts[i + 2]);
}

// The first number after the header made negative, or replaced by "nan".
QByteArray numberReplaced(const QByteArray &b, bool nan)
{
    static const QRegularExpression number(QStringLiteral(",(\\d+\\.\\d+),"));
    const qsizetype body = b.indexOf('\n') + 1;
    const QString text = QString::fromUtf8(b);
    const QRegularExpressionMatch m = number.match(text, body + (b.size() - body) / 2);
    if (!m.hasMatch())
        return b;
    QString out = text;
    out.replace(m.capturedStart(1), m.capturedLength(1), nan ? QStringLiteral("nan") : QLatin1Char('-') + m.captured(1));
    return out.toUtf8();
}

QByteArray utf16(const QByteArray &b)
{
    QStringEncoder enc(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    return enc.encode(QString::fromUtf8(b));
}

const Mutation kMutations[] = {
    {"cut at a third", [](const QByteArray &b) { return cutAt(b, 1.0 / 3); }},
    {"cut at two thirds", [](const QByteArray &b) { return cutAt(b, 2.0 / 3); }},
    {"cut one byte short", [](const QByteArray &b) { return b.left(b.size() - 3); }},
    {"a row lost early", [](const QByteArray &b) { return withoutLine(b, 0.2); }},
    {"a row lost late", [](const QByteArray &b) { return withoutLine(b, 0.8); }},
    {"a row doubled", doubledLine},
    {"two rows swapped", swappedLines},
    {"a negative number", [](const QByteArray &b) { return numberReplaced(b, false); }},
    {"a nan", [](const QByteArray &b) { return numberReplaced(b, true); }},
    {"a NUL byte", [](const QByteArray &b) { QByteArray c = b; c[c.size() / 2] = '\0'; return c; }},
    {"UTF-16", utf16},
    {"emptied", [](const QByteArray &) { return QByteArray(); }},
    {"header lost", [](const QByteArray &b) { return b.mid(b.indexOf('\n') + 1); }},
    {"header only", [](const QByteArray &b) { return b.left(b.indexOf('\n') + 1); }},
    {"written twice", [](const QByteArray &b) -> QByteArray { return b + b; }},
    {"cut mid-header", [](const QByteArray &b) { return b.left(std::max<qsizetype>(1, b.indexOf('\n') / 2)); }},
};

// Not damage: the same content as a Windows editor or Excel saves it.
const Mutation kHarmless[] = {
    {"CRLF line ends", [](const QByteArray &b) {
         QByteArray c = b;
         return c.replace("\r\n", "\n").replace("\n", "\r\n");
     }},
    {"UTF-8 byte order mark", [](const QByteArray &b) -> QByteArray { return QByteArray("\xEF\xBB\xBF") + b; }},
};

// The demo grid with the key transaction's p95 limits and the error rate's
// green limit changed: the intact week decides GO, WATCH or NO-GO under it.
struct Baseline {
    const char *name;
    double p95Green, p95Orange, errorGreen;
};
const Baseline kBaselines[] = {
    {"GO", 2500, 4000, 1},
    {"WATCH", 2500, 4000, 0.3},   // p95 and error rate both orange
    {"NO-GO", 1000, 2000, 1},     // p95 red in every run
};

QString writeProfile(const QString &dir, const Baseline &b)
{
    QJsonObject profile = QJsonDocument::fromJson(readAll(demoProfile())).object();
    QJsonArray criteria = profile.value(QStringLiteral("criteria")).toArray();
    QJsonObject p95 = criteria.at(0).toObject(), errors = criteria.at(1).toObject();
    p95.insert(QStringLiteral("green"), b.p95Green);
    p95.insert(QStringLiteral("orange"), b.p95Orange);
    errors.insert(QStringLiteral("green"), b.errorGreen);
    criteria.replace(0, p95);
    criteria.replace(1, errors);
    profile.insert(QStringLiteral("criteria"), criteria);
    const QString path = dir + QStringLiteral("/grid-") + QLatin1String(b.name) + QStringLiteral(".json");
    return writeAll(path, QJsonDocument(profile).toJson()) ? path : QString();
}

} // namespace

class TestTrustVariants : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_weekly = weeklyCopy(m_tmp.path() + QStringLiteral("/week"));
        QVERIFY(!m_weekly.isEmpty());
        const QList<Run> runs = loadRuns({m_weekly}).runs;
        for (const Baseline &b : kBaselines) {
            const QString file = writeProfile(m_tmp.path(), b);
            QVERIFY(!file.isEmpty());
            m_profiles << Profile::fromFile(file);
            m_intact << assess(runs, m_profiles.last(), file).windowVerdict.decision;
            // The grids do what they are named for, or the sweep proves nothing.
            QCOMPARE(decisionId(m_intact.last()), QString::fromLatin1(b.name).replace(QLatin1Char('-'), QLatin1Char('_')));
        }
    }

    void neverBetterThanIntact()
    {
        const QStringList files = damagedFiles();
        int variants = 0, worse = 0;
        for (const QString &path : files) {
            const QByteArray original = readAll(path);
            QVERIFY2(!original.isEmpty(), qPrintable(path));
            for (const Mutation &m : kMutations) {
                const QByteArray damaged = m.apply(original);
                if (damaged == original)
                    continue;
                QVERIFY(writeAll(path, damaged));
                const QList<Decision> decisions = decide(what(path, m));
                QVERIFY(writeAll(path, original));
                if (QTest::currentTestFailed())
                    return;
                for (qsizetype g = 0; g < decisions.size(); ++g) {
                    QVERIFY2(notBetter(decisions[g], m_intact[g]),
                             qPrintable(what(path, m) + QStringLiteral(", grid ") + QLatin1String(kBaselines[g].name)
                                        + QStringLiteral(" → ") + decisionId(decisions[g])));
                    ++variants;
                    worse += decisions[g] != m_intact[g] ? 1 : 0;
                }
            }
        }
        qInfo("%d variants (%lld files, %d grids), %d decided worse than the intact week", variants,
              qlonglong(files.size()), int(std::size(kBaselines)), worse);
        QVERIFY(variants >= 300);
    }

    void harmlessChangesDecideTheSame()
    {
        for (const QString &path : damagedFiles()) {
            const QByteArray original = readAll(path);
            for (const Mutation &m : kHarmless) {
                QVERIFY(writeAll(path, m.apply(original)));
                const QList<Decision> decisions = decide(what(path, m));
                QVERIFY(writeAll(path, original));
                if (QTest::currentTestFailed())
                    return;
                for (qsizetype g = 0; g < decisions.size(); ++g)
                    QVERIFY2(decisions[g] == m_intact[g],
                             qPrintable(what(path, m) + QStringLiteral(", grid ") + QLatin1String(kBaselines[g].name)
                                        + QStringLiteral(" → ") + decisionId(decisions[g])));
            }
        }
    }

private:
    // Every file of the newest run, and the target stage of the oldest run of the window.
    QStringList damagedFiles() const
    {
        QStringList files;
        const auto add = [&](const char *run, std::initializer_list<const char *> stages) {
            for (const char *stage : stages)
                for (const char *kind : {"_stats.csv", "_stats_history.csv", "_failures.csv", "_exceptions.csv"})
                    files << m_weekly + QLatin1Char('/') + QLatin1String(run) + QLatin1Char('/') + QLatin1String(stage)
                                 + QLatin1String(kind);
        };
        add("run-2026-11-20",
            {"stage1_5users", "stage2_20users", "stage3_50users", "stage4_75users", "stage5_100users", "stage6_150users"});
        add("run-2026-11-16", {"stage5_100users"});
        return files;
    }

    static QString what(const QString &path, const Mutation &m)
    {
        return QFileInfo(path).dir().dirName() + QLatin1Char('/') + QFileInfo(path).fileName() + QStringLiteral(": ")
               + QLatin1String(m.name);
    }

    // The week as it is on disk now, loaded once and decided under every grid;
    // fails the test (empty list) when the load stops or splits a run.
    QList<Decision> decide(const QString &what) const
    {
        QList<Run> runs;
        try {
            runs = loadRuns({m_weekly}).runs;
        } catch (const InputError &) {
            QTest::qFail(qPrintable(what + QStringLiteral(": a damaged stage file stopped the whole load")), __FILE__,
                         __LINE__);
            return {};
        }
        if (runs.size() != 3) {
            QTest::qFail(qPrintable(what + QStringLiteral(": the week now has %1 runs").arg(runs.size())), __FILE__,
                         __LINE__);
            return {};
        }
        QList<Decision> out;
        for (const Profile &p : m_profiles)
            out << assess(runs, p, QString()).windowVerdict.decision;
        return out;
    }

    QTemporaryDir m_tmp;
    QString m_weekly;
    QList<Profile> m_profiles;
    QList<Decision> m_intact;
};

QTEST_GUILESS_MAIN(TestTrustVariants)
#include "tst_trust_variants.moc"
