// Palier's one chart layer. Every chart in the window goes through ChartView,
// and only ui/charts/ includes QtCharts (deprecated from Qt 6.10): replacing
// the drawing library later means rewriting that folder, not every view.
//
// The API is small on purpose: axes, lines, bars and columns, horizontal bands,
// reference lines, and exports. The legend is ours (a wrapping line under the
// plot), so a chart with many series never truncates their names. Long series are reduced (LTTB, app/analysis/lttb.h) before
// drawing and handed to the drawing layer in bulk, so a million-point run stays
// smooth. Hovering shows the values under the cursor with a crosshair.
//
// Time and value x axes zoom and pan (docs/charts.md): the wheel zooms about
// the cursor, a drag pans, Shift+drag zooms to the span dragged over, a
// double-click or the reset button shows everything again. The y axis fits
// what is shown; a grid limit beyond it is an arrow and a label at the edge.
// Charts linked by linkX() share one time axis: one whole range, one zoom, one
// crosshair.
#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <limits>
#include <memory>

class QImage;
class QPainter;

namespace palier::ui {

struct ChartAxis {
    enum class Kind {
        Value,      // numbers (users, ms, req/s)
        Time,       // x in Unix epoch milliseconds, shown in local time
        Category    // one slot per category (bars), x = index
    };
    Kind kind = Kind::Value;
    QString title;
    QString unit;            // appended to values in hover text: " ms", " users"
    int decimals = 0;        // value labels and hover text
    double min = std::numeric_limits<double>::quiet_NaN();   // NaN: fitted to the data
    double max = std::numeric_limits<double>::quiet_NaN();
    bool fromZero = true;    // value axes start at 0 unless min is set
    double spanTo = std::numeric_limits<double>::quiet_NaN();   // value axes reach at least this far (fitted otherwise)
    QStringList categories;  // Kind::Category
};

enum class LineStyle { Solid, Dashed, Dotted };

class ChartView : public QWidget {
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);
    ~ChartView() override;

    void clear();                                 // drops every series; keeps title and axes
    void setTitle(const QString &title);
    void setAxes(const ChartAxis &x, const ChartAxis &y);
    void setPlaceholder(const QString &text);     // shown instead of an empty chart

    // A data line, x ascending. Returns its id. The line breaks at a NaN
    // point and where two points are more than twice the series' typical
    // step apart: no line is drawn across missing data.
    int addLine(const QString &name, const QList<QPointF> &points, const QColor &colour,
                LineStyle style = LineStyle::Solid, qreal width = 2.0, bool markers = false);
    // Replaces a line's points in one go (live data).
    void replaceLine(int id, const QList<QPointF> &points);
    // Bars on a Category x axis: one value per category; NaN leaves the slot empty.
    int addBars(const QString &name, const QList<double> &values, const QColor &colour);
    // Columns on a Value or Time x axis: one per point (x = centre, y = height),
    // `width` in x units (an hour: 3 600 000 on a Time axis). Time keeps its
    // spacing, so an hour without data is a gap, not a missing slot.
    int addColumns(const QString &name, const QList<QPointF> &points, double width, const QColor &colour);
    // A horizontal band between two y values, behind the data. ±infinity reaches
    // the plot's edge. An empty name keeps it out of the legend.
    void addBand(double yFrom, double yTo, const QColor &fill, const QString &name = {});
    // A vertical band between two x values (a stage's span on a time axis),
    // behind the data, with a short label at its foot ("50 users"), kept out
    // of the legend.
    void addVerticalBand(double xFrom, double xTo, const QColor &fill, const QString &label);
    // The vertical bands' spans and labels, for tests.
    QList<QPair<QPair<double, double>, QString>> verticalBands() const;
    // Reference lines across the plot: a threshold, or a mark such as the saturation point.
    // A vertical line's `label` (a few characters: "orange ≈ 104") is written
    // on the plot beside its top, moved down when it would cover another one;
    // its name goes to the legend as for any line.
    void addHorizontalLine(double y, const QString &name, const QColor &colour,
                           LineStyle style = LineStyle::Dashed);
    void addVerticalLine(double x, const QString &name, const QColor &colour,
                         LineStyle style = LineStyle::Dashed, const QString &label = {});

    // Exports, rendered in memory then written by writeOutputFile() (replacing,
    // regular files only). size empty: the chart's current size. On failure,
    // *error (if given) gets one line naming the file.
    // `scale` multiplies the pixels (2: twice the screen's resolution); 0 keeps
    // the screen's device pixel ratio.
    QImage toImage(const QSize &size = {}, qreal scale = 0);
    bool exportPng(const QString &path, const QSize &size = {}, QString *error = nullptr, qreal scale = 0);
    bool exportSvg(const QString &path, const QSize &size = {}, QString *error = nullptr);

    // What the drawing layer holds, for tests: points of a line after reduction,
    // and the text hovering at x would show.
    int drawnPointCount(int lineId);
    // How many pieces a line is drawn in: 1 plus one per gap in its data.
    int drawnSegmentCount(int lineId);
    QString hoverText(double x) const;
    bool hasData() const;
    // What the chart holds, for tests: the lines' names in the order added, the
    // vertical reference lines' x and labels, and the x range the axis shows.
    QStringList lineNames() const;
    // The column series in the order added: name, colour, number of columns.
    struct ColumnSeries {
        QString name;
        QColor colour;
        int columns = 0;
    };
    QList<ColumnSeries> columnSeries() const;
    QList<QPair<double, QString>> verticalLines() const;
    QPair<double, double> xRange();
    // The time axis' labels and the x each sits at (empty on other axes).
    QList<QPair<double, QString>> xTicks() const;
    // The y range the axis shows, and the labels of the limits drawn as arrows
    // at the plot's edge because they lie outside it ("↑ 4 000 ms").
    QPair<double, double> yRange();
    QStringList edgeLabels();

    // Zoom and pan on x (Time and Value axes). setXView(from, to) shows that
    // span, clamped to the whole range; resetZoom() shows the whole range.
    // Both act on every linked chart.
    void setXView(double from, double to);
    void resetZoom();
    bool isZoomed() const;
    // The charts share one x axis: the same whole range (the union of theirs),
    // the same zoom, and the crosshair with each chart's readout at the same x.
    // A chart belongs to one group at most; linking again replaces it.
    static void linkX(const QList<ChartView *> &charts);
    // The value readout drawn by a linked chart while another is hovered (for tests).
    QString linkedReadout() const;

    // The most points one line hands to the drawing layer: well above the pixel
    // width of any plot, far below a long run's raw sample count.
    static constexpr int kMaxPointsPerLine = 2000;

signals:
    // The user zoomed, panned or reset (not emitted for setXView from a link).
    void xViewChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void markDirty();
    void ensureBuilt();
    void settleLayout();
    // Lays the chart out at `size` (its own size when invalid), has `paint`
    // draw it onto a device of that size, then puts the chart back as it was.
    void paintAt(const QSize &size, const std::function<void(const QSize &)> &paint);
    // Chart and legend, as exported (no hover marker).
    void renderForExport(QPainter &painter);
    void rebuild();
    void updateRanges();
    // What setXView and resetZoom do to this chart alone.
    void applyXView(double from, double to);
    // Sets the whole x range shared by the linked charts (NaN: none).
    void setSharedXRange(double from, double to);
    // The x range of this chart's own data, without zoom or link.
    QPair<double, double> ownXRange();
    // Hovering at x (NaN: left): the linked charts draw their crosshair there.
    void hoverLinked(double x);
    // The buttons at the plot's top right: reset zoom, export (chart_export.cpp).
    void buildTools();
    void placeTools();
    // Gives the chart its title, wrapped to keep `reserve` pixels free on
    // each side (the buttons' width on screen, none in an export).
    void fitTitle(int reserve);
    int toolsReserve() const;
    // Asks where (and at what resolution), then exports: PNG at `scale` × the
    // screen's pixels, or SVG when svg is true.
    void exportWithDialog(bool svg, qreal scale = 2);

    struct Private;
    std::unique_ptr<Private> d;
    friend class CrosshairChartView;
    friend class ChartLink;
};

} // namespace palier::ui
