// The only file that includes QtCharts (see chart_view.h).
#include "charts/chart_view.h"

#include "analysis/lttb.h"
#include "io/output_file.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QCategoryAxis>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QCoreApplication>
#include <QImage>
#include <QLayout>
#include <QResizeEvent>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QSettings>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace palier::ui {

namespace {

struct LineSpec {
    int id = 0;
    QString name;
    QList<QPointF> points;   // reduced, NaN-free
    QColor colour;
    LineStyle style = LineStyle::Solid;
    qreal width = 2;
    bool markers = false;
};

struct BarSpec {
    int id = 0;
    QString name;
    QList<double> values;    // Category axis
    QList<QPointF> columns;  // Value/Time axis: centre and height
    double columnWidth = 0;
    QColor colour;
};

struct BandSpec {
    double from = 0, to = 0;
    QColor fill;
    QString name;
};

struct RefLineSpec {
    bool vertical = false;
    double at = 0;
    QString name;
    QColor colour;
    LineStyle style = LineStyle::Dashed;
};

Qt::PenStyle penStyle(LineStyle s)
{
    switch (s) {
    case LineStyle::Solid: return Qt::SolidLine;
    case LineStyle::Dashed: return Qt::DashLine;
    case LineStyle::Dotted: return Qt::DotLine;
    }
    return Qt::SolidLine;
}

// The legend's sample of a line: its colour drawn with its dash pattern.
QString lineSample(LineStyle s)
{
    switch (s) {
    case LineStyle::Solid: return QStringLiteral("\u2501\u2501");    // ━━
    case LineStyle::Dashed: return QStringLiteral("\u254D\u254D");   // ╍╍
    case LineStyle::Dotted: return QStringLiteral("\u2505\u2505");   // ┅┅
    }
    return {};
}

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

// A translucent fill as the opaque colour it shows on `base`, for the legend's text.
QColor flatten(const QColor &fill, const QColor &base)
{
    const qreal a = fill.alphaF();
    return QColor::fromRgbF(fill.redF() * a + base.redF() * (1 - a), fill.greenF() * a + base.greenF() * (1 - a),
                            fill.blueF() * a + base.blueF() * (1 - a));
}

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

// QChartView that draws a crosshair over the plot and shows the values under
// the cursor. The crosshair is drawn in the foreground, never as a series, so
// hovering costs no chart rebuild.
class CrosshairChartView : public QChartView {
public:
    CrosshairChartView(QChart *chart, ChartView *owner)
        : QChartView(chart)
        , m_owner(owner)
    {
        setMouseTracking(true);
        setRenderHint(QPainter::Antialiasing);
        setFrameShape(QFrame::NoFrame);
    }
    bool exporting = false;

protected:
    void mouseMoveEvent(QMouseEvent *event) override
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
    void leaveEvent(QEvent *event) override
    {
        QChartView::leaveEvent(event);
        clearHover();
    }
    void drawForeground(QPainter *painter, const QRectF &rect) override
    {
        QChartView::drawForeground(painter, rect);
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

private:
    void clearHover()
    {
        if (m_hovering) {
            m_hovering = false;
            viewport()->update();
        }
        QToolTip::hideText();
    }
    ChartView *m_owner;
    bool m_hovering = false;
    qreal m_hoverX = 0;
};

struct ChartView::Private {
    QChart *chart = nullptr;
    CrosshairChartView *view = nullptr;
    QLabel *placeholder = nullptr;
    QStackedWidget *stack = nullptr;
    QLabel *legend = nullptr;
    QString title;
    QString placeholderText;
    ChartAxis x, y;
    QList<LineSpec> lines;
    QList<BarSpec> bars;
    QList<BandSpec> bands;
    QList<RefLineSpec> refs;
    int nextId = 1;
    bool dirty = true;
    bool rebuildQueued = false;

    // Built state.
    QHash<int, QLineSeries *> lineSeries;
    QList<QPair<int, QAreaSeries *>> bandSeries;      // band index → series
    QList<QPair<int, QLineSeries *>> refSeries;       // ref index → series
    QAbstractAxis *axisX = nullptr;
    QValueAxis *axisY = nullptr;

    // Current ranges.
    double x0 = 0, x1 = 1, y0 = 0, y1 = 1;
    int widthPx = 640;       // width the time ticks were chosen for

    void computeRanges();
    QString formatX(double v) const;
    QString formatY(double v) const;
    QString legendHtml(const QPalette &palette) const;
};

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

QString ChartView::Private::legendHtml(const QPalette &palette) const
{
    const QColor base = palette.color(QPalette::Base);
    QStringList entries;
    auto entry = [&](const QColor &colour, const QString &sample, const QString &name) {
        if (name.isEmpty())
            return;
        entries << QStringLiteral("<span style=\"white-space:nowrap\"><span style=\"color:%1\">%2</span>&nbsp;%3</span>")
                       .arg(colour.name(), sample, name.toHtmlEscaped());
    };
    for (const BandSpec &b : bands)
        entry(flatten(b.fill, base).darker(110), QStringLiteral("\u2588\u2588"), b.name);
    for (const BarSpec &b : bars)
        entry(b.colour, QStringLiteral("\u2588\u2588"), b.name);
    for (const LineSpec &l : lines)
        entry(l.colour, lineSample(l.style), l.name);
    for (const RefLineSpec &r : refs)
        entry(r.colour, r.vertical ? QStringLiteral("\u2506") : lineSample(r.style), r.name);
    return entries.join(QStringLiteral(" &nbsp; "));
}

ChartView::ChartView(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->chart = new QChart;
    d->chart->setMargins(QMargins(2, 2, 2, 2));
    d->chart->layout()->setContentsMargins(0, 0, 0, 0);
    d->chart->legend()->hide();   // ours wraps instead of truncating names
    d->view = new CrosshairChartView(d->chart, this);
    d->placeholder = new QLabel(this);
    d->placeholder->setAlignment(Qt::AlignCenter);
    d->placeholder->setWordWrap(true);
    d->placeholder->setEnabled(false);
    d->stack = new QStackedWidget(this);
    d->stack->addWidget(d->view);
    d->stack->addWidget(d->placeholder);
    d->legend = new QLabel(this);
    d->legend->setWordWrap(true);
    d->legend->setAlignment(Qt::AlignCenter);
    d->legend->setTextFormat(Qt::RichText);
    d->legend->setAutoFillBackground(true);
    d->legend->setBackgroundRole(QPalette::Base);
    d->legend->setContentsMargins(4, 0, 4, 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(d->stack, 1);
    layout->addWidget(d->legend);
    setMinimumSize(200, 120);
    markDirty();
}

ChartView::~ChartView() = default;

void ChartView::clear()
{
    d->lines.clear();
    d->bars.clear();
    d->bands.clear();
    d->refs.clear();
    markDirty();
}

void ChartView::setTitle(const QString &title)
{
    d->title = title;
    markDirty();
}

void ChartView::setAxes(const ChartAxis &x, const ChartAxis &y)
{
    d->x = x;
    d->y = y;
    markDirty();
}

void ChartView::setPlaceholder(const QString &text)
{
    d->placeholderText = text;
    markDirty();
}

int ChartView::addLine(const QString &name, const QList<QPointF> &points, const QColor &colour, LineStyle style,
                       qreal width, bool markers)
{
    LineSpec l;
    l.id = d->nextId++;
    l.name = name;
    l.points = reduce(points);
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
        l.points = reduce(points);
        if (!d->dirty && d->lineSeries.contains(id)) {
            d->lineSeries.value(id)->replace(l.points);   // one bulk update, not point by point
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

void ChartView::addHorizontalLine(double y, const QString &name, const QColor &colour, LineStyle style)
{
    d->refs.append({false, y, name, colour, style});
    markDirty();
}

void ChartView::addVerticalLine(double x, const QString &name, const QColor &colour, LineStyle style)
{
    d->refs.append({true, x, name, colour, style});
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

int ChartView::drawnPointCount(int lineId)
{
    ensureBuilt();
    const QLineSeries *s = d->lineSeries.value(lineId);
    return s ? int(s->count()) : -1;
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

void ChartView::markDirty()
{
    d->dirty = true;
    if (d->rebuildQueued)
        return;
    d->rebuildQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        d->rebuildQueued = false;
        ensureBuilt();
    }, Qt::QueuedConnection);
}

void ChartView::ensureBuilt()
{
    if (d->dirty)
        rebuild();
}

void ChartView::rebuild()
{
    d->dirty = false;
    d->widthPx = width();
    QChart *chart = d->chart;
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    d->lineSeries.clear();
    d->bandSeries.clear();
    d->refSeries.clear();
    d->axisX = nullptr;
    d->axisY = nullptr;

    // Follow the window's palette (light or dark), not a chart theme's own colours.
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightnessF() < 0.5;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(pal.color(QPalette::Text));
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitle(d->title);
    chart->legend()->hide();
    d->view->setBackgroundBrush(pal.color(QPalette::Base));

    d->computeRanges();

    QFont axisFont = font();
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

    switch (d->x.kind) {
    case ChartAxis::Kind::Time: {
        // Ticks on round times (19:20, Sat 06:00) whatever the data's range:
        // labels placed at values (QDateTimeAxis only spaces ticks evenly).
        auto *axis = new QCategoryAxis;
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        d->axisX = axis;
        break;
    }
    case ChartAxis::Kind::Category: {
        auto *axis = new QBarCategoryAxis;
        axis->append(d->x.categories);
        d->axisX = axis;
        break;
    }
    case ChartAxis::Kind::Value: {
        auto *axis = new QValueAxis;
        axis->setLabelFormat(labelFormat(d->x, d->x0, d->x1));
        d->axisX = axis;
        break;
    }
    }
    styleAxis(d->axisX, d->x.title);
    chart->addAxis(d->axisX, Qt::AlignBottom);
    d->axisY = new QValueAxis;
    d->axisY->setLabelFormat(labelFormat(d->y, d->y0, d->y1));
    styleAxis(d->axisY, d->y.title);
    chart->addAxis(d->axisY, Qt::AlignLeft);

    auto attach = [&](QAbstractSeries *s) {
        chart->addSeries(s);
        s->attachAxis(d->axisX);
        s->attachAxis(d->axisY);
    };

    // Back to front: bands, bars and columns, data lines, reference lines.
    for (int i = 0; i < d->bands.size(); ++i) {
        const BandSpec &b = d->bands.at(i);
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setName(b.name);
        area->setBrush(b.fill);
        area->setPen(Qt::NoPen);
        attach(area);
        d->bandSeries.append({i, area});
    }
    QBarSeries *barSeries = nullptr;
    for (const BarSpec &b : std::as_const(d->bars)) {
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
    for (const LineSpec &l : std::as_const(d->lines)) {
        auto *s = new QLineSeries;
        s->setName(l.name);
        QPen pen(l.colour);
        pen.setWidthF(l.width);
        pen.setStyle(penStyle(l.style));
        s->setPen(pen);
        s->setPointsVisible(l.markers);
        s->replace(l.points);   // bulk: one change signal, not one per point
        attach(s);
        d->lineSeries.insert(l.id, s);
    }
    for (int i = 0; i < d->refs.size(); ++i) {
        const RefLineSpec &r = d->refs.at(i);
        auto *s = new QLineSeries;
        s->setName(r.name);
        QPen pen(r.colour);
        pen.setWidthF(1.6);
        pen.setStyle(penStyle(r.style));
        s->setPen(pen);
        attach(s);
        d->refSeries.append({i, s});
    }
    updateRanges();

    const QString legend = d->legendHtml(pal);
    d->legend->setText(legend);
    d->legend->setVisible(!legend.isEmpty() && hasData());
    d->placeholder->setText(d->placeholderText.isEmpty() ? tr("No data to show") : d->placeholderText);
    d->stack->setCurrentWidget(hasData() ? static_cast<QWidget *>(d->view) : d->placeholder);
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

void ChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        markDirty();
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Time ticks follow the width; nothing else needs a rebuild.
    if (!d->dirty && d->x.kind == ChartAxis::Kind::Time
        && std::clamp(width() / 100, 2, 12) != std::clamp(d->widthPx / 100, 2, 12)) {
        d->widthPx = width();
        updateRanges();
    }
}

void ChartView::showEvent(QShowEvent *event)
{
    ensureBuilt();
    QWidget::showEvent(event);
}

void ChartView::settleLayout()
{
    // Exports may come before the event loop has laid the chart out (a new
    // size, a chart built a moment ago): lay it out now, not at the next paint.
    ensureBuilt();
    if (QLayout *l = layout())
        l->activate();
    QResizeEvent resize(d->view->size(), d->view->size());
    QCoreApplication::sendEvent(d->view, &resize);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

QImage ChartView::toImage(const QSize &size)
{
    ensureBuilt();
    const QSize before = this->size();
    const bool resized = size.isValid() && size != before;
    if (resized)
        resize(size);
    settleLayout();
    const qreal dpr = devicePixelRatioF();
    QImage image(this->size() * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        d->view->exporting = true;
        render(&painter);   // chart and legend
        d->view->exporting = false;
    }
    if (resized) {
        resize(before);
        settleLayout();
    }
    return image;
}

// The file dialogs have already asked before replacing: force.
bool ChartView::exportPng(const QString &path, const QSize &size, QString *error)
{
    const QImage image = toImage(size);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QString problem = image.save(&buffer, "PNG") ? writeOutputFile(path, bytes, /*force=*/true)
                                                       : tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
    if (error)
        *error = problem;
    return problem.isEmpty();
}

bool ChartView::exportSvg(const QString &path, const QSize &size, QString *error)
{
    ensureBuilt();
    const QSize before = this->size();
    const bool resized = size.isValid() && size != before;
    if (resized)
        resize(size);
    settleLayout();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(this->size());
        generator.setViewBox(QRect(QPoint(0, 0), this->size()));
        generator.setTitle(d->title);
        generator.setDescription(tr("Chart exported by Palier"));
        QPainter painter(&generator);
        painter.setRenderHint(QPainter::Antialiasing);
        d->view->exporting = true;
        render(&painter);   // chart (vector paths through the SVG paint engine) and legend
        d->view->exporting = false;
        painter.end();
    }
    if (resized) {
        resize(before);
        settleLayout();
    }
    const QString problem = bytes.isEmpty() ? tr("Could not write %1.").arg(QDir::toNativeSeparators(path))
                                            : writeOutputFile(path, bytes, /*force=*/true);
    if (error)
        *error = problem;
    return problem.isEmpty();
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *png = menu.addAction(tr("Export Chart as PNG…"));
    QAction *svg = menu.addAction(tr("Export Chart as SVG…"));
    png->setEnabled(hasData());
    svg->setEnabled(hasData());
    QAction *chosen = menu.exec(event->globalPos());
    if (!chosen)
        return;
    const bool asSvg = chosen == svg;
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("paths/lastExportFolder")).toString();
    QString base = d->title.isEmpty() ? tr("chart") : d->title;
    base.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString suggested = QDir(dir).filePath(base + (asSvg ? QStringLiteral(".svg") : QStringLiteral(".png")));
    // QFileDialog asks before replacing an existing file.
    const QString path = QFileDialog::getSaveFileName(this, asSvg ? tr("Export Chart as SVG") : tr("Export Chart as PNG"),
                                                      suggested, asSvg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/lastExportFolder"), QFileInfo(path).absolutePath());
    QString problem;
    const bool ok = asSvg ? exportSvg(path, {}, &problem) : exportPng(path, {}, &problem);
    if (!ok)
        QMessageBox::warning(this, tr("Export Failed"), problem);
}

} // namespace palier::ui
