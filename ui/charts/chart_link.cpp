// Zoom, pan and linked charts: the x span a chart shows, and the group of
// charts that share one time axis (the panels of a run). See docs/charts.md.
#include "charts/chart_link.h"
#include "charts/chart_hover.h"
#include "charts/chart_view_p.h"

#include <QPointer>

#include <algorithm>
#include <cmath>

namespace palier::ui {

ChartLink::ChartLink(const QList<ChartView *> &charts)
{
    for (ChartView *c : charts)
        m_charts.append(c);
}

QList<ChartView *> ChartLink::charts() const
{
    QList<ChartView *> out;
    for (const QPointer<QObject> &c : m_charts)
        if (c)
            out.append(static_cast<ChartView *>(c.data()));
    return out;
}

void ChartLink::remove(QObject *chart)
{
    // Called from `destroyed`, when the chart is a ChartView no more: compare
    // QObject pointers, never cast to ChartView (undefined behaviour, UBSan's
    // vptr check).
    m_charts.removeIf([chart](const QPointer<QObject> &c) { return !c || c.data() == chart; });
}

void ChartLink::shareRange()
{
    // One whole range for every panel: the union of the charts' own ranges
    // (those with data), so that a time is at the same place in each.
    if (m_busy)
        return;
    m_busy = true;
    double from = qInf(), to = -qInf();
    const QList<ChartView *> members = charts();
    for (ChartView *c : members) {
        if (!c->hasData())
            continue;
        const auto [a, b] = c->ownXRange();
        from = std::min(from, a);
        to = std::max(to, b);
    }
    for (ChartView *c : members)
        std::isfinite(from) ? c->setSharedXRange(from, to) : c->setSharedXRange(qQNaN(), qQNaN());
    m_busy = false;
}

void ChartView::linkX(const QList<ChartView *> &charts)
{
    for (ChartView *c : charts)
        if (c->d->link) {
            ChartLink *old = c->d->link;
            for (ChartView *member : old->charts())
                member->d->link = nullptr;
            delete old;
        }
    // Owned by the group's charts together: the last one destroyed deletes it.
    auto *link = new ChartLink(charts);
    for (ChartView *c : charts) {
        c->d->link = link;
        connect(c, &QObject::destroyed, link, [link](QObject *gone) {
            link->remove(gone);
            if (link->charts().isEmpty())
                link->deleteLater();
        });
    }
    link->shareRange();
}

QPair<double, double> ChartView::ownXRange()
{
    ensureBuilt();
    return {d->ownX0, d->ownX1};
}

void ChartView::setSharedXRange(double from, double to)
{
    const bool same = (std::isnan(from) && std::isnan(d->sharedX0)) || (from == d->sharedX0 && to == d->sharedX1);
    if (same)
        return;
    d->sharedX0 = from;
    d->sharedX1 = to;
    if (!d->dirty)
        updateRanges();
}

bool ChartView::isZoomed() const
{
    return !std::isnan(d->viewX0);
}

void ChartView::applyXView(double from, double to)
{
    ensureBuilt();
    if (!d->zoomable())
        return;
    if (from > to)
        std::swap(from, to);
    const double home = d->homeX1 - d->homeX0;
    // The smallest span: a second on a time axis, a millionth of the whole otherwise.
    const double smallest = d->x.kind == ChartAxis::Kind::Time ? 1000.0 : home * 1e-6;
    if (!std::isfinite(from) || !std::isfinite(to) || to - from >= home) {
        d->viewX0 = d->viewX1 = qQNaN();
    } else {
        if (to - from < smallest) {
            const double mid = (from + to) / 2;
            from = mid - smallest / 2;
            to = mid + smallest / 2;
        }
        // Panning stops at the ends of the data.
        const double span = to - from;
        from = std::clamp(from, d->homeX0, d->homeX1 - span);
        d->viewX0 = from;
        d->viewX1 = from + span;
    }
    if (d->resetButton)
        d->resetButton->setVisible(isZoomed());
    if (!d->dirty)
        updateRanges();
    d->view->viewport()->update();
}

void ChartView::setXView(double from, double to)
{
    const QList<ChartView *> members = d->link ? d->link->charts() : QList<ChartView *> {this};
    for (ChartView *c : members)
        c->applyXView(from, to);
}

void ChartView::resetZoom()
{
    setXView(qQNaN(), qQNaN());
}

void ChartView::hoverLinked(double x)
{
    if (!d->link)
        return;
    for (ChartView *c : d->link->charts())
        if (c != this) {
            c->d->linkedHoverX = x;
            c->d->view->viewport()->update();
        }
}

QString ChartView::linkedReadout() const
{
    return std::isnan(d->linkedHoverX) ? QString() : hoverText(d->linkedHoverX);
}

QPair<double, double> ChartView::yRange()
{
    ensureBuilt();
    return {d->y0, d->y1};
}

QStringList ChartView::edgeLabels()
{
    ensureBuilt();
    QStringList out;
    for (const EdgeMark &m : d->edgeMarks())
        out << m.label;
    return out;
}

} // namespace palier::ui
