// The series: what callers add (lines reduced by LTTB on the way in, bars,
// columns, bands, reference lines), and how each becomes a QtCharts series.
#include "charts/chart_hover.h"
#include "charts/chart_view_p.h"

#include "analysis/lttb.h"

#include <QBarSeries>
#include <QBarSet>
#include <QLabel>
#include <QStackedWidget>

#include <algorithm>
#include <cmath>

namespace palier::ui {

namespace {

Qt::PenStyle penStyle(LineStyle s)
{
    switch (s) {
    case LineStyle::Solid: return Qt::SolidLine;
    case LineStyle::Dashed: return Qt::DashLine;
    case LineStyle::Dotted: return Qt::DotLine;
    }
    return Qt::SolidLine;
}

} // namespace

QList<QPointF> reduce(const QList<QPointF> &raw)
{
    std::vector<double> x, y;
    x.reserve(std::size_t(raw.size()));
    y.reserve(std::size_t(raw.size()));
    for (const QPointF &p : raw) {
        x.push_back(p.x());
        y.push_back(p.y());
    }
    const std::vector<std::size_t> kept = lttbIndices(x, y, std::size_t(ChartView::kMaxPointsPerLine));
    QList<QPointF> out;
    out.reserve(qsizetype(kept.size()));
    for (std::size_t i : kept)
        out.append(raw.at(qsizetype(i)));
    return out;
}

QList<QPair<double, double>> gapsOf(const QList<QPointF> &raw)
{
    // The series' step: the median spacing of consecutive known samples.
    std::vector<double> steps;
    steps.reserve(std::size_t(raw.size()));
    const QPointF *previous = nullptr;
    for (const QPointF &p : raw) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            continue;
        if (previous && p.x() > previous->x())
            steps.push_back(p.x() - previous->x());
        previous = &p;
    }
    double step = 0;
    if (!steps.empty()) {
        auto mid = steps.begin() + std::ptrdiff_t(steps.size() / 2);
        std::nth_element(steps.begin(), mid, steps.end());
        step = *mid;
    }
    QList<QPair<double, double>> gaps;
    previous = nullptr;
    bool sawNaN = false;
    for (const QPointF &p : raw) {
        if (!std::isfinite(p.x()))
            continue;
        if (!std::isfinite(p.y())) {
            sawNaN = true;
            continue;
        }
        if (previous && (sawNaN || (step > 0 && p.x() - previous->x() > 2 * step)))
            gaps.append({previous->x(), p.x()});
        previous = &p;
        sawNaN = false;
    }
    return gaps;
}

QList<qsizetype> breaksAt(const QList<QPair<double, double>> &gaps, const QList<QPointF> &reduced)
{
    // A reduced pair (a, b) spanning a gap breaks at b.
    QList<qsizetype> out;
    qsizetype g = 0;
    for (qsizetype i = 1; i < reduced.size() && g < gaps.size(); ++i) {
        const double a = reduced.at(i - 1).x(), b = reduced.at(i).x();
        while (g < gaps.size() && gaps.at(g).second <= a)
            ++g;
        if (g < gaps.size() && gaps.at(g).first >= a && gaps.at(g).second <= b) {
            out.append(i);
            while (g < gaps.size() && gaps.at(g).second <= b)
                ++g;
        }
    }
    return out;
}

QList<qsizetype> gapStarts(const QList<QPointF> &raw, const QList<QPointF> &reduced)
{
    return breaksAt(gapsOf(raw), reduced);
}

namespace {

void setPoints(LineSpec &l, const QList<QPointF> &points)
{
    l.raw = points;
    l.gaps = gapsOf(points);
    l.fullPoints = reduce(points);
    l.fullBreaks = breaksAt(l.gaps, l.fullPoints);
    l.points = l.fullPoints;
    l.breaks = l.fullBreaks;
    l.window = {qQNaN(), qQNaN()};
}

} // namespace

bool ChartView::Private::windowLines()
{
    const bool zoomed = !std::isnan(viewX0);
    bool changed = false;
    for (LineSpec &l : lines) {
        // Short lines are drawn whole: every point is already there.
        if (l.raw.size() <= ChartView::kMaxPointsPerLine)
            continue;
        const QPair<double, double> want = zoomed ? qMakePair(x0, x1) : qMakePair(qQNaN(), qQNaN());
        const bool same = (std::isnan(want.first) && std::isnan(l.window.first))
                          || (want.first == l.window.first && want.second == l.window.second);
        if (same)
            continue;
        changed = true;
        l.window = want;
        if (!zoomed) {
            l.points = l.fullPoints;
            l.breaks = l.fullBreaks;
            continue;
        }
        // The samples shown and one on each side, so the line reaches the edges.
        const auto byX = [](const QPointF &p, double v) { return p.x() < v; };
        auto from = std::lower_bound(l.raw.cbegin(), l.raw.cend(), x0, byX);
        auto to = std::upper_bound(from, l.raw.cend(), x1, [](double v, const QPointF &p) { return v < p.x(); });
        if (from != l.raw.cbegin())
            --from;
        if (to != l.raw.cend())
            ++to;
        const QList<QPointF> part = l.raw.mid(from - l.raw.cbegin(), to - from);
        l.points = reduce(part);
        l.breaks = breaksAt(l.gaps, l.points);
    }
    return changed;
}

int ChartView::addLine(const QString &name, const QList<QPointF> &points, const QColor &colour, LineStyle style,
                       qreal width, bool markers)
{
    LineSpec l;
    l.id = d->nextId++;
    l.name = name;
    setPoints(l, points);
    l.colour = colour;
    l.style = style;
    l.width = width;
    l.markers = markers;
    d->lines.append(l);
    markDirty();
    return l.id;
}

void ChartView::replaceLine(int id, const QList<QPointF> &points)
{
    for (LineSpec &l : d->lines) {
        if (l.id != id)
            continue;
        const bool hadBreaks = !l.breaks.isEmpty();
        setPoints(l, points);
        if (!d->dirty && !hadBreaks && l.breaks.isEmpty() && d->lineSeries.value(id).size() == 1
            && std::isnan(d->viewX0)) {
            d->lineSeries.value(id).first()->replace(l.points);   // one bulk update, not point by point
            updateRanges();
            d->stack->setCurrentWidget(hasData() ? static_cast<QWidget *>(d->view) : d->placeholder);
        } else {
            markDirty();
        }
        return;
    }
}

int ChartView::addBars(const QString &name, const QList<double> &values, const QColor &colour)
{
    BarSpec b;
    b.id = d->nextId++;
    b.name = name;
    b.values = values;
    b.colour = colour;
    d->bars.append(b);
    markDirty();
    return b.id;
}

int ChartView::addColumns(const QString &name, const QList<QPointF> &points, double width, const QColor &colour)
{
    BarSpec b;
    b.id = d->nextId++;
    b.name = name;
    for (const QPointF &p : points)
        if (std::isfinite(p.x()) && std::isfinite(p.y()))
            b.columns.append(p);
    std::sort(b.columns.begin(), b.columns.end(), [](const QPointF &a, const QPointF &c) { return a.x() < c.x(); });
    b.columnWidth = width;
    b.colour = colour;
    d->bars.append(b);
    markDirty();
    return b.id;
}

void ChartView::addBand(double yFrom, double yTo, const QColor &fill, const QString &name)
{
    d->bands.append({std::min(yFrom, yTo), std::max(yFrom, yTo), fill, name});
    markDirty();
}

void ChartView::addVerticalBand(double xFrom, double xTo, const QColor &fill, const QString &label)
{
    BandSpec b {std::min(xFrom, xTo), std::max(xFrom, xTo), fill, {}};
    b.vertical = true;
    b.label = label;
    d->bands.append(b);
    markDirty();
}

QList<QPair<QPair<double, double>, QString>> ChartView::verticalBands() const
{
    QList<QPair<QPair<double, double>, QString>> out;
    for (const BandSpec &b : d->bands)
        if (b.vertical)
            out.append({{b.from, b.to}, b.label});
    return out;
}

void ChartView::addHorizontalLine(double y, const QString &name, const QColor &colour, LineStyle style)
{
    d->refs.append({false, y, name, colour, style, {}});
    markDirty();
}

void ChartView::addVerticalLine(double x, const QString &name, const QColor &colour, LineStyle style,
                                const QString &label)
{
    d->refs.append({true, x, name, colour, style, label});
    markDirty();
}

bool ChartView::hasData() const
{
    for (const LineSpec &l : d->lines)
        if (!l.points.isEmpty())
            return true;
    for (const BarSpec &b : d->bars) {
        if (!b.columns.isEmpty())
            return true;
        for (double v : b.values)
            if (!std::isnan(v))
                return true;
    }
    return false;
}

QStringList ChartView::lineNames() const
{
    QStringList names;
    for (const LineSpec &l : d->lines)
        names << l.name;
    return names;
}

QList<ChartView::ColumnSeries> ChartView::columnSeries() const
{
    QList<ColumnSeries> out;
    for (const BarSpec &b : d->bars)
        out.append({b.name, b.colour, int(b.columns.isEmpty() ? b.values.size() : b.columns.size())});
    return out;
}

QList<QPair<double, QString>> ChartView::verticalLines() const
{
    QList<QPair<double, QString>> out;
    for (const RefLineSpec &r : d->refs)
        if (r.vertical)
            out.append({r.at, r.label});
    return out;
}

QPair<double, double> ChartView::xRange()
{
    ensureBuilt();
    return {d->x0, d->x1};
}

int ChartView::drawnPointCount(int lineId)
{
    ensureBuilt();
    if (!d->lineSeries.contains(lineId))
        return -1;
    int n = 0;
    for (const QLineSeries *s : d->lineSeries.value(lineId))
        n += int(s->count());
    return n;
}

int ChartView::drawnSegmentCount(int lineId)
{
    ensureBuilt();
    return d->lineSeries.contains(lineId) ? int(d->lineSeries.value(lineId).size()) : -1;
}

void ChartView::Private::buildSeries()
{
    auto attach = [&](QAbstractSeries *s) {
        chart->addSeries(s);
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    };

    // Back to front: bands, bars and columns, data lines, reference lines.
    for (int i = 0; i < bands.size(); ++i) {
        const BandSpec &b = bands.at(i);
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setName(b.name);
        area->setBrush(b.fill);
        area->setPen(Qt::NoPen);
        attach(area);
        bandSeries.append({i, area});
    }
    QBarSeries *barSeries = nullptr;
    for (const BarSpec &b : std::as_const(bars)) {
        if (!b.values.isEmpty()) {
            if (!barSeries)
                barSeries = new QBarSeries;
            auto *set = new QBarSet(b.name);
            for (double v : b.values)
                set->append(std::isnan(v) ? 0.0 : v);
            set->setColor(b.colour);
            set->setBorderColor(b.colour);
            barSeries->append(set);
        }
        if (!b.columns.isEmpty()) {
            // Columns as one area: the outline of every rectangle along the baseline.
            auto *upper = new QLineSeries;
            QList<QPointF> outline;
            outline.reserve(b.columns.size() * 4);
            const double half = b.columnWidth * 0.42;   // a little gap between columns
            for (const QPointF &c : b.columns)
                outline << QPointF(c.x() - half, 0) << QPointF(c.x() - half, c.y()) << QPointF(c.x() + half, c.y())
                        << QPointF(c.x() + half, 0);
            upper->replace(outline);
            auto *area = new QAreaSeries(upper);
            upper->setParent(area);
            area->setName(b.name);
            area->setBrush(b.colour);
            area->setPen(QPen(b.colour, 1));
            attach(area);
        }
    }
    if (barSeries) {
        barSeries->setBarWidth(0.8);
        attach(barSeries);
    }
    for (const LineSpec &l : std::as_const(lines)) {
        // One series per segment: QLineSeries joins every point it holds.
        QList<QLineSeries *> segments;
        qsizetype from = 0;
        for (qsizetype b = 0; b <= l.breaks.size(); ++b) {
            const qsizetype to = b < l.breaks.size() ? l.breaks.at(b) : l.points.size();
            auto *s = new QLineSeries;
            s->setName(l.name);
            QPen pen(l.colour);
            pen.setWidthF(l.width);
            pen.setStyle(penStyle(l.style));
            s->setPen(pen);
            // A lone point between two gaps would draw nothing without a marker.
            s->setPointsVisible(l.markers || to - from == 1);
            s->replace(l.points.mid(from, to - from));   // bulk: one change signal, not one per point
            attach(s);
            segments.append(s);
            from = to;
        }
        lineSeries.insert(l.id, segments);
    }
    for (int i = 0; i < refs.size(); ++i) {
        const RefLineSpec &r = refs.at(i);
        auto *s = new QLineSeries;
        s->setName(r.name);
        QPen pen(r.colour);
        pen.setWidthF(1.6);
        pen.setStyle(penStyle(r.style));
        s->setPen(pen);
        attach(s);
        refSeries.append({i, s});
    }
}

} // namespace palier::ui
