// Hovering: the crosshair and the text of the values under the cursor.
#include "charts/chart_hover.h"
#include "charts/chart_view_p.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace palier::ui {

namespace {

// Text written on the plot (labels, readouts): smaller than the window's, never below 7 pt.
QFont smallFont(QFont font, qreal factor)
{
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * factor));
    return font;
}

} // namespace

CrosshairChartView::CrosshairChartView(QChart *chart, ChartView *owner)
    : QChartView(chart)
    , m_owner(owner)
{
    setMouseTracking(true);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
}

bool CrosshairChartView::zoomable() const
{
    return m_owner->d->zoomable() && m_owner->hasData();
}

bool CrosshairChartView::plotValueAt(const QPointF &viewportPos, double *x) const
{
    const QPointF chartPos = chart()->mapFromScene(mapToScene(viewportPos.toPoint()));
    if (!chart()->plotArea().contains(chartPos) || chart()->series().isEmpty())
        return false;
    *x = chart()->mapToValue(chartPos).x();
    return true;
}

void CrosshairChartView::mousePressEvent(QMouseEvent *event)
{
    double at = 0;
    if (event->button() != Qt::LeftButton || !zoomable() || !plotValueAt(event->position(), &at)) {
        QChartView::mousePressEvent(event);
        return;
    }
    const ChartView::Private &d = *m_owner->d;
    m_pressPos = chart()->mapFromScene(mapToScene(event->position().toPoint())).x();
    m_pressX0 = d.x0;
    m_pressX1 = d.x1;
    m_bandTo = m_pressPos;
    if (event->modifiers() & Qt::ShiftModifier) {
        m_drag = Drag::Band;
    } else {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
    }
    event->accept();
}

void CrosshairChartView::mouseMoveEvent(QMouseEvent *event)
{
    const qreal chartX = chart()->mapFromScene(mapToScene(event->position().toPoint())).x();
    if (m_drag == Drag::Pan) {
        const QRectF plot = chart()->plotArea();
        const double shift = (chartX - m_pressPos) / std::max<qreal>(plot.width(), 1) * (m_pressX1 - m_pressX0);
        if (m_owner->isZoomed()) {
            m_owner->setXView(m_pressX0 - shift, m_pressX1 - shift);
            emit m_owner->xViewChanged();
        }
        event->accept();
        return;
    }
    if (m_drag == Drag::Band) {
        const QRectF plot = chart()->plotArea();
        m_bandTo = std::clamp(chartX, plot.left(), plot.right());
        viewport()->update();
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
    hoverAt(event->position(), event->globalPosition().toPoint());
}

void CrosshairChartView::hoverAt(const QPointF &viewportPos, const QPoint &globalPos)
{
    double at = 0;
    if (!plotValueAt(viewportPos, &at)) {
        clearHover();
        return;
    }
    const QString text = m_owner->hoverText(at);
    m_owner->hoverLinked(at);
    if (text.isEmpty()) {
        clearHover();
        m_owner->hoverLinked(at);   // the other panels may have values there
        return;
    }
    m_hoverX = chart()->mapToPosition(QPointF(at, m_owner->d->y0)).x();
    m_hovering = true;
    viewport()->update();
    QToolTip::showText(globalPos, text, this);
}

void CrosshairChartView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = std::exchange(m_drag, Drag::None);
    if (drag == Drag::None) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    unsetCursor();
    if (drag == Drag::Band) {
        viewport()->update();
        // A click is not a band: a few pixels at least.
        if (std::abs(m_bandTo - m_pressPos) >= 4) {
            const double a = chart()->mapToValue(QPointF(m_pressPos, 0)).x();
            const double b = chart()->mapToValue(QPointF(m_bandTo, 0)).x();
            m_owner->setXView(std::min(a, b), std::max(a, b));
            emit m_owner->xViewChanged();
        }
    }
    event->accept();
}

void CrosshairChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && zoomable()) {
        m_owner->resetZoom();
        emit m_owner->xViewChanged();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void CrosshairChartView::wheelEvent(QWheelEvent *event)
{
    double at = 0;
    if (!zoomable() || !plotValueAt(event->position(), &at) || event->angleDelta().y() == 0) {
        event->ignore();   // the page around the chart scrolls
        return;
    }
    // One notch shows 80 % of the span (or 125 % back), about the cursor.
    const double factor = std::pow(0.8, event->angleDelta().y() / 120.0);
    const ChartView::Private &d = *m_owner->d;
    m_owner->setXView(at - (at - d.x0) * factor, at + (d.x1 - at) * factor);
    emit m_owner->xViewChanged();
    hoverAt(event->position(), event->globalPosition().toPoint());
    event->accept();
}

void CrosshairChartView::leaveEvent(QEvent *event)
{
    QChartView::leaveEvent(event);
    clearHover();
    m_owner->hoverLinked(qQNaN());
}

void CrosshairChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    drawBandLabels(painter);
    drawLineLabels(painter);
    drawEdgeMarks(painter);
    if (exporting)
        return;
    const QRectF plot = chart()->plotArea();
    if (m_drag == Drag::Band) {
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlphaF(0.25f);
        const QRectF band(QPointF(std::min(m_pressPos, m_bandTo), plot.top()),
                          QPointF(std::max(m_pressPos, m_bandTo), plot.bottom()));
        painter->save();
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRect(QRectF(chart()->mapToScene(band.topLeft()), band.size()));
        painter->restore();
    }
    if (m_hovering)
        drawCrosshair(painter, m_hoverX);
    drawLinkedReadout(painter);
}

void CrosshairChartView::drawCrosshair(QPainter *painter, qreal at)
{
    const QRectF plot = chart()->plotArea();
    if (at < plot.left() || at > plot.right())
        return;
    const QPointF top = chart()->mapToScene(QPointF(at, plot.top()));
    const QPointF bottom = chart()->mapToScene(QPointF(at, plot.bottom()));
    QPen pen(palette().color(QPalette::Text));
    pen.setWidthF(1);
    pen.setStyle(Qt::DashLine);
    painter->save();
    painter->setPen(pen);
    painter->drawLine(top, bottom);
    painter->restore();
}

void CrosshairChartView::drawLinkedReadout(QPainter *painter)
{
    const ChartView::Private &d = *m_owner->d;
    if (std::isnan(d.linkedHoverX) || d.linkedHoverX < d.x0 || d.linkedHoverX > d.x1)
        return;
    const qreal at = chart()->mapToPosition(QPointF(d.linkedHoverX, d.y0)).x();
    drawCrosshair(painter, at);
    const QString text = m_owner->hoverText(d.linkedHoverX);
    if (text.isEmpty())
        return;
    const QFont font = smallFont(this->font(), 0.85);
    const QFontMetricsF metrics(font);
    const QStringList rows = text.split(QLatin1Char('\n'));
    qreal width = 0;
    for (const QString &r : rows)
        width = std::max(width, metrics.horizontalAdvance(r));
    const QSizeF size(width + 10, metrics.height() * rows.size() + 6);
    const QRectF plot = chart()->plotArea();
    // Beside the crosshair, on the side with room, below the labels' row.
    const qreal left = at + 6 + size.width() <= plot.right() ? at + 6 : at - 6 - size.width();
    const QRectF box(QPointF(std::max(left, plot.left()), plot.top() + metrics.height() + 8), size);
    QColor fill = palette().color(QPalette::Base);
    fill.setAlphaF(0.9f);
    painter->save();
    painter->setFont(font);
    painter->setPen(QPen(palette().color(QPalette::Mid), 1));
    painter->setBrush(fill);
    const QRectF scene(chart()->mapToScene(box.topLeft()), box.size());
    painter->drawRoundedRect(scene, 3, 3);
    painter->setPen(palette().color(QPalette::Text));
    painter->drawText(scene.adjusted(5, 3, -5, -3), Qt::AlignLeft | Qt::AlignTop, text);
    painter->restore();
}

void CrosshairChartView::drawBandLabels(QPainter *painter)
{
    const ChartView::Private &d = *m_owner->d;
    const QFont font = smallFont(this->font(), 0.8);
    const QFontMetricsF metrics(font);
    const QRectF plot = chart()->plotArea();
    painter->save();
    painter->setFont(font);
    painter->setPen(palette().color(QPalette::PlaceholderText));
    for (const BandSpec &b : d.bands) {
        if (!b.vertical || b.label.isEmpty() || b.to < d.x0 || b.from > d.x1)
            continue;
        const qreal left = chart()->mapToPosition(QPointF(std::max(b.from, d.x0), d.y0)).x();
        const qreal right = chart()->mapToPosition(QPointF(std::min(b.to, d.x1), d.y0)).x();
        // Only where it fits: a narrow stage keeps its shade without a label.
        if (right - left < metrics.horizontalAdvance(b.label) + 6)
            continue;
        const QRectF box(QPointF(left + 3, plot.bottom() - metrics.height() - 2), QPointF(right - 3, plot.bottom() - 2));
        painter->drawText(QRectF(chart()->mapToScene(box.topLeft()), box.size()), Qt::AlignLeft | Qt::AlignVCenter,
                          b.label);
    }
    painter->restore();
}

void CrosshairChartView::drawEdgeMarks(QPainter *painter)
{
    const QList<EdgeMark> marks = m_owner->d->edgeMarks();
    if (marks.isEmpty())
        return;
    const QFont font = smallFont(this->font(), 0.85);
    const QFontMetricsF metrics(font);
    const QRectF plot = chart()->plotArea();
    const QColor base = palette().color(QPalette::Base);
    painter->save();
    painter->setFont(font);
    // Right to left along the edge, nearest limit first, as many as fit.
    qreal rightTop = plot.right() - 4, rightBottom = plot.right() - 4;
    for (const EdgeMark &m : marks) {
        const QString text = (m.above ? QStringLiteral("\u2191 ") : QStringLiteral("\u2193 ")) + m.label;
        const QSizeF size(metrics.horizontalAdvance(text) + 10, metrics.height() + 2);
        qreal &right = m.above ? rightTop : rightBottom;
        if (right - size.width() < plot.left())
            break;
        const QRectF box(QPointF(right - size.width(), m.above ? plot.top() + 2 : plot.bottom() - size.height() - 2), size);
        right -= size.width() + 4;
        const QRectF scene(chart()->mapToScene(box.topLeft()), box.size());
        QColor fill = base;
        fill.setAlphaF(0.9f);
        painter->setPen(QPen(m.colour, 1.4));
        painter->setBrush(fill);
        painter->drawRoundedRect(scene, 3, 3);
        painter->setPen(m.colour.lightnessF() > 0.75 ? palette().color(QPalette::Text) : m.colour);
        painter->drawText(scene, Qt::AlignCenter, text);
    }
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
    const QFont font = smallFont(this->font(), 0.85);
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
