// Charts that share one time axis (ChartView::linkX): part of the chart
// layer's insides (see chart_view_p.h).
#pragma once

#include "charts/chart_view.h"

#include <QObject>
#include <QPointer>

namespace palier::ui {

class ChartLink : public QObject {
public:
    explicit ChartLink(const QList<ChartView *> &charts);
    QList<ChartView *> charts() const;   // those still alive
    void remove(QObject *chart);   // a member being destroyed
    // Gives every member the union of their own x ranges as the whole range.
    void shareRange();

private:
    QList<QPointer<QObject>> m_charts;   // QObject: see remove()
    bool m_busy = false;
};

} // namespace palier::ui
