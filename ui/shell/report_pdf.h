// The weekly report as an A4 PDF, laid out by Palier itself with QPainter on a
// QPdfWriter rather than by QTextDocument, for guarantees a text engine does
// not give (docs/report.md, "PDF"):
// - a table row never splits across pages: a row that does not fit goes whole
//   to the next page, under a repeat of the table's header row;
// - lines wrap at spaces only; only a single word wider than its column is
//   broken, where it must;
// - text is set in DejaVu Sans (Debian fonts-dejavu-core), embedded by Qt's
//   PDF writer as font subsets; the grid's colours are drawn chips, not emoji;
// - charts are raster images of 254 pixels per inch.
// What was laid out where is returned for the tests to check these.
#pragma once

#include "shell/report_document.h"

#include <QCoreApplication>
#include <QList>
#include <QSize>
#include <QString>

namespace palier::ui {

struct PdfLayout {
    // A stretch of text wrapped to a width: a paragraph, a list item, a cell.
    struct Line {
        enum class End { Space, Forced, Last };   // Forced: inside a word wider than the width
        QString text;
        End end = End::Last;
        double wordWidth = 0;   // Forced: the width of the whole word being broken
    };
    struct Wrap {
        QString text;           // the text wrapped, words joined by single spaces as laid out
        double width = 0;       // device units
        QList<Line> lines;
    };
    // One table row as placed (the header row again at the top of each page the table continues on).
    struct Row {
        int table = 0;          // tables numbered from 0 in document order
        int row = 0;            // 0: the header row
        int page = 0;           // from 0
        double top = 0, bottom = 0;   // device units from the top of the page's content
    };
    struct Image {
        int page = 0;
        QSize pixels;
        double widthMm = 0, heightMm = 0;
    };
    int pages = 0;
    double contentHeight = 0;   // device units available to the body on a page
    double resolution = 0;      // device units per inch
    QList<Wrap> wraps;
    QList<Row> rows;
    QList<Image> images;
};

struct ReportPdf {
    Q_DECLARE_TR_FUNCTIONS(palier::ui::ReportPdf)
public:
    static QString fontFamily() { return QStringLiteral("DejaVu Sans"); }
    static QString monoFontFamily() { return QStringLiteral("DejaVu Sans Mono"); }
    // The PDF's bytes; empty with one line in *error when it cannot be made
    // (the report's font is missing). `layout`, when given, gets where things went.
    static QByteArray render(const ReportDocument &document, QString *error, PdfLayout *layout = nullptr);
};

} // namespace palier::ui
