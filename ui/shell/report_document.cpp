#include "shell/report_document.h"

#include "charts/chart_view.h"
#include "i18n/language.h"
#include "i18n/translations.h"
#include "shell/state_palette.h"
#include "views/run_charts.h"
#include "words/grid_words.h"

#include <QBuffer>
#include <QPalette>

#include <algorithm>

namespace palier::ui {

namespace {

// The words the HTML/PDF report adds, in the report's language (Language, not
// tr(): the UI may speak another), with the report's own context.
const char *const kChartsHeading = QT_TRANSLATE_NOOP("palier::Report", "Charts");
const char *const kLatencyByUsersCaption =
    QT_TRANSLATE_NOOP("palier::Report", "Response time against users, p95 of %1 on the grid's bands: %2");
const char *const kLatencyOverTimeCaption = QT_TRANSLATE_NOOP("palier::Report", "Response time over time: %1");

// Reports are printed and read on white: the light values of the grid's
// palette, whatever the window's theme.
StatePalette printPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    return StatePalette(palette);
}

ReportSpan colourChip(Colour c, const Language &lang)
{
    const StatePalette p = printPalette();
    return {ReportSpan::Kind::Chip, {}, {colourWord(c, lang), p.cellBackground(c), p.cellForeground(c)}};
}

ReportSpan decisionChip(Decision d, const Language &lang)
{
    const StatePalette p = printPalette();
    return {ReportSpan::Kind::Chip, {}, {decisionWord(d, lang), p.badgeBackground(d), p.badgeForeground(d)}};
}

void appendText(ReportInline &spans, const QString &text, ReportSpan::Kind kind = ReportSpan::Kind::Text)
{
    if (text.isEmpty())
        return;
    if (!spans.isEmpty() && spans.last().kind == kind && kind == ReportSpan::Kind::Text)
        spans.last().text += text;
    else
        spans.append({kind, text, {}});
}

// Plain text with the grid's markers ("🟢 green") made chips: the emoji are
// not in the report's font, and a chip says the same in colour and word.
void appendWithMarkers(ReportInline &spans, const QString &text, const Language &lang)
{
    static const Colour colours[] = {Colour::Green, Colour::Orange, Colour::Red, Colour::NotEvaluated};
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype best = -1;
        Colour found = Colour::NotEvaluated;
        for (Colour c : colours) {
            const qsizetype at = text.indexOf(colourMarker(c), from);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                found = c;
            }
        }
        if (best < 0) {
            appendText(spans, text.mid(from));
            return;
        }
        appendText(spans, text.mid(from, best - from));
        spans.append(colourChip(found, lang));
        qsizetype next = best + colourMarker(found).size();
        // The marker's word follows it: the chip carries it.
        const QString word = QLatin1Char(' ') + colourWord(found, lang);
        if (text.mid(next, word.size()) == word)
            next += word.size();
        from = next;
    }
}

// A list item or table cell: a leading decision word becomes its chip; code
// spans (`palier analyze …`) keep their monospace.
ReportInline parseInline(const QString &text, const Language &lang)
{
    ReportInline spans;
    QString rest = text;
    int bestLength = 0;
    Decision bestDecision = Decision::Go;
    for (Decision d : {Decision::Go, Decision::Watch, Decision::NoGo, Decision::Inconclusive}) {
        const QString w = decisionWord(d, lang);
        if (w.size() > bestLength && (rest == w || rest.startsWith(w + QLatin1Char(' ')))) {
            bestLength = int(w.size());
            bestDecision = d;
        }
    }
    if (bestLength > 0) {
        spans.append(decisionChip(bestDecision, lang));
        rest = rest.mid(bestLength);
    }
    const QStringList parts = rest.split(QLatin1Char('`'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        // Odd parts sit between backticks; an unpaired backtick stays text.
        if (i % 2 == 1 && i + 1 < parts.size())
            appendText(spans, parts.at(i), ReportSpan::Kind::Code);
        else
            appendWithMarkers(spans, (i % 2 == 1 ? QStringLiteral("`") : QString()) + parts.at(i), lang);
    }
    return spans;
}

QList<QString> tableCells(const QString &line)
{
    QString t = line.trimmed();
    if (t.startsWith(QLatin1Char('|')))
        t.remove(0, 1);
    if (t.endsWith(QLatin1Char('|')))
        t.chop(1);
    QList<QString> cells;
    for (const QString &c : t.split(QLatin1Char('|')))
        cells.append(c.trimmed());
    return cells;
}

bool isSeparatorRow(const QString &line)
{
    static const QString allowed = QStringLiteral("|-: ");
    if (!line.startsWith(QLatin1Char('|')) || !line.contains(QLatin1Char('-')))
        return false;
    return std::all_of(line.cbegin(), line.cend(), [](QChar c) { return allowed.contains(c); });
}

QString headingText(const Language &lang, const char *markdownHeading)
{
    return lang.translate("palier::Report", markdownHeading).section(QLatin1Char(' '), 1);
}

QImage chartImage(const std::function<void(ChartView *)> &draw)
{
    ChartView chart;
    chart.resize(ReportDocumentBuilder::chartLayoutSize());
    draw(&chart);
    // Opaque: an alpha channel would go into the PDF as a second, mask image.
    return chart.toImage(ReportDocumentBuilder::chartLayoutSize(), ReportDocumentBuilder::kChartPixelRatio)
        .convertToFormat(QImage::Format_RGB32);
}

// The charts of the newest run of the window, the run the report's key
// results start from: its response time against users (with the grid's p95
// bands and, when fitted, the capacity projection) and over time.
QList<ReportBlock> chartBlocks(const Assessment &a, const Language &lang)
{
    QList<ReportBlock> blocks;
    if (a.window.isEmpty())
        return blocks;
    const Run &run = a.runs.at(a.window.first());
    const RunVerdict *verdict = a.verdictOf(run.id);
    const Capacity *capacity = a.capacityOf(run.id);
    const StatePalette palette = printPalette();
    // The charts word their titles, axes and legends with tr(), in the
    // interface's language: in the report's while they are drawn.
    const ScopedTranslations speak(lang.code());
    ReportBlock heading;
    heading.kind = ReportBlock::Kind::Heading;
    heading.spans = {{ReportSpan::Kind::Text, lang.translate("palier::Report", kChartsHeading), {}}};
    blocks.append(heading);

    ReportBlock byUsers;
    byUsers.kind = ReportBlock::Kind::Image;
    byUsers.image = chartImage([&](ChartView *c) { RunCharts::latencyByUsers(c, run, verdict, a.profile, palette, capacity); });
    byUsers.spans = {{ReportSpan::Kind::Text,
                      lang.translate("palier::Report", kLatencyByUsersCaption)
                          .arg(a.profile.keyTransaction, run.name), {}}};
    blocks.append(byUsers);

    ReportBlock overTime;
    overTime.kind = ReportBlock::Kind::Image;
    overTime.image = chartImage([&](ChartView *c) { RunCharts::latencyOverTime(c, run, a.profile, palette); });
    overTime.spans = {{ReportSpan::Kind::Text,
                       lang.translate("palier::Report", kLatencyOverTimeCaption)
                           .arg(run.name), {}}};
    blocks.append(overTime);
    return blocks;
}

ReportBlock verdictBlock(const Assessment &a, const Language &lang)
{
    const WindowVerdict &w = a.windowVerdict;
    ReportBlock b;
    b.kind = ReportBlock::Kind::Verdict;
    b.spans.append(decisionChip(w.decision, lang));
    QString text;
    if (w.decision == Decision::Inconclusive && !w.inconclusiveReasons.isEmpty()) {
        QStringList words;
        for (InconclusiveReason r : w.inconclusiveReasons)
            words << inconclusiveReasonWord(r, lang);
        text = words.join(QStringLiteral(", "));
    } else {
        text = decisionMeaning(w.decision, lang);
    }
    appendText(b.spans, QLatin1Char(' ') + text);
    return b;
}

QString colourCss(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

QString inlineHtml(const ReportInline &spans)
{
    QString html;
    for (const ReportSpan &s : spans) {
        switch (s.kind) {
        case ReportSpan::Kind::Text: html += s.text.toHtmlEscaped(); break;
        case ReportSpan::Kind::Code: html += QStringLiteral("<code>%1</code>").arg(s.text.toHtmlEscaped()); break;
        case ReportSpan::Kind::Chip:
            html += QStringLiteral("<span class=\"chip\" style=\"background:%1;color:%2\">%3</span>")
                        .arg(colourCss(s.chip.background), colourCss(s.chip.foreground), s.chip.word.toHtmlEscaped());
            break;
        }
    }
    return html;
}

QString alignCss(Qt::Alignment a)
{
    return a & Qt::AlignRight ? QStringLiteral(" class=\"num\"") : QString();
}

} // namespace

QString plainText(const ReportInline &spans)
{
    QString text;
    for (const ReportSpan &s : spans)
        text += s.kind == ReportSpan::Kind::Chip ? s.chip.word : s.text;
    return text;
}

ReportDocument ReportDocumentBuilder::fromMarkdown(const QString &markdown, const Language &lang)
{
    ReportDocument doc;
    doc.lang = lang.code();
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        ReportBlock b;
        if (line.startsWith(QLatin1String("# "))) {
            b.kind = ReportBlock::Kind::Title;
            doc.title = line.mid(2).trimmed();
            b.spans = parseInline(doc.title, lang);
        } else if (line.startsWith(QLatin1String("## "))) {
            b.kind = ReportBlock::Kind::Heading;
            b.spans = parseInline(line.mid(3).trimmed(), lang);
        } else if (line.startsWith(QLatin1String("### "))) {
            b.kind = ReportBlock::Kind::Subheading;
            b.spans = parseInline(line.mid(4).trimmed(), lang);
        } else if (line.startsWith(QLatin1String("- "))) {
            b.kind = ReportBlock::Kind::ListItem;
            b.spans = parseInline(line.mid(2), lang);
        } else if (line.startsWith(QLatin1Char('|'))) {
            b.kind = ReportBlock::Kind::Table;
            b.rows.append(QList<ReportInline>());
            for (const QString &cell : tableCells(line))
                b.rows.last().append(parseInline(cell, lang));
            if (i + 1 < lines.size() && isSeparatorRow(lines.at(i + 1))) {
                ++i;
                for (const QString &cell : tableCells(lines.at(i)))
                    b.alignment.append(cell.endsWith(QLatin1Char(':')) ? Qt::AlignRight : Qt::AlignLeft);
            }
            while (i + 1 < lines.size() && lines.at(i + 1).startsWith(QLatin1Char('|'))) {
                ++i;
                QList<ReportInline> row;
                for (const QString &cell : tableCells(lines.at(i)))
                    row.append(parseInline(cell, lang));
                b.rows.append(row);
            }
            const qsizetype columns = b.rows.first().size();
            for (QList<ReportInline> &row : b.rows)
                row.resize(columns);   // a short row gets empty cells, a long one is cut as Markdown does
            while (b.alignment.size() < columns)
                b.alignment.append(Qt::AlignLeft);
        } else {
            b.kind = ReportBlock::Kind::Paragraph;
            b.spans = parseInline(line, lang);
        }
        doc.blocks.append(b);
    }
    return doc;
}

ReportDocument ReportDocumentBuilder::build(const QString &markdown, const Assessment &assessment, const Language &lang,
                                            bool withCharts)
{
    ReportDocument doc = fromMarkdown(markdown, lang);
    // The verdict first, under the title: what the reader came for.
    const qsizetype afterTitle = !doc.blocks.isEmpty() && doc.blocks.first().kind == ReportBlock::Kind::Title ? 1 : 0;
    doc.blocks.insert(afterTitle, verdictBlock(assessment, lang));
    if (!withCharts)
        return doc;
    // The charts close the figures: after the estimated capacity (the end of
    // the load-test results), else before the grid status, else at the end.
    auto headingAt = [&](const QString &text) -> qsizetype {
        for (qsizetype i = 0; i < doc.blocks.size(); ++i)
            if (doc.blocks.at(i).kind == ReportBlock::Kind::Heading && plainText(doc.blocks.at(i).spans) == text)
                return i;
        return -1;
    };
    qsizetype at = doc.blocks.size();
    const qsizetype capacity = headingAt(headingText(lang, QT_TRANSLATE_NOOP("palier::Report", "## Estimated capacity")));
    if (capacity >= 0) {
        at = capacity + 1;
        while (at < doc.blocks.size() && doc.blocks.at(at).kind != ReportBlock::Kind::Heading)
            ++at;
    } else if (const qsizetype grid = headingAt(headingText(lang, QT_TRANSLATE_NOOP("palier::Report", "## Grid status"))); grid >= 0) {
        at = grid;
    }
    const QList<ReportBlock> charts = chartBlocks(assessment, lang);
    for (qsizetype i = 0; i < charts.size(); ++i)
        doc.blocks.insert(at + i, charts.at(i));
    return doc;
}

QString reportHtml(const ReportDocument &doc)
{
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n")
                .arg(doc.lang.toHtmlEscaped(), doc.title.toHtmlEscaped());
    // Print rules too: a table row never splits, its header repeats on every
    // page, and words wrap whole (docs/report.md).
    html += QStringLiteral(
        "<style>\n"
        "body { font-family: \"DejaVu Sans\", sans-serif; font-size: 10pt; color: #1a1a1a; max-width: 18cm; margin: 1.5em auto; "
        "overflow-wrap: break-word; hyphens: manual; }\n"
        "h1 { font-size: 17pt; } h2 { font-size: 13pt; margin-top: 1.4em; } h3 { font-size: 11pt; }\n"
        "table { border-collapse: collapse; margin: 0.6em 0; font-size: 9pt; }\n"
        "th, td { border: 1px solid #c8c8c8; padding: 0.25em 0.45em; vertical-align: top; text-align: left; }\n"
        "th { background: #eeeeee; } td.num, th.num { text-align: right; }\n"
        "thead { display: table-header-group; } tr { break-inside: avoid; page-break-inside: avoid; }\n"
        "code { font-family: \"DejaVu Sans Mono\", monospace; font-size: 0.9em; }\n"
        ".chip { display: inline-block; border-radius: 0.7em; padding: 0 0.55em; font-weight: bold; white-space: nowrap; }\n"
        ".verdict { font-size: 12pt; } .verdict .chip { font-size: 14pt; padding: 0.1em 0.8em; }\n"
        "figure { margin: 1em 0; break-inside: avoid; } figure img { width: 16cm; max-width: 100%; height: auto; }\n"
        "figcaption { font-size: 9pt; color: #444444; }\n"
        "</style>\n</head>\n<body>\n");
    bool inList = false;
    for (const ReportBlock &b : doc.blocks) {
        if (inList && b.kind != ReportBlock::Kind::ListItem) {
            html += QStringLiteral("</ul>\n");
            inList = false;
        }
        switch (b.kind) {
        case ReportBlock::Kind::Title: html += QStringLiteral("<h1>%1</h1>\n").arg(inlineHtml(b.spans)); break;
        case ReportBlock::Kind::Heading: html += QStringLiteral("<h2>%1</h2>\n").arg(inlineHtml(b.spans)); break;
        case ReportBlock::Kind::Subheading: html += QStringLiteral("<h3>%1</h3>\n").arg(inlineHtml(b.spans)); break;
        case ReportBlock::Kind::Paragraph: html += QStringLiteral("<p>%1</p>\n").arg(inlineHtml(b.spans)); break;
        case ReportBlock::Kind::Verdict: html += QStringLiteral("<p class=\"verdict\">%1</p>\n").arg(inlineHtml(b.spans)); break;
        case ReportBlock::Kind::ListItem:
            if (!inList)
                html += QStringLiteral("<ul>\n");
            inList = true;
            html += QStringLiteral("<li>%1</li>\n").arg(inlineHtml(b.spans));
            break;
        case ReportBlock::Kind::Table:
            html += QStringLiteral("<table>\n<thead>\n<tr>");
            for (qsizetype c = 0; c < b.rows.first().size(); ++c)
                html += QStringLiteral("<th%1>%2</th>").arg(alignCss(b.alignment.at(c)), inlineHtml(b.rows.first().at(c)));
            html += QStringLiteral("</tr>\n</thead>\n<tbody>\n");
            for (qsizetype r = 1; r < b.rows.size(); ++r) {
                html += QStringLiteral("<tr>");
                for (qsizetype c = 0; c < b.rows.at(r).size(); ++c)
                    html += QStringLiteral("<td%1>%2</td>").arg(alignCss(b.alignment.at(c)), inlineHtml(b.rows.at(r).at(c)));
                html += QStringLiteral("</tr>\n");
            }
            html += QStringLiteral("</tbody>\n</table>\n");
            break;
        case ReportBlock::Kind::Image: {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            b.image.save(&buffer, "PNG");
            html += QStringLiteral("<figure><img src=\"data:image/png;base64,%1\" alt=\"%2\">"
                                   "<figcaption>%3</figcaption></figure>\n")
                        .arg(QString::fromLatin1(png.toBase64()), plainText(b.spans).toHtmlEscaped(), inlineHtml(b.spans));
            break;
        }
        }
    }
    if (inList)
        html += QStringLiteral("</ul>\n");
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

} // namespace palier::ui
