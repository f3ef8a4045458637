// Palier's one chart layer. Every chart in the window goes through ChartView,
// and only ui/charts/ includes QtCharts (deprecated from Qt 6.10): replacing
// the drawing library later means rewriting that folder, not every view.
//
// The API is small on purpose: axes, lines, bars and columns, horizontal bands,
// reference lines, and exports. The legend is ours (a wrapping line under the
// plot), so a chart with many series never truncates their names. Long series are reduced (LTTB, app/analysis/lttb.h) before
// drawing and handed to the drawing layer in bulk, so a million-point run stays
// smooth. Hovering shows the values under the cursor with a crosshair.
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
    // *error (if given) gets one line naming the file. toImage's pixelRatio
    // (0: the screen's) draws the chart laid out at `size` with that many pixels
    // per unit: a sharp print image whose text keeps the size it has on screen.
    QImage toImage(const QSize &size = {}, qreal pixelRatio = 0);
    bool exportPng(const QString &path, const QSize &size = {}, QString *error = nullptr);
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
    QList<QPair<double, QString>> verticalLines() const;
    QPair<double, double> xRange();

    // The most points one line hands to the drawing layer: well above the pixel
    // width of any plot, far below a long run's raw sample count.
    static constexpr int kMaxPointsPerLine = 2000;

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

    struct Private;
    std::unique_ptr<Private> d;
    friend class CrosshairChartView;
};

} // namespace palier::ui
