// Hovering: the crosshair and the text of the values under the cursor.
#include "charts/chart_hover.h"
#include "charts/chart_view_p.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <optional>

namespace palier::ui {

CrosshairChartView::CrosshairChartView(QChart *chart, ChartView *owner)
    : QChartView(chart)
    , m_owner(owner)
{
    setMouseTracking(true);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
}

void CrosshairChartView::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const QPointF chartPos = chart()->mapFromScene(scenePos);
    if (!chart()->plotArea().contains(chartPos) || chart()->series().isEmpty()) {
        clearHover();
        return;
    }
    const QPointF value = chart()->mapToValue(chartPos);
    const QString text = m_owner->hoverText(value.x());
    if (text.isEmpty()) {
        clearHover();
        return;
    }
    m_hoverX = chartPos.x();
    m_hovering = true;
    viewport()->update();
    QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void CrosshairChartView::leaveEvent(QEvent *event)
{
    QChartView::leaveEvent(event);
    clearHover();
}

void CrosshairChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    drawLineLabels(painter);
    if (!m_hovering || exporting)
        return;
    const QRectF plot = chart()->plotArea();
    const QPointF top = chart()->mapToScene(QPointF(m_hoverX, plot.top()));
    const QPointF bottom = chart()->mapToScene(QPointF(m_hoverX, plot.bottom()));
    QPen pen(palette().color(QPalette::Text));
    pen.setWidthF(1);
    pen.setStyle(Qt::DashLine);
    painter->save();
    painter->setPen(pen);
    painter->drawLine(top, bottom);
    painter->restore();
}

void CrosshairChartView::drawLineLabels(QPainter *painter)
{
    const ChartView::Private &d = *m_owner->d;
    QList<const RefLineSpec *> labelled;
    for (const RefLineSpec &r : d.refs)
        if (r.vertical && !r.label.isEmpty() && r.at >= d.x0 && r.at <= d.x1)
            labelled.append(&r);
    if (labelled.isEmpty())
        return;
    std::stable_sort(labelled.begin(), labelled.end(),
                     [](const RefLineSpec *a, const RefLineSpec *b) { return a->at < b->at; });
    QFont font = this->font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.85));
    const QFontMetricsF metrics(font);
    const QRectF plot = chart()->plotArea();
    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    // Left to right, each label on the highest row where it covers no other.
    QList<QRectF> placed;
    painter->save();
    painter->setFont(font);
    for (const RefLineSpec *r : std::as_const(labelled)) {
        const qreal lineX = chart()->mapToPosition(QPointF(r->at, d.y1)).x();
        const QSizeF size(metrics.horizontalAdvance(r->label) + 8, metrics.height() + 2);
        // Right of the line, or left of it when the plot ends first.
        const qreal left = lineX + 3 + size.width() <= plot.right() ? lineX + 3 : lineX - 3 - size.width();
        QRectF box(QPointF(left, plot.top() + 3), size);
        while (std::any_of(placed.cbegin(), placed.cend(), [&](const QRectF &p) { return p.intersects(box); })
               && box.bottom() + size.height() < plot.bottom())
            box.translate(0, size.height() + 1);
        placed.append(box);
        const QRectF scene(chart()->mapToScene(box.topLeft()), box.size());
        QColor fill = base;
        fill.setAlphaF(0.85f);
        painter->setPen(QPen(r->colour, 1.2));
        painter->setBrush(fill);
        painter->drawRoundedRect(scene, 3, 3);
        painter->setPen(text);
        painter->drawText(scene, Qt::AlignCenter, r->label);
    }
    painter->restore();
}

void CrosshairChartView::clearHover()
{
    if (m_hovering) {
        m_hovering = false;
        viewport()->update();
    }
    QToolTip::hideText();
}

QString ChartView::hoverText(double xValue) const
{
    QStringList rows;
    if (d->x.kind == ChartAxis::Kind::Category) {
        const qsizetype i = qsizetype(std::lround(xValue));
        if (i < 0 || i >= d->x.categories.size())
            return {};
        rows << d->x.categories.at(i);
        for (const BarSpec &b : d->bars)
            if (i < b.values.size() && !std::isnan(b.values.at(i)))
                rows << QStringLiteral("%1: %2").arg(b.name, d->formatY(b.values.at(i)));
        for (const LineSpec &l : d->lines)
            for (const QPointF &p : l.points)
                if (std::lround(p.x()) == i)
                    rows << QStringLiteral("%1: %2").arg(l.name, d->formatY(p.y()));
        return rows.size() > 1 ? rows.join(QLatin1Char('\n')) : QString();
    }
    // The column under the cursor, else the nearest point of each line; the
    // header is the x of what was found.
    const double span = d->x1 - d->x0;
    std::optional<double> headerX;
    double bestDistance = qInf();
    QStringList values;
    for (const BarSpec &b : d->bars)
        for (const QPointF &c : b.columns)
            if (std::abs(c.x() - xValue) <= b.columnWidth / 2) {
                values << QStringLiteral("%1: %2").arg(b.name, d->formatY(c.y()));
                headerX = c.x();
                bestDistance = std::abs(c.x() - xValue);
            }
    for (const LineSpec &l : d->lines) {
        if (l.points.isEmpty())
            continue;
        auto it = std::lower_bound(l.points.cbegin(), l.points.cend(), xValue,
                                   [](const QPointF &p, double v) { return p.x() < v; });
        const QPointF *best = nullptr;
        if (it != l.points.cend())
            best = &*it;
        if (it != l.points.cbegin()) {
            const QPointF &before = *(it - 1);
            if (!best || std::abs(before.x() - xValue) < std::abs(best->x() - xValue))
                best = &before;
        }
        // Too far from any point of this line (another stage, a gap): say nothing for it.
        if (!best || std::abs(best->x() - xValue) > span * 0.05)
            continue;
        if (!headerX || std::abs(best->x() - xValue) < bestDistance) {
            bestDistance = std::abs(best->x() - xValue);
            headerX = best->x();
        }
        values << QStringLiteral("%1: %2").arg(l.name, d->formatY(best->y()));
    }
    if (values.isEmpty() || !headerX)
        return {};
    return (QStringList {d->formatX(*headerX)} + values).join(QLatin1Char('\n'));
}

} // namespace palier::ui
