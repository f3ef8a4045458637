// Axes and ranges: what the plot spans (fitted to the data, the bands and the
// reference lines), the axes' looks and ticks, and the bands and reference
// lines stretched across whatever range that gives.
#include "charts/chart_view_p.h"

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace palier::ui {

namespace {

// Round times between t0 and t1 (epoch ms) for a plot `widthPx` wide: about one
// label per 100 px, on whole minutes, hours or days of local time.
QList<QPair<double, QString>> timeTicks(double t0, double t1, int widthPx)
{
    static const double steps[] = {60e3,    120e3,   300e3,   600e3,    900e3,    1800e3,      3600e3,
                                   7200e3,  10800e3, 14400e3, 21600e3,  28800e3,  43200e3,     86400e3,
                                   172800e3, 7 * 86400e3};
    const int wanted = std::clamp(widthPx / 100, 2, 12);
    double step = steps[std::size(steps) - 1];
    for (double s : steps)
        if ((t1 - t0) / s <= wanted) {
            step = s;
            break;
        }
    const bool days = t1 - t0 > 20 * 3600e3;
    const QString format = step >= 86400e3 ? QStringLiteral("ddd d MMM") : days ? QStringLiteral("ddd HH:mm")
                                                                                : QStringLiteral("HH:mm");
    // Whole steps of local time: shift by the zone's offset at the start.
    const double offset = QDateTime::fromMSecsSinceEpoch(qint64(t0)).offsetFromUtc() * 1000.0;
    QList<QPair<double, QString>> ticks;
    for (double t = std::ceil((t0 + offset) / step) * step - offset; t <= t1; t += step)
        ticks.append({t, QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(t)), format)});
    return ticks;
}

} // namespace

void ChartView::Private::computeRanges()
{
    double xmin = qInf(), xmax = -qInf(), ymin = qInf(), ymax = -qInf();
    auto takeX = [&](double v) { if (std::isfinite(v)) { xmin = std::min(xmin, v); xmax = std::max(xmax, v); } };
    auto takeY = [&](double v) { if (std::isfinite(v)) { ymin = std::min(ymin, v); ymax = std::max(ymax, v); } };
    for (const LineSpec &l : std::as_const(lines))
        for (const QPointF &p : l.points) {
            takeX(p.x());
            takeY(p.y());
        }
    for (const BarSpec &b : std::as_const(bars)) {
        for (double v : b.values)
            takeY(v);
        for (const QPointF &c : b.columns) {
            takeX(c.x() - b.columnWidth / 2);
            takeX(c.x() + b.columnWidth / 2);
            takeY(c.y());
        }
    }
    const bool haveData = std::isfinite(ymin);
    if (x.kind == ChartAxis::Kind::Value)
        takeX(x.spanTo);
    takeY(y.spanTo);
    for (const RefLineSpec &r : std::as_const(refs))
        r.vertical ? takeX(r.at) : takeY(r.at);
    // A band's finite limits are part of the picture: a threshold the data stays
    // far below is still worth seeing.
    if (haveData)
        for (const BandSpec &b : std::as_const(bands)) {
            takeY(b.from);
            takeY(b.to);
        }
    if (x.kind == ChartAxis::Kind::Category) {
        xmin = -0.5;
        xmax = double(std::max<qsizetype>(x.categories.size(), 1)) - 0.5;
    }
    if (!std::isfinite(xmin)) {
        xmin = 0;
        xmax = 1;
    }
    if (xmax <= xmin)
        xmax = xmin + (x.kind == ChartAxis::Kind::Time ? 60000.0 : 1.0);
    if (!std::isfinite(ymin)) {
        ymin = 0;
        ymax = 1;
    }
    if (y.fromZero)
        ymin = std::min(ymin, 0.0);
    ymax = ymax + (ymax - ymin) * 0.06;
    if (ymax <= ymin)
        ymax = ymin + 1;
    if (x.kind == ChartAxis::Kind::Value && x.fromZero && xmin > 0 && std::isnan(x.min))
        xmin = 0;
    x0 = std::isnan(x.min) ? xmin : x.min;
    x1 = std::isnan(x.max) ? xmax : x.max;
    y0 = std::isnan(y.min) ? ymin : y.min;
    y1 = std::isnan(y.max) ? ymax : y.max;
}

QString ChartView::Private::formatX(double v) const
{
    switch (x.kind) {
    case ChartAxis::Kind::Time:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(v)), QStringLiteral("ddd d MMM HH:mm:ss"));
    case ChartAxis::Kind::Category: {
        const qsizetype i = qsizetype(std::lround(v));
        return i >= 0 && i < x.categories.size() ? x.categories.at(i) : QString();
    }
    case ChartAxis::Kind::Value:
        break;
    }
    return QLocale().toString(v, 'f', x.decimals) + x.unit;
}

QString ChartView::Private::formatY(double v) const
{
    return QLocale().toString(v, 'f', y.decimals) + y.unit;
}

void ChartView::Private::buildAxes(const QPalette &pal, const QFont &font)
{
    QFont axisFont = font;
    axisFont.setPointSizeF(std::max(7.0, axisFont.pointSizeF() * 0.9));
    const QColor textColour = pal.color(QPalette::Text);
    QColor gridColour = pal.color(QPalette::Mid);
    gridColour.setAlphaF(0.5f);
    auto styleAxis = [&](QAbstractAxis *axis, const QString &title) {
        axis->setTitleText(title);
        axis->setTitleVisible(!title.isEmpty());
        axis->setLabelsFont(axisFont);
        axis->setTitleFont(axisFont);
        axis->setLabelsColor(textColour);
        axis->setTitleBrush(textColour);
        axis->setGridLineColor(gridColour);
        axis->setLinePenColor(pal.color(QPalette::Mid));
    };
    // Axis labels need decimals only on small ranges; hover text keeps them all.
    auto labelFormat = [](const ChartAxis &a, double lo, double hi) {
        return QStringLiteral("%.%1f").arg(hi - lo >= 10 ? 0 : std::max(a.decimals, 1));
    };

    switch (x.kind) {
    case ChartAxis::Kind::Time: {
        // Ticks on round times (19:20, Sat 06:00) whatever the data's range:
        // labels placed at values (QDateTimeAxis only spaces ticks evenly).
        auto *axis = new QCategoryAxis;
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axisX = axis;
        break;
    }
    case ChartAxis::Kind::Category: {
        auto *axis = new QBarCategoryAxis;
        axis->append(x.categories);
        axisX = axis;
        break;
    }
    case ChartAxis::Kind::Value: {
        auto *axis = new QValueAxis;
        axis->setLabelFormat(labelFormat(x, x0, x1));
        axisX = axis;
        break;
    }
    }
    styleAxis(axisX, x.title);
    chart->addAxis(axisX, Qt::AlignBottom);
    axisY = new QValueAxis;
    axisY->setLabelFormat(labelFormat(y, y0, y1));
    styleAxis(axisY, y.title);
    chart->addAxis(axisY, Qt::AlignLeft);
}

void ChartView::updateRanges()
{
    d->computeRanges();
    if (auto *time = qobject_cast<QCategoryAxis *>(d->axisX)) {
        time->setRange(d->x0, d->x1);
        for (const QString &label : time->categoriesLabels())
            time->remove(label);
        for (const auto &[at, label] : timeTicks(d->x0, d->x1, d->widthPx))
            time->append(label, at);
    } else if (auto *v = qobject_cast<QValueAxis *>(d->axisX)) {
        v->setRange(d->x0, d->x1);
    }
    if (d->axisY) {
        d->axisY->setRange(d->y0, d->y1);
        if (std::isnan(d->y.max) && std::isnan(d->y.min))
            d->axisY->applyNiceNumbers();
        d->y0 = d->axisY->min();
        d->y1 = d->axisY->max();
    }
    if (auto *v = qobject_cast<QValueAxis *>(d->axisX);
        v && !qobject_cast<QCategoryAxis *>(v) && std::isnan(d->x.min) && std::isnan(d->x.max)) {
        v->applyNiceNumbers();
        d->x0 = v->min();
        d->x1 = v->max();
    }
    for (const auto &[i, area] : std::as_const(d->bandSeries)) {
        const BandSpec &b = d->bands.at(i);
        const double lo = std::clamp(b.from, d->y0, d->y1);
        const double hi = std::clamp(b.to, d->y0, d->y1);
        area->upperSeries()->replace({QPointF(d->x0, hi), QPointF(d->x1, hi)});
        area->lowerSeries()->replace({QPointF(d->x0, lo), QPointF(d->x1, lo)});
    }
    for (const auto &[i, s] : std::as_const(d->refSeries)) {
        const RefLineSpec &r = d->refs.at(i);
        if (r.vertical)
            s->replace({QPointF(r.at, d->y0), QPointF(r.at, d->y1)});
        else
            s->replace({QPointF(d->x0, r.at), QPointF(d->x1, r.at)});
    }
}

} // namespace palier::ui
