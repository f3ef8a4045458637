// The weekly report as a small structured document, for HTML and PDF: read
// from the very Markdown `palier report` writes (so every format says the same
// words, paths included), with the grid's emoji markers and the decisions
// turned into coloured chips, a verdict banner under the title and the charts
// of the newest run of the window (docs/report.md).
#pragma once

#include "grid/assessment.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>

namespace palier {
class Language;
}

namespace palier::ui {

// A coloured label: a grid colour or a decision, always with its word, so it
// reads in grey scale too.
struct ReportChip {
    QString word;
    QColor background;
    QColor foreground;
};

struct ReportSpan {
    enum class Kind { Text, Code, Chip };
    Kind kind = Kind::Text;
    QString text;         // Text, Code; a Chip's word is chip.word
    ReportChip chip;
};
using ReportInline = QList<ReportSpan>;

struct ReportBlock {
    enum class Kind { Title, Heading, Subheading, Paragraph, ListItem, Table, Image, Verdict };
    Kind kind = Kind::Paragraph;
    ReportInline spans;                 // every kind but Table and Image
    QList<QList<ReportInline>> rows;    // Table: the header row first
    QList<Qt::Alignment> alignment;     // Table: per column
    QImage image;                       // Image, drawn `imageWidthMm` wide
    double imageWidthMm = 160;
};

struct ReportDocument {
    QString title;
    QString lang;
    QList<ReportBlock> blocks;
};

// Plain text of some inline content (chips by their word).
QString plainText(const ReportInline &spans);

struct ReportDocumentBuilder {
    // The document of the Markdown report `markdown` made from `assessment` in
    // `lang`. withCharts: draw the charts (needs a QApplication).
    static ReportDocument build(const QString &markdown, const Assessment &assessment, const Language &lang,
                                bool withCharts);
    // The Markdown alone (no banner, no chart): headings, lists, tables, chips.
    static ReportDocument fromMarkdown(const QString &markdown, const Language &lang);
    // Pixel size of the charts: laid out at 800 × 450 and drawn at twice that,
    // 1600 × 900, which is 254 pixels per inch in the 160-mm slot of the PDF.
    static QSize chartLayoutSize() { return {800, 450}; }
    static constexpr qreal kChartPixelRatio = 2.0;
};

// The document as one self-contained HTML file: styles inline, charts as
// data: URIs, no external resource.
QString reportHtml(const ReportDocument &document);

} // namespace palier::ui
