// Axes and ranges: what the plot spans (fitted to the data, the bands and the
// reference lines), the axes' looks and ticks, and the bands and reference
// lines stretched across whatever range that gives.
#include "charts/chart_view_p.h"

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QDateTime>
#include <QFontMetrics>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace palier::ui {

namespace {

// Labels for a time axis between t0 and t1 (epoch ms) on a plot `plotPx`
// wide, measured in the axis' font: the finest round step whose labels leave
// two characters' room between them and are not cut by QtCharts, and at most
// 12 labels. Below a day a
// label marks an instant, on a round time of the local clock (19:20, Sat
// 06:00). From a day up a label names a day and sits under its middle, local
// noon, where a per-day column or point is drawn: "Thu 19 Nov", or "Thu 19"
// when the longer name does not fit (docs/charts.md, "Time axes").
QList<QPair<double, QString>> timeTicks(double t0, double t1, double plotPx, const QFontMetrics &fm)
{
    constexpr double day = 86400e3;
    static const double steps[] = {60e3,    120e3,   300e3,   600e3,   900e3,   1800e3, 3600e3,  7200e3,  10800e3,
                                   14400e3, 21600e3, 28800e3, 43200e3, day,     2 * day, 3 * day, 7 * day, 14 * day, 28 * day};
    if (!(t1 > t0) || !(plotPx > 0))
        return {};
    const double pxPerMs = plotPx / (t1 - t0);
    const int room = 2 * fm.averageCharWidth();
    const bool severalDays = t1 - t0 > 20 * 3600e3;
    // Whole steps of local time: shift by the zone's offset at the start.
    const double offset = QDateTime::fromMSecsSinceEpoch(qint64(t0)).offsetFromUtc() * 1000.0;
    QList<QPair<double, QString>> ticks;
    for (const double step : steps) {
        if ((t1 - t0) / step > 12)
            continue;
        const bool days = step >= day;
        const QStringList formats = days ? QStringList {QStringLiteral("ddd d MMM"), QStringLiteral("ddd d")}
                                         : QStringList {severalDays ? QStringLiteral("ddd HH:mm") : QStringLiteral("HH:mm")};
        const double first = std::floor((t0 + offset) / step) * step - offset + (days ? day / 2 : 0);
        for (const QString &format : formats) {
            ticks.clear();
            int widest = 0;
            for (double t = first; t <= t1; t += step) {
                if (t < t0)
                    continue;
                const QString label = QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(t)), format);
                widest = std::max(widest, fm.horizontalAdvance(label));
                ticks.append({t, label});
            }
            // QtCharts cuts each label to the axis' width over the number of
            // labels plus one, less its padding: the labels must fit that too.
            if (step * pxPerMs >= widest + room && plotPx / double(ticks.size() + 1) >= widest + room)
                return ticks;
        }
    }
    return ticks;   // nothing fits: the coarsest step's, in the short form
}

} // namespace

bool ChartView::Private::computeRanges()
{
    // x: the data's own range (lines, columns, the axis' spanTo, vertical
    // reference lines), widened to the linked charts' union, then the zoom.
    double xmin = qInf(), xmax = -qInf();
    auto takeX = [&](double v) { if (std::isfinite(v)) { xmin = std::min(xmin, v); xmax = std::max(xmax, v); } };
    for (const LineSpec &l : std::as_const(lines))
        if (!l.fullPoints.isEmpty()) {
            takeX(l.fullPoints.first().x());
            takeX(l.fullPoints.last().x());
        }
    for (const BarSpec &b : std::as_const(bars))
        for (const QPointF &c : b.columns) {
            takeX(c.x() - b.columnWidth / 2);
            takeX(c.x() + b.columnWidth / 2);
        }
    if (x.kind == ChartAxis::Kind::Value)
        takeX(x.spanTo);
    for (const RefLineSpec &r : std::as_const(refs))
        if (r.vertical)
            takeX(r.at);
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
    if (x.kind == ChartAxis::Kind::Value && x.fromZero && xmin > 0 && std::isnan(x.min))
        xmin = 0;
    ownX0 = xmin;
    ownX1 = xmax;
    if (zoomable() && std::isfinite(sharedX0) && std::isfinite(sharedX1)) {
        xmin = std::min(xmin, sharedX0);
        xmax = std::max(xmax, sharedX1);
    }
    homeX0 = std::isnan(x.min) ? xmin : x.min;
    homeX1 = std::isnan(x.max) ? xmax : x.max;
    x0 = homeX0;
    x1 = homeX1;
    if (zoomable() && std::isfinite(viewX0) && std::isfinite(viewX1)) {
        x0 = viewX0;
        x1 = viewX1;
    }
    const bool linesChanged = windowLines();

    // y: what is shown between x0 and x1, from zero when the axis asks, with a
    // margin above. Grid limits and bands do not stretch it: a limit beyond the
    // data is drawn at the edge (edgeMarks()).
    double ymin = qInf(), ymax = -qInf();
    auto takeY = [&](double v) { if (std::isfinite(v)) { ymin = std::min(ymin, v); ymax = std::max(ymax, v); } };
    const bool clipX = zoomable();
    auto shown = [&](double v) { return !clipX || (v >= x0 && v <= x1); };
    for (const LineSpec &l : std::as_const(lines))
        for (const QPointF &p : l.points)
            if (shown(p.x()))
                takeY(p.y());
    for (const BarSpec &b : std::as_const(bars)) {
        for (double v : b.values)
            takeY(v);
        for (const QPointF &c : b.columns)
            if (c.x() + b.columnWidth / 2 >= x0 && c.x() - b.columnWidth / 2 <= x1)
                takeY(c.y());
    }
    if (!std::isfinite(ymin))   // zoomed onto a gap: the whole data's range
        for (const LineSpec &l : std::as_const(lines))
            for (const QPointF &p : l.points)
                takeY(p.y());
    takeY(y.spanTo);
    if (!std::isfinite(ymin)) {
        ymin = 0;
        ymax = 1;
    }
    if (y.fromZero)
        ymin = std::min(ymin, 0.0);
    ymax = ymax + (ymax - ymin) * 0.06;
    if (ymax <= ymin)
        ymax = ymin + 1;
    y0 = std::isnan(y.min) ? ymin : y.min;
    y1 = std::isnan(y.max) ? ymax : y.max;
    return linesChanged;
}

QList<EdgeMark> ChartView::Private::edgeMarks() const
{
    // Horizontal reference lines by their names, then the bands' finite
    // limits by their values, each limit once, nearest the plot first.
    QList<EdgeMark> marks;
    auto known = [&](double v) {
        return std::any_of(marks.cbegin(), marks.cend(),
                           [&](const EdgeMark &m) { return std::abs(m.at - v) <= 1e-9 * std::max(1.0, std::abs(v)); });
    };
    auto add = [&](double v, const QString &label, QColor colour) {
        if (!std::isfinite(v) || (v >= y0 && v <= y1) || known(v))
            return;
        colour.setAlphaF(1.0f);
        marks.append({v, label, colour, v > y1});
    };
    for (const RefLineSpec &r : refs)
        if (!r.vertical)
            add(r.at, r.name.isEmpty() ? formatY(r.at) : r.name, r.colour);
    QList<BandSpec> sorted = bands;
    std::stable_sort(sorted.begin(), sorted.end(), [](const BandSpec &a, const BandSpec &b) { return a.from < b.from; });
    sorted.removeIf([](const BandSpec &b) { return b.vertical; });
    for (const BandSpec &b : std::as_const(sorted))
        add(b.from, formatY(b.from), b.fill);   // where this band starts, in its colour
    for (const BandSpec &b : std::as_const(sorted))
        add(b.to, formatY(b.to), b.fill);
    std::stable_sort(marks.begin(), marks.end(), [](const EdgeMark &a, const EdgeMark &b) {
        return a.above != b.above ? a.above : (a.above ? a.at < b.at : a.at > b.at);
    });
    return marks;
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

void ChartView::Private::placeTimeTicks()
{
    auto *time = qobject_cast<QCategoryAxis *>(axisX);
    if (!time)
        return;
    // The plot's width once laid out; before that, the widget's.
    const double plotPx = chart->plotArea().width() > 0 ? chart->plotArea().width() : widthPx;
    const QList<QPair<double, QString>> ticks = timeTicks(x0, x1, plotPx, QFontMetrics(time->labelsFont()));
    // Unchanged labels are left alone: replacing them lays the chart out again,
    // which would call this again.
    const QStringList current = time->categoriesLabels();
    bool same = current.size() == ticks.size();
    for (qsizetype i = 0; same && i < ticks.size(); ++i)
        same = current.at(i) == ticks.at(i).second && time->endValue(current.at(i)) == ticks.at(i).first;
    if (same)
        return;
    for (const QString &label : current)
        time->remove(label);
    for (const auto &[at, label] : ticks)
        time->append(label, at);
}

QList<QPair<double, QString>> ChartView::xTicks() const
{
    QList<QPair<double, QString>> ticks;
    if (auto *time = qobject_cast<QCategoryAxis *>(d->axisX))
        for (const QString &label : time->categoriesLabels())
            ticks.append({time->endValue(label), label});
    return ticks;
}

void ChartView::updateRanges()
{
    if (d->computeRanges()) {
        // A zoom reduced long lines again: their series are built anew.
        rebuild();
        return;
    }
    if (auto *time = qobject_cast<QCategoryAxis *>(d->axisX)) {
        time->setRange(d->x0, d->x1);
        d->placeTimeTicks();
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
        v && !qobject_cast<QCategoryAxis *>(v) && std::isnan(d->x.min) && std::isnan(d->x.max) && std::isnan(d->viewX0)) {
        v->applyNiceNumbers();
        d->x0 = v->min();
        d->x1 = v->max();
    }
    for (const auto &[i, area] : std::as_const(d->bandSeries)) {
        const BandSpec &b = d->bands.at(i);
        if (b.vertical) {
            const double left = std::clamp(b.from, d->x0, d->x1);
            const double right = std::clamp(b.to, d->x0, d->x1);
            area->upperSeries()->replace({QPointF(left, d->y1), QPointF(right, d->y1)});
            area->lowerSeries()->replace({QPointF(left, d->y0), QPointF(right, d->y0)});
            continue;
        }
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
