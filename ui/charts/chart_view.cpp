// The chart layer's life cycle: the widget (plot, placeholder, legend), the
// settings callers give, and the rebuild that turns them into QtCharts objects,
// deferred to the event loop so a burst of calls costs one rebuild. Series,
// axes, legend, hovering and exports each have their file beside this one.
#include "charts/chart_view.h"

#include "charts/chart_hover.h"
#include "charts/chart_link.h"
#include "charts/chart_view_p.h"

#include <QEvent>
#include <QGraphicsLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace palier::ui {

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
    // Time labels follow the plot's width (a resize, a legend that wraps).
    connect(d->chart, &QChart::plotAreaChanged, this, [this] { d->placeTimeTicks(); });
    buildTools();
    markDirty();
}

ChartView::~ChartView()
{
    // The chart is deleted with the children, after d: nothing may call back.
    d->chart->disconnect(this);
}

void ChartView::clear()
{
    d->lines.clear();
    d->bars.clear();
    d->bands.clear();
    d->refs.clear();
    // New data: the zoom of the old one means nothing for it.
    d->viewX0 = d->viewX1 = qQNaN();
    if (d->resetButton)
        d->resetButton->hide();
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
    chart->legend()->hide();
    d->view->setBackgroundBrush(pal.color(QPalette::Base));

    d->computeRanges();
    d->buildAxes(pal, font());
    d->buildSeries();
    updateRanges();

    const QString legend = d->legendHtml(pal);
    d->legend->setText(legend);
    d->legend->setVisible(!legend.isEmpty() && hasData());
    d->placeholder->setText(d->placeholderText.isEmpty() ? tr("No data to show") : d->placeholderText);
    d->stack->setCurrentWidget(hasData() ? static_cast<QWidget *>(d->view) : d->placeholder);
    d->tools->setVisible(hasData());
    placeTools();
    // The linked panels take this chart's new range into their shared one.
    if (d->link)
        d->link->shareRange();
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
    placeTools();
}

void ChartView::showEvent(QShowEvent *event)
{
    ensureBuilt();
    QWidget::showEvent(event);
}

} // namespace palier::ui
