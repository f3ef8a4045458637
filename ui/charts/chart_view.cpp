// The only file that includes QtCharts (see chart_view.h).
#include "charts/chart_view.h"

#include "analysis/lttb.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QSaveFile>
#include <QSettings>
#include <QStackedLayout>
#include <QSvgGenerator>
#include <QToolTip>
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
    QList<double> values;
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

// Category labels that fit: with more categories than room (48 hours on a
// narrow chart) only every k-th label is shown. The others become distinct
// invisible strings, because QBarCategoryAxis needs unique categories; hover
// text still names every category.
QStringList thinnedCategories(const QStringList &categories, int widthPx)
{
    const qsizetype room = std::max<qsizetype>(4, widthPx / 56);
    if (categories.size() <= room)
        return categories;
    const qsizetype step = (categories.size() + room - 1) / room;
    QStringList out;
    out.reserve(categories.size());
    for (qsizetype i = 0; i < categories.size(); ++i)
        out.append(i % step == 0 ? categories.at(i) : QString(i + 1, QChar(0x200B)));
    return out;
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
    QStackedLayout *stack = nullptr;
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

    void computeRanges();
    QString formatX(double v) const;
    QString formatY(double v) const;
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
    for (const BarSpec &b : std::as_const(bars))
        for (double v : b.values)
            takeY(v);
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
        return QDateTime::fromMSecsSinceEpoch(qint64(v)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
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

ChartView::ChartView(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->chart = new QChart;
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->chart->legend()->setAlignment(Qt::AlignBottom);
    d->view = new CrosshairChartView(d->chart, this);
    d->placeholder = new QLabel(this);
    d->placeholder->setAlignment(Qt::AlignCenter);
    d->placeholder->setWordWrap(true);
    d->placeholder->setEnabled(false);
    d->stack = new QStackedLayout(this);
    d->stack->setContentsMargins(0, 0, 0, 0);
    d->stack->addWidget(d->view);
    d->stack->addWidget(d->placeholder);
    setMinimumSize(240, 180);
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
    for (const BarSpec &b : d->bars)
        for (double v : b.values)
            if (!std::isnan(v))
                return true;
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
    // Nearest point of each line; the header is the x of the closest one.
    double bestDistance = qInf();
    double headerX = xValue;
    QStringList values;
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
        const double span = d->x1 - d->x0;
        if (!best || std::abs(best->x() - xValue) > span * 0.05)
            continue;
        if (std::abs(best->x() - xValue) < bestDistance) {
            bestDistance = std::abs(best->x() - xValue);
            headerX = best->x();
        }
        values << QStringLiteral("%1: %2").arg(l.name, d->formatY(best->y()));
    }
    if (values.isEmpty())
        return {};
    return (QStringList {d->formatX(headerX)} + values).join(QLatin1Char('\n'));
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
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    chart->legend()->setFont(font());
    d->view->setBackgroundBrush(pal.color(QPalette::Base));

    d->computeRanges();

    QFont axisFont = font();
    axisFont.setPointSizeF(std::max(7.0, axisFont.pointSizeF() * 0.9));
    const QColor textColour = pal.color(QPalette::Text);
    QColor gridColour = pal.color(QPalette::Mid);
    gridColour.setAlphaF(0.5f);
    auto styleAxis = [&](QAbstractAxis *axis, const QString &title) {
        axis->setTitleText(title);
        axis->setLabelsFont(axisFont);
        axis->setTitleFont(axisFont);
        axis->setLabelsColor(textColour);
        axis->setTitleBrush(textColour);
        axis->setGridLineColor(gridColour);
        axis->setLinePenColor(pal.color(QPalette::Mid));
    };

    switch (d->x.kind) {
    case ChartAxis::Kind::Time: {
        auto *axis = new QDateTimeAxis;
        const double span = d->x1 - d->x0;
        axis->setFormat(span <= 36 * 3600 * 1000.0 ? QStringLiteral("HH:mm") : QStringLiteral("dd MMM HH:mm"));
        axis->setTickCount(7);
        d->axisX = axis;
        break;
    }
    case ChartAxis::Kind::Category: {
        auto *axis = new QBarCategoryAxis;
        axis->append(thinnedCategories(d->x.categories, width()));
        d->axisX = axis;
        break;
    }
    case ChartAxis::Kind::Value: {
        auto *axis = new QValueAxis;
        axis->setLabelFormat(QStringLiteral("%.%1f").arg(d->x.decimals));
        d->axisX = axis;
        break;
    }
    }
    styleAxis(d->axisX, d->x.title);
    chart->addAxis(d->axisX, Qt::AlignBottom);
    d->axisY = new QValueAxis;
    d->axisY->setLabelFormat(QStringLiteral("%.%1f").arg(d->y.decimals));
    styleAxis(d->axisY, d->y.title);
    chart->addAxis(d->axisY, Qt::AlignLeft);

    auto attach = [&](QAbstractSeries *s) {
        chart->addSeries(s);
        s->attachAxis(d->axisX);
        s->attachAxis(d->axisY);
    };

    // Back to front: bands, bars, data lines, reference lines.
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
        if (b.name.isEmpty())
            for (QLegendMarker *m : chart->legend()->markers(area))
                m->setVisible(false);
        d->bandSeries.append({i, area});
    }
    if (!d->bars.isEmpty()) {
        auto *series = new QBarSeries;
        for (const BarSpec &b : std::as_const(d->bars)) {
            auto *set = new QBarSet(b.name);
            for (double v : b.values)
                set->append(std::isnan(v) ? 0.0 : v);
            set->setColor(b.colour);
            set->setBorderColor(b.colour);
            series->append(set);
        }
        series->setBarWidth(0.8);
        attach(series);
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
        if (r.name.isEmpty())
            for (QLegendMarker *m : chart->legend()->markers(s))
                m->setVisible(false);
        d->refSeries.append({i, s});
    }
    updateRanges();

    chart->legend()->setVisible(!chart->series().isEmpty());
    d->placeholder->setText(d->placeholderText.isEmpty() ? tr("No data to show") : d->placeholderText);
    d->stack->setCurrentWidget(hasData() ? static_cast<QWidget *>(d->view) : d->placeholder);
}

void ChartView::updateRanges()
{
    d->computeRanges();
    if (auto *dt = qobject_cast<QDateTimeAxis *>(d->axisX))
        dt->setRange(QDateTime::fromMSecsSinceEpoch(qint64(d->x0)), QDateTime::fromMSecsSinceEpoch(qint64(d->x1)));
    else if (auto *v = qobject_cast<QValueAxis *>(d->axisX))
        v->setRange(d->x0, d->x1);
    if (d->axisY) {
        d->axisY->setRange(d->y0, d->y1);
        if (std::isnan(d->y.max) && std::isnan(d->y.min))
            d->axisY->applyNiceNumbers();
        d->y0 = d->axisY->min();
        d->y1 = d->axisY->max();
    }
    if (auto *v = qobject_cast<QValueAxis *>(d->axisX); v && std::isnan(d->x.min) && std::isnan(d->x.max)) {
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
    if (auto *axis = qobject_cast<QBarCategoryAxis *>(d->axisX); axis && !d->dirty) {
        const QStringList labels = thinnedCategories(d->x.categories, width());
        if (labels != axis->categories()) {
            axis->clear();
            axis->append(labels);
        }
    }
}

void ChartView::showEvent(QShowEvent *event)
{
    ensureBuilt();
    QWidget::showEvent(event);
}

QImage ChartView::toImage(const QSize &size)
{
    ensureBuilt();
    const QSize before = this->size();
    const bool resized = size.isValid() && size != before;
    if (resized)
        resize(size);
    const qreal dpr = devicePixelRatioF();
    QImage image(this->size() * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        d->view->exporting = true;
        QWidget *shown = d->stack->currentWidget();
        shown->render(&painter);
        d->view->exporting = false;
    }
    if (resized)
        resize(before);
    return image;
}

bool ChartView::exportPng(const QString &path, const QSize &size)
{
    const QImage image = toImage(size);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

bool ChartView::exportSvg(const QString &path, const QSize &size)
{
    ensureBuilt();
    const QSize before = this->size();
    const bool resized = size.isValid() && size != before;
    if (resized)
        resize(size);
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok) {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(this->size());
        generator.setViewBox(QRect(QPoint(0, 0), this->size()));
        generator.setTitle(d->title);
        generator.setDescription(tr("Chart exported by Palier"));
        QPainter painter(&generator);
        painter.setRenderHint(QPainter::Antialiasing);
        d->view->exporting = true;
        d->view->render(&painter, QRectF(QPointF(0, 0), QSizeF(this->size())), d->view->viewport()->rect());
        d->view->exporting = false;
        painter.end();
        ok = file.commit();
    }
    if (resized)
        resize(before);
    return ok;
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
    const bool ok = asSvg ? exportSvg(path) : exportPng(path);
    if (!ok)
        QMessageBox::warning(this, tr("Export Failed"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace palier::ui
