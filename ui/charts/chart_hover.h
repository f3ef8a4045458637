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
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void clearHover();
    // The vertical reference lines' labels, at the top of the plot.
    void drawLineLabels(QPainter *painter);
    ChartView *m_owner;
    bool m_hovering = false;
    qreal m_hoverX = 0;
};

} // namespace palier::ui
