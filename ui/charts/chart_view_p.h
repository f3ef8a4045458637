// ChartView's insides, shared by the files of the chart layer (ui/charts/) and
// by nothing else: what callers asked for (the specs), and the QtCharts objects
// built from it. Split across files by idea: chart_view.cpp (life cycle),
// chart_series.cpp, chart_axes.cpp, chart_legend.cpp, chart_hover.cpp and
// chart_export.cpp.
#pragma once

#include "charts/chart_view.h"

#include <QAbstractAxis>
#include <QAreaSeries>
#include <QChart>
#include <QHash>
#include <QLineSeries>
#include <QValueAxis>

class QLabel;
class QStackedWidget;

namespace palier::ui {

class CrosshairChartView;

struct LineSpec {
    int id = 0;
    QString name;
    // What the caller gave (implicitly shared, not copied), its gaps (x before,
    // x after) found once, and the reduction of the whole of it: a zoom reduces
    // the raw points it shows again, so zooming in reveals detail.
    QList<QPointF> raw;
    QList<QPair<double, double>> gaps;
    QList<QPointF> fullPoints;
    QList<qsizetype> fullBreaks;
    QPair<double, double> window {qQNaN(), qQNaN()};   // what `points` were reduced for; NaN: everything
    QList<QPointF> points;   // reduced, NaN-free: what is drawn
    // Indices of `points` where a new segment starts: the data has a gap
    // before them (gapStarts()), so no line is drawn across it.
    QList<qsizetype> breaks;
    QColor colour;
    LineStyle style = LineStyle::Solid;
    qreal width = 2;
    bool markers = false;
};

struct BarSpec {
    int id = 0;
    QString name;
    QList<double> values;    // Category axis
    QList<QPointF> columns;  // Value/Time axis: centre and height
    double columnWidth = 0;
    QColor colour;
};

struct BandSpec {
    double from = 0, to = 0;
    QColor fill;
    QString name;
    bool vertical = false;   // an x span (a stage), else a y span (a grid colour)
    QString label;           // vertical bands: written on the plot, at its foot
};

struct RefLineSpec {
    bool vertical = false;
    double at = 0;
    QString name;
    QColor colour;
    LineStyle style = LineStyle::Dashed;
    QString label;           // vertical lines: written on the plot
};

// Where a line breaks (docs/charts.md): between two consecutive samples more
// than twice the series' step apart (its typical spacing: the median of the
// gaps between consecutive x), and at a NaN sample (the source had no value
// there). Returns the indices of the reduced points that start a segment.
QList<qsizetype> gapStarts(const QList<QPointF> &raw, const QList<QPointF> &reduced);
// The same in two steps: the gaps of the raw series, then where they break a
// reduction of it (or of a part of it).
QList<QPair<double, double>> gapsOf(const QList<QPointF> &raw);
QList<qsizetype> breaksAt(const QList<QPair<double, double>> &gaps, const QList<QPointF> &reduced);

// A limit outside the plotted y range, drawn as an arrow and a label at the edge.
struct EdgeMark {
    double at = 0;
    QString label;
    QColor colour;
    bool above = true;
};

class ChartLink;

// At most ChartView::kMaxPointsPerLine points of `raw` (LTTB), in order.
QList<QPointF> reduce(const QList<QPointF> &raw);

struct ChartView::Private {
    QChart *chart = nullptr;
    CrosshairChartView *view = nullptr;
    QLabel *placeholder = nullptr;
    QStackedWidget *stack = nullptr;
    QLabel *legend = nullptr;
    QString title;
    QString placeholderText;
    ChartAxis x, y;
    QList<LineSpec> lines;
    QList<BarSpec> bars;
    QList<BandSpec> bands;
    QList<RefLineSpec> refs;
    int nextId = 1;
    bool dirty = true;
    bool rebuildQueued = false;

    // Built state.
    QHash<int, QList<QLineSeries *>> lineSeries;   // line id → its segments, in order
    QList<QPair<int, QAreaSeries *>> bandSeries;      // band index → series
    QList<QPair<int, QLineSeries *>> refSeries;       // ref index → series
    QAbstractAxis *axisX = nullptr;
    QValueAxis *axisY = nullptr;

    // Current ranges.
    double x0 = 0, x1 = 1, y0 = 0, y1 = 1;
    double ownX0 = 0, ownX1 = 1;                      // this chart's data alone
    double homeX0 = 0, homeX1 = 1;                    // the whole range: own ∪ shared
    double viewX0 = qQNaN(), viewX1 = qQNaN();        // the zoom; NaN: the whole range
    double sharedX0 = qQNaN(), sharedX1 = qQNaN();    // the linked charts' union
    ChartLink *link = nullptr;
    double linkedHoverX = qQNaN();                    // another linked chart is hovered there
    QWidget *tools = nullptr;                         // reset and export buttons
    QWidget *resetButton = nullptr;
    int widthPx = 640;       // the widget's width at the last rebuild

    // chart_axes.cpp. computeRanges() fits x (own data, shared range, zoom),
    // reduces long lines again for a zoomed span (true when their points
    // changed: the series must be rebuilt), then fits y to what is shown.
    bool computeRanges();
    bool zoomable() const { return x.kind != ChartAxis::Kind::Category; }
    QList<EdgeMark> edgeMarks() const;
    QString formatX(double v) const;
    QString formatY(double v) const;
    // The time axis' labels for the current range and plot width (none on
    // other axes); called again whenever the plot area changes size.
    void placeTimeTicks();
    // Creates both axes on the chart, styled after the palette and font.
    void buildAxes(const QPalette &pal, const QFont &font);
    // chart_series.cpp: every spec as a series on the axes, back to front.
    void buildSeries();
    // Long lines reduced again over [x0, x1] when zoomed (their whole
    // reduction otherwise); true when some line's points changed.
    bool windowLines();
    // chart_legend.cpp
    QString legendHtml(const QPalette &palette) const;
};

} // namespace palier::ui
