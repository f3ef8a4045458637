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
    QList<QPointF> points;   // reduced, NaN-free
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
    int widthPx = 640;       // width the time ticks were chosen for

    // chart_axes.cpp
    void computeRanges();
    QString formatX(double v) const;
    QString formatY(double v) const;
    // Creates both axes on the chart, styled after the palette and font.
    void buildAxes(const QPalette &pal, const QFont &font);
    // chart_series.cpp: every spec as a series on the axes, back to front.
    void buildSeries();
    // chart_legend.cpp
    QString legendHtml(const QPalette &palette) const;
};

} // namespace palier::ui
