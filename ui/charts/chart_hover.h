// Hovering a chart: the values under the cursor and a crosshair. Part of the
// chart layer's insides (see chart_view_p.h).
#pragma once

#include <QChartView>

namespace palier::ui {

class ChartView;

// QChartView that draws a crosshair over the plot and shows the values under
// the cursor. The crosshair is drawn in the foreground, never as a series, so
// hovering costs no chart rebuild.
class CrosshairChartView : public QChartView {
public:
    CrosshairChartView(QChart *chart, ChartView *owner);
    bool exporting = false;   // set while ChartView renders an export: no crosshair in it

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    enum class Drag { None, Pan, Band };
    void clearHover();
    // The x value under a point of the viewport, and whether it is over the plot.
    bool plotValueAt(const QPointF &viewportPos, double *x) const;
    bool zoomable() const;
    void hoverAt(const QPointF &viewportPos, const QPoint &globalPos);
    // A crosshair at chart x position `at` (plot coordinates).
    void drawCrosshair(QPainter *painter, qreal at);
    // Limits beyond the y range: an arrow and a label at the top or bottom edge.
    void drawEdgeMarks(QPainter *painter);
    // The stages' labels at the foot of their vertical bands.
    void drawBandLabels(QPainter *painter);
    // Another linked chart is hovered: the values here at that time.
    void drawLinkedReadout(QPainter *painter);
    // The vertical reference lines' labels, at the top of the plot.
    void drawLineLabels(QPainter *painter);
    ChartView *m_owner;
    bool m_hovering = false;
    qreal m_hoverX = 0;
    Drag m_drag = Drag::None;
    qreal m_pressPos = 0;                 // chart x position where the drag began
    double m_pressX0 = 0, m_pressX1 = 0;  // the span shown then
    qreal m_bandTo = 0;                   // Shift+drag: where the band ends now
};

} // namespace palier::ui
