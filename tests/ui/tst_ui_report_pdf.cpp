// The weekly report as HTML and PDF (docs/report.md): `palier report --format
// pdf|html` on the bundled week, read back with poppler's tools (pdffonts,
// pdfimages, pdftotext: Debian poppler-utils, scripts/deps.sh test); the PDF's
// pagination and wrapping guarantees from the layout data; chips instead of
// emoji; the window's exports are the command line's.
#include "gui_test_support.h"

#include "i18n/language.h"
#include "i18n/translations.h"
#include "shell/report_document.h"
#include "shell/session.h"
#include "shell/report_export.h"
#include "shell/report_pdf.h"
#include "shell/state_palette.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace palier;
using namespace palier::ui;

namespace {

// The poppler tools are part of the test dependencies: a machine without them
// fails here, saying what to install, rather than skipping.
QString tool(const char *name)
{
    const QString path = QStandardPaths::findExecutable(QLatin1String(name));
    if (path.isEmpty())
        qWarning("%s not found: install poppler-utils (scripts/deps.sh test)", name);
    return path;
}

QByteArray runTool(const QString &program, const QStringList &args, int *code)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

// `palier report …` as on a headless machine: no display and no platform
// chosen, so the executable must pick the offscreen one itself.
QByteArray runHeadless(const QStringList &args, int *code, QByteArray *err = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *v : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QLatin1String(v));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PALIER_BINARY), args);
    p.waitForFinished(180000);
    *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (err)
        *err = p.readAllStandardError();
    return p.readAllStandardOutput();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every wrapped line ends at a space, or inside a word only when that word is
// wider than the whole width; put back together, the lines are the text.
void checkWraps(const PdfLayout &layout, int *forced)
{
    for (const PdfLayout::Wrap &w : layout.wraps) {
        QString joined;
        for (const PdfLayout::Line &l : w.lines) {
            joined += l.text;
            if (l.end == PdfLayout::Line::End::Space)
                joined += QLatin1Char(' ');
            if (l.end == PdfLayout::Line::End::Forced) {
                ++*forced;
                QVERIFY2(l.wordWidth > w.width, qPrintable(l.text));
            }
        }
        QCOMPARE(joined, w.text);
        QCOMPARE(w.lines.last().end, PdfLayout::Line::End::Last);
    }
}

// Every row inside a page's body; each table's body rows once and in order;
// on each page a table continues on, its header row first.
void checkRows(const PdfLayout &layout)
{
    QMap<int, QList<PdfLayout::Row>> byTable;
    for (const PdfLayout::Row &r : layout.rows) {
        QVERIFY(r.top >= 0);
        QVERIFY2(r.bottom <= layout.contentHeight + 1e-6, qPrintable(QStringLiteral("table %1 row %2").arg(r.table).arg(r.row)));
        byTable[r.table].append(r);
    }
    for (const QList<PdfLayout::Row> &rows : std::as_const(byTable)) {
        QCOMPARE(rows.first().row, 0);
        int expected = 1;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            if (rows.at(i).page != rows.at(i - 1).page)
                QCOMPARE(rows.at(i).row, 0);   // the header again, first on the new page
            if (rows.at(i).row != 0)
                QCOMPARE(rows.at(i).row, expected++);
        }
    }
}

} // namespace

class TestUiReportPdf : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::quietOffscreen(); }
    void cliPdfEmbedsFontsChartsAndNoMachinePath();
    void cliHtmlIsSelfContained();
    void cliDocumentFormatsFollowOutRules();
    void chipsReplaceTheEmojiMarkers();
    void chartsSpeakTheReportsLanguage();
    void tableRowsNeverSplitAndHeadersRepeat();
    void wordsBreakOnlyWhenWiderThanTheColumn();
    void windowExportsAreTheCliFiles();
};

void TestUiReportPdf::cliPdfEmbedsFontsChartsAndNoMachinePath()
{
    const QString pdffonts = tool("pdffonts"), pdfimages = tool("pdfimages"), pdftotext = tool("pdftotext");
    QVERIFY2(!pdffonts.isEmpty() && !pdfimages.isEmpty() && !pdftotext.isEmpty(),
             "poppler-utils (pdffonts, pdfimages, pdftotext) is needed: scripts/deps.sh test");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("week.pdf"));
    int code = -1;
    QByteArray err;
    runHeadless({QStringLiteral("report"), test::sampleDir(), QStringLiteral("--lang"), QStringLiteral("en"),
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf}, &code, &err);
    QVERIFY2(code == 0, err.constData());
    QVERIFY(readFile(pdf).startsWith("%PDF-"));

    // Fonts: every one embedded (pdffonts' "emb" column), all DejaVu.
    const QStringList fontLines = QString::fromUtf8(runTool(pdffonts, {pdf}, &code)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(code, 0);
    QVERIFY(fontLines.size() >= 3);
    const qsizetype emb = fontLines.first().indexOf(QStringLiteral(" emb ")) + 1;
    QVERIFY(emb > 0);
    for (qsizetype i = 2; i < fontLines.size(); ++i) {
        QVERIFY2(fontLines.at(i).mid(emb, 3) == u"yes", qPrintable(fontLines.at(i)));
        QVERIFY2(fontLines.at(i).contains(QStringLiteral("DejaVu")), qPrintable(fontLines.at(i)));
    }

    // Images: at least the two charts, at 150 pixels per inch or more.
    const QStringList imageLines = QString::fromUtf8(runTool(pdfimages, {QStringLiteral("-list"), pdf}, &code)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(code, 0);
    int images = 0;
    for (qsizetype i = 2; i < imageLines.size(); ++i) {
        const QStringList cols = imageLines.at(i).simplified().split(QLatin1Char(' '));
        QVERIFY2(cols.size() >= 14, qPrintable(imageLines.at(i)));
        if (cols.at(2) != u"image")
            continue;
        ++images;
        QVERIFY2(cols.at(12).toInt() >= 150 && cols.at(13).toInt() >= 150, qPrintable(imageLines.at(i)));
    }
    QVERIFY2(images >= 2, qPrintable(imageLines.join(QLatin1Char('\n'))));

    // Text: no replacement character, no machine path, and every character in the report's font.
    const QString text = QString::fromUtf8(runTool(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}, &code));
    QCOMPARE(code, 0);
    QVERIFY(text.contains(QStringLiteral("run-2026-11-20")));
    QVERIFY(text.contains(QStringLiteral("GO")));
    QVERIFY(!text.contains(QChar(0xFFFD)));
    // No ligature glyph: the text reads back as written, paths included.
    for (uint c = 0xFB00; c <= 0xFB06; ++c)
        QVERIFY2(!text.contains(QChar(c)), qPrintable(QStringLiteral("ligature U+%1").arg(c, 4, 16)));
    QVERIFY(text.contains(QStringLiteral("(palier-profile.json)")));
    QVERIFY2(!text.contains(test::sampleDir()), "the sample folder's absolute path is in the PDF");
    QVERIFY(!text.contains(QStringLiteral(PALIER_SOURCE_DIR)));
    const QRawFont font = QRawFont::fromFont(QFont(ReportPdf::fontFamily()));
    QVERIFY(font.isValid());
    QCOMPARE(font.familyName(), ReportPdf::fontFamily());
    const QList<uint> codePoints = text.toUcs4();
    for (uint c : codePoints)
        if (!QChar::isSpace(c) && c != 0x0C)   // form feed: pdftotext's page break
            QVERIFY2(font.supportsCharacter(c), qPrintable(QStringLiteral("U+%1 not in %2").arg(c, 4, 16, QLatin1Char('0')).arg(font.familyName())));
    for (const char *marker : {"🟢", "🟠", "🔴", "⚪"})
        QVERIFY(!text.contains(QString::fromUtf8(marker)));
}

void TestUiReportPdf::cliHtmlIsSelfContained()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("week.html"));
    int code = -1;
    QByteArray err;
    runHeadless({QStringLiteral("report"), test::sampleDir(), QStringLiteral("--format"), QStringLiteral("html"),
                 QStringLiteral("--out"), out}, &code, &err);
    QVERIFY2(code == 0, err.constData());
    const QString html = QString::fromUtf8(readFile(out));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.count(QStringLiteral("<img src=\"data:image/png;base64,")) >= 2);
    QCOMPARE(html.count(QStringLiteral("<img ")), html.count(QStringLiteral("<img src=\"data:image/png;base64,")));
    QVERIFY(!html.contains(QStringLiteral("http://")) && !html.contains(QStringLiteral("https://")));
    QVERIFY(!html.contains(QStringLiteral("url(")));
    QVERIFY(!html.contains(QStringLiteral("<link")) && !html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(test::sampleDir()));
    QVERIFY(!html.contains(QStringLiteral(PALIER_SOURCE_DIR)));
    // The verdict as a chip (the bundled week decides GO), and the grid's colours as chips.
    QVERIFY(html.contains(QRegularExpression(QStringLiteral("<p class=\"verdict\"><span class=\"chip\" style=\"background:#006e50;[^\"]*\">GO</span>"))));
    QVERIFY(html.count(QStringLiteral("<span class=\"chip\"")) >= 10);
    for (const char *marker : {"🟢", "🟠", "🔴"})
        QVERIFY(!html.contains(QString::fromUtf8(marker)));

    // Without --out, HTML goes to stdout, the same document.
    const QByteArray printed = runHeadless({QStringLiteral("report"), test::sampleDir(), QStringLiteral("--format"), QStringLiteral("html")}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(printed, readFile(out));
}

void TestUiReportPdf::cliDocumentFormatsFollowOutRules()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("week.pdf"));
    int code = -1;
    QByteArray err;
    // A PDF needs --out: exit 2, one line, nothing on stdout.
    const QByteArray out = runHeadless({QStringLiteral("report"), test::sampleDir(), QStringLiteral("--format"), QStringLiteral("pdf")}, &code, &err);
    QCOMPARE(code, 2);
    QVERIFY(out.isEmpty());
    QVERIFY2(err.contains("--out"), err.constData());
    QCOMPARE(err.trimmed().count('\n'), 0);
    // Never over an existing file without --force (exit 2, file untouched), as for Markdown.
    QFile old(pdf);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("last week\n");
    old.close();
    runHeadless({QStringLiteral("report"), test::sampleDir(), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf}, &code, &err);
    QCOMPARE(code, 2);
    QVERIFY2(err.contains("--force"), err.constData());
    QCOMPARE(readFile(pdf), QByteArray("last week\n"));
    runHeadless({QStringLiteral("report"), test::sampleDir(), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf,
                 QStringLiteral("--force")}, &code, &err);
    QCOMPARE(code, 0);
    QVERIFY(readFile(pdf).startsWith("%PDF-"));
    // A bad week is refused before anything is drawn, in one line, exit 2.
    runHeadless({QStringLiteral("report"), test::sampleDir(), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--week"),
                 QStringLiteral("2026-W99")}, &code, &err);
    QCOMPARE(code, 2);
    QCOMPARE(err.trimmed().count('\n'), 0);
}

void TestUiReportPdf::chipsReplaceTheEmojiMarkers()
{
    auto w = test::windowOnSample();
    QVERIFY(w);
    const Assessment &a = w->session()->assessment();
    ReportOptions options;
    options.lang = QStringLiteral("en");
    const QString md = ReportExport::markdown(a, options);
    QVERIFY(md.contains(QString::fromUtf8("🟢")));   // the Markdown keeps its markers
    const ReportDocument doc = ReportDocumentBuilder::build(md, a, Language::get(options.lang), /*withCharts=*/true);
    int chips = 0, images = 0;
    QList<QString> chipWords;
    for (const ReportBlock &b : doc.blocks) {
        QList<ReportInline> all {b.spans};
        for (const QList<ReportInline> &row : b.rows)
            all += row;
        for (const ReportInline &spans : all) {
            for (const char *marker : {"🟢", "🟠", "🔴", "⚪"})
                QVERIFY(!plainText(spans).contains(QString::fromUtf8(marker)));
            for (const ReportSpan &s : spans)
                if (s.kind == ReportSpan::Kind::Chip) {
                    ++chips;
                    chipWords << s.chip.word;
                    QVERIFY(s.chip.background.isValid() && s.chip.background != s.chip.foreground);
                }
        }
        if (b.kind == ReportBlock::Kind::Image) {
            ++images;
            QVERIFY(b.image.width() >= 1600 && b.image.height() >= 900);
        }
    }
    QCOMPARE(images, 2);
    // The verdict banner under the title: the window's decision, on its badge colour.
    QCOMPARE(doc.blocks.at(1).kind, ReportBlock::Kind::Verdict);
    const ReportSpan &verdict = doc.blocks.at(1).spans.first();
    QCOMPARE(verdict.kind, ReportSpan::Kind::Chip);
    QCOMPARE(a.windowVerdict.decision, Decision::Go);
    QCOMPARE(verdict.chip.word, QStringLiteral("GO"));
    QCOMPARE(verdict.chip.background, StatePalette().badgeBackground(Decision::Go));
    // Per run: the held criterion and the decision of the runs table; per
    // criterion in the reasons: 3 runs × 3 criteria.
    QCOMPARE(chipWords.count(QStringLiteral("orange")), md.count(QString::fromUtf8("🟠")));
    QCOMPARE(chipWords.count(QStringLiteral("green")), md.count(QString::fromUtf8("🟢")));
    QVERIFY(chipWords.count(QStringLiteral("WATCH")) >= 1);
}

// The interface speaks English here (LC_ALL=C.UTF-8): a French report's
// charts are still drawn in French — titles, axes, legends and decimal marks —
// and the interface speaks English again afterwards.
void TestUiReportPdf::chartsSpeakTheReportsLanguage()
{
    // As palier starts: the interface's translations installed (numbers then
    // follow Language, without group separators).
    QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
    auto w = test::windowOnSample();
    QVERIFY(w);
    const Assessment &a = w->session()->assessment();
    auto charts = [&](const char *code) {
        ReportOptions options;
        options.lang = QLatin1String(code);
        const ReportDocument doc = ReportDocumentBuilder::build(ReportExport::markdown(a, options), a,
                                                                Language::get(options.lang), /*withCharts=*/true);
        QList<QImage> images;
        for (const ReportBlock &b : doc.blocks)
            if (b.kind == ReportBlock::Kind::Image)
                images.append(b.image);
        return images;
    };
    const QList<QImage> en = charts("en"), fr = charts("fr"), enAgain = charts("en");
    QCOMPARE(en.size(), 2);
    QCOMPARE(fr.size(), 2);
    // Same data, same size: only the words (and decimal marks) differ.
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(fr.at(i).size(), en.at(i).size());
        QVERIFY2(fr.at(i) != en.at(i), "the French report's chart is the English one");
        QCOMPARE(enAgain.at(i), en.at(i));
    }
    QCOMPARE(Language::ui().code(), QStringLiteral("en"));
    QCOMPARE(QLocale().decimalPoint(), QStringLiteral("."));
}

void TestUiReportPdf::tableRowsNeverSplitAndHeadersRepeat()
{
    // A table that starts low on the first page and runs over several, with
    // rows of different heights.
    ReportDocument doc;
    doc.title = QStringLiteral("Pagination");
    for (int i = 0; i < 12; ++i)
        doc.blocks.append({ReportBlock::Kind::Paragraph, {{ReportSpan::Kind::Text, QStringLiteral("Filler paragraph %1 with a few words to wrap over the page's width, again and again and again.").arg(i), {}}}, {}, {}, {}, 160});
    ReportBlock table;
    table.kind = ReportBlock::Kind::Table;
    auto cell = [](const QString &t) { return ReportInline {{ReportSpan::Kind::Text, t, {}}}; };
    table.rows.append({cell(QStringLiteral("Run")), cell(QStringLiteral("Notes")), cell(QStringLiteral("p95"))});
    for (int r = 1; r <= 90; ++r) {
        QString notes = QStringLiteral("note");
        for (int k = 0; k < r % 7; ++k)
            notes += QStringLiteral(" the stage held with a continuous rise of latency");
        table.rows.append({cell(QStringLiteral("run-%1").arg(r)), cell(notes), cell(QString::number(r * 10) + QStringLiteral(" ms"))});
    }
    table.alignment = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight};
    doc.blocks.append(table);
    PdfLayout layout;
    QString error;
    QVERIFY(!ReportPdf::render(doc, &error, &layout).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(layout.pages >= 3);
    checkRows(layout);
    // The table does straddle page breaks, each time with its header repeated.
    int headers = 0, pages = 0, lastPage = -1;
    for (const PdfLayout::Row &r : layout.rows) {
        headers += r.row == 0 ? 1 : 0;
        if (r.page != lastPage)
            ++pages;
        lastPage = r.page;
    }
    QVERIFY(pages >= 3);
    QCOMPARE(headers, pages);
    int bodyRows = 0;
    for (const PdfLayout::Row &r : layout.rows)
        bodyRows += r.row ? 1 : 0;
    QCOMPARE(bodyRows, 90);
    // Some rows must have been pushed: the space left at a page's foot was
    // smaller than the next row, which went whole to the next page.
    bool pushed = false;
    for (qsizetype i = 1; i < layout.rows.size(); ++i)
        if (layout.rows.at(i).page != layout.rows.at(i - 1).page)
            pushed = pushed || layout.rows.at(i - 1).bottom < layout.contentHeight - 1;
    QVERIFY(pushed);
}

void TestUiReportPdf::wordsBreakOnlyWhenWiderThanTheColumn()
{
    ReportDocument doc;
    auto text = [](const QString &t) { return ReportInline {{ReportSpan::Kind::Text, t, {}}}; };
    QString longText;
    for (int i = 0; i < 60; ++i)
        longText += QStringLiteral("capacity%1 ").arg(i);
    doc.blocks.append({ReportBlock::Kind::Paragraph, text(longText.trimmed()), {}, {}, {}, 160});
    // One word wider than any column: the only one that may be cut.
    const QString huge = QStringLiteral("x").repeated(400);
    doc.blocks.append({ReportBlock::Kind::ListItem, text(QStringLiteral("before ") + huge + QStringLiteral(" after")), {}, {}, {}, 160});
    ReportBlock table;
    table.kind = ReportBlock::Kind::Table;
    QList<ReportInline> header, row;
    for (int c = 0; c < 8; ++c) {
        header << text(QStringLiteral("Column %1 with a long title").arg(c));
        row << text(QStringLiteral("2026-11-22 19:18 — 3300 ms (orange) throughput grew 3 % from 75 to 100 users"));
    }
    table.rows = {header, row, row};
    table.alignment = QList<Qt::Alignment>(8, Qt::AlignLeft);
    doc.blocks.append(table);
    PdfLayout layout;
    QString error;
    QVERIFY(!ReportPdf::render(doc, &error, &layout).isEmpty());
    int forced = 0;
    checkWraps(layout, &forced);
    QVERIFY(forced >= 1);   // the huge word, and only words as wide, were cut
    int lines = 0;
    for (const PdfLayout::Wrap &w : layout.wraps)
        lines += int(w.lines.size());
    QVERIFY(lines > layout.wraps.size() + 10);   // much wrapping happened

    // The bundled week's report: every guarantee, and no word cut at all.
    auto win = test::windowOnSample();
    QVERIFY(win);
    ReportOptions options;
    const Assessment &a = win->session()->assessment();
    const ReportDocument week = ReportDocumentBuilder::build(ReportExport::markdown(a, options), a, Language::get(options.lang), true);
    PdfLayout weekLayout;
    QVERIFY(!ReportPdf::render(week, &error, &weekLayout).isEmpty());
    forced = 0;
    checkWraps(weekLayout, &forced);
    QCOMPARE(forced, 0);
    checkRows(weekLayout);
    QCOMPARE(weekLayout.images.size(), 2);
    for (const PdfLayout::Image &i : weekLayout.images)
        QVERIFY(i.pixels.width() / (i.widthMm / 25.4) >= 150 && i.pixels.height() / (i.heightMm / 25.4) >= 150);
}

void TestUiReportPdf::windowExportsAreTheCliFiles()
{
    auto w = test::windowOnSample();
    QVERIFY(w);
    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("w.html"));
    QCOMPARE(w->exportReportTo(html, ReportFormat::Html, ReportOptions()), QString());
    int code = -1;
    const QByteArray cli = runHeadless({QStringLiteral("report"), test::sampleDir(), QStringLiteral("--format"), QStringLiteral("html")}, &code);
    QCOMPARE(code, 0);
    // Same document; the charts' pixels may differ by the processes' fonts, not their number.
    static const QRegularExpression data(QStringLiteral("base64,[A-Za-z0-9+/=]+"));
    QString fromWindow = QString::fromUtf8(readFile(html)), fromCli = QString::fromUtf8(cli);
    QCOMPARE(fromWindow.count(data), fromCli.count(data));
    QCOMPARE(fromWindow.replace(data, QStringLiteral("base64,")), fromCli.replace(data, QStringLiteral("base64,")));

    const QString pdf = dir.filePath(QStringLiteral("w.pdf"));
    QCOMPARE(w->exportReportTo(pdf, ReportFormat::Pdf, ReportOptions()), QString());
    QVERIFY(readFile(pdf).startsWith("%PDF-"));
    const QString pdftotext = tool("pdftotext");
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext is needed: scripts/deps.sh test");
    const QString cliPdf = dir.filePath(QStringLiteral("c.pdf"));
    runHeadless({QStringLiteral("report"), test::sampleDir(), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), cliPdf}, &code);
    QCOMPARE(code, 0);
    const QByteArray a = runTool(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}, &code);
    const QByteArray b = runTool(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), cliPdf, QStringLiteral("-")}, &code);
    QVERIFY(!a.isEmpty());
    QCOMPARE(a, b);
}

PALIER_UI_TEST_MAIN(TestUiReportPdf)
#include "tst_ui_report_pdf.moc"
