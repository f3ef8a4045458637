// A sweep of hostile variants of the real week: every file of the newest run's
// upper stages (where the decision is made) damaged in every way a user met —
// cut short anywhere, a row lost or doubled, a number made negative or "nan",
// a NUL byte, re-encoded, rows swapped, emptied. For each variant: no crash,
// the run is never split, and the window never decides better than on the
// intact week (grid.md §3: damaged evidence never makes a decision better).
#include "trust_support.h"

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
};

} // namespace

class TestTrustVariants : public QObject {
    Q_OBJECT
private slots:
    void neverBetterThanIntact()
    {
        QTemporaryDir tmp;
        const QString weekly = weeklyCopy(tmp.path());
        QVERIFY(!weekly.isEmpty());
        const Decision intact = decideOn({weekly}).windowVerdict.decision;
        const QString dir = weekly + QStringLiteral("/run-2026-11-20/");
        QStringList files;
        for (const char *stage : {"stage4_75users", "stage5_100users", "stage6_150users"})
            for (const char *kind : {"_stats.csv", "_stats_history.csv", "_failures.csv", "_exceptions.csv"})
                files << dir + QLatin1String(stage) + QLatin1String(kind);
        int variants = 0, worse = 0;
        for (const QString &path : std::as_const(files)) {
            const QByteArray original = readAll(path);
            QVERIFY(!original.isEmpty());
            for (const Mutation &m : kMutations) {
                const QByteArray damaged = m.apply(original);
                if (damaged == original)
                    continue;
                QVERIFY(writeAll(path, damaged));
                const QString what = QFileInfo(path).fileName() + QStringLiteral(": ") + QLatin1String(m.name);
                Assessment a;
                try {
                    a = decideOn({weekly});
                } catch (const InputError &) {
                    QFAIL(qPrintable(what + QStringLiteral(": a damaged stage file stopped the whole load")));
                }
                QVERIFY2(a.runs.size() == 3, qPrintable(what));
                const Decision d = a.windowVerdict.decision;
                QVERIFY2(notBetter(d, intact), qPrintable(what + QStringLiteral(" → ") + decisionId(d)));
                ++variants;
                worse += d != intact ? 1 : 0;
                QVERIFY(writeAll(path, original));
            }
        }
        qInfo("%d variants, %d decided worse than the intact week (%s)", variants, worse,
              qPrintable(decisionId(intact)));
        QVERIFY(variants >= 100);
    }
};

QTEST_GUILESS_MAIN(TestTrustVariants)
#include "tst_trust_variants.moc"
