// Charts a capacity engineer can read (docs/charts.md): the panels of a run on
// one time axis that zoom and pan together under the mouse, a crosshair
// readout in every panel, stage bands, a y axis fitted to what is shown with
// the grid's limits beyond it as arrows at the edge, and detail regained when
// zooming into a long series.
#include "gui_test_support.h"

#include "charts/chart_view.h"
#include "shell/session.h"
#include "views/load_test_view.h"

#include <QChartView>
#include <QGraphicsTextItem>
#include <QImage>
#include <QToolButton>
#include <QTabWidget>
#include <QWheelEvent>

#include <cmath>

using namespace palier;
using namespace palier::ui;
using test::windowOnSample;

namespace {

QChartView *plotOf(ChartView *chart)
{
    return chart->findChild<QChartView *>();
}

// A point of the plot (fractions of its width and height) in viewport coordinates.
QPoint plotPoint(ChartView *chart, qreal fx, qreal fy = 0.5)
{
    QChartView *view = plotOf(chart);
    const QRectF plot = view->chart()->plotArea();
    const QPointF at(plot.left() + fx * plot.width(), plot.top() + fy * plot.height());
    return view->mapFromScene(view->chart()->mapToScene(at));
}

void wheel(ChartView *chart, const QPoint &at, int notches)
{
    QWidget *viewport = plotOf(chart)->viewport();
    QWheelEvent event(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, 120 * notches), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &event);
}

// The window on the bundled week at 1280×800, the Load test view's Over time
// tab showing the run of 18 November.
std::unique_ptr<MainWindow> windowOnOverTime()
{
    auto w = windowOnSample();
    if (!w)
        return w;
    w->resize(1280, 800);
    w->session()->setCurrentRun(QStringLiteral("run-2026-11-18"));
    w->showView(MainWindow::LoadTestPage);
    LoadTestView *view = w->loadTestView();
    view->tabs()->setCurrentWidget(view->findChild<QWidget *>(QStringLiteral("overTimePage")));
    QCoreApplication::processEvents();
    return w;
}

// The texts the plot draws and shows (axis labels, title), in scene order.
QList<QGraphicsTextItem *> shownTexts(ChartView *chart)
{
    QList<QGraphicsTextItem *> texts;
    for (QGraphicsItem *item : plotOf(chart)->scene()->items())
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible() && !text->toPlainText().isEmpty())
            texts.append(text);
    return texts;
}

// A text as one line: the title's line breaks read as spaces.
QString oneLine(const QString &text)
{
    return text.simplified();
}

bool near(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance;
}

} // namespace

class TestUiChartZoom : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::quietOffscreen(); }
    void panelsShareOneTimeAxis();
    void crosshairReadsEveryPanel();
    void axisFitsTheData();
    void zoomRevealsDetail();
    void exportsLeaveTheButtonsOut();
    void destroyingALinkedChartKeepsTheOthersLinked();
    void timeLabelsFitAndNameTheDays();
    void longTitlesWrapClearOfTheButtons();
};

void TestUiChartZoom::panelsShareOneTimeAxis()
{
    auto w = windowOnOverTime();
    QVERIFY(w);
    LoadTestView *view = w->loadTestView();
    const QList<ChartView *> panels {view->charts().at(2), view->charts().at(3), view->charts().at(4)};
    for (ChartView *c : panels) {
        QVERIFY(c->hasData());
        QVERIFY(c->isVisible());
        QVERIFY(!c->isZoomed());
    }
    // One whole range: a time sits at the same place in the three panels.
    const auto whole = panels.at(0)->xRange();
    for (ChartView *c : panels)
        QCOMPARE(c->xRange(), whole);
    // Each stage is a band with its users, on every panel.
    QCOMPARE(panels.at(0)->verticalBands().size(), 6);
    QCOMPARE(panels.at(2)->verticalBands(), panels.at(0)->verticalBands());

    // Two notches of the wheel in the middle of the rates panel: 64 % of the span, about the cursor.
    ChartView *rates = panels.at(1);
    const double cursorX = whole.first + 0.5 * (whole.second - whole.first);
    wheel(rates, plotPoint(rates, 0.5), 2);
    auto zoomed = rates->xRange();
    const double span = whole.second - whole.first;
    QVERIFY2(near(zoomed.second - zoomed.first, 0.64 * span, span * 1e-3),
             qPrintable(QString::number((zoomed.second - zoomed.first) / span)));
    QVERIFY(zoomed.first < cursorX && zoomed.second > cursorX);
    for (ChartView *c : panels) {
        QVERIFY(c->isZoomed());
        QCOMPARE(c->xRange(), zoomed);
    }

    // Dragging the latency panel a quarter of its width to the right shows earlier times, in every panel.
    ChartView *latency = panels.at(0);
    QWidget *viewport = plotOf(latency)->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, plotPoint(latency, 0.5));
    QTest::mouseMove(viewport, plotPoint(latency, 0.75));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, plotPoint(latency, 0.75));
    const auto panned = latency->xRange();
    const double shift = zoomed.first - panned.first;
    QVERIFY2(near(shift, 0.25 * (zoomed.second - zoomed.first), (zoomed.second - zoomed.first) * 0.02),
             qPrintable(QString::number(shift / (zoomed.second - zoomed.first))));
    QVERIFY(near(panned.second - panned.first, zoomed.second - zoomed.first, 1));
    for (ChartView *c : panels)
        QCOMPARE(c->xRange(), panned);

    // Shift+drag over the users panel from 20 % to 40 %: that span, everywhere.
    ChartView *users = panels.at(2);
    viewport = plotOf(users)->viewport();
    const auto before = users->xRange();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::ShiftModifier, plotPoint(users, 0.2));
    QTest::mouseMove(viewport, plotPoint(users, 0.4));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::ShiftModifier, plotPoint(users, 0.4));
    const auto band = users->xRange();
    const double beforeSpan = before.second - before.first;
    QVERIFY(near(band.first, before.first + 0.2 * beforeSpan, beforeSpan * 0.01));
    QVERIFY(near(band.second, before.first + 0.4 * beforeSpan, beforeSpan * 0.01));
    for (ChartView *c : panels)
        QCOMPARE(c->xRange(), band);

    // Panning stops at the start of the data.
    viewport = plotOf(rates)->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, plotPoint(rates, 0.05));
    QTest::mouseMove(viewport, plotPoint(rates, 0.95));
    QTest::mouseMove(viewport, plotPoint(rates, 0.95));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, plotPoint(rates, 0.95));
    QVERIFY(rates->xRange().first >= whole.first);
    QVERIFY(near(rates->xRange().second - rates->xRange().first, band.second - band.first, 1));

    // A double-click shows the whole run again, in every panel.
    QTest::mouseDClick(viewport, Qt::LeftButton, Qt::NoModifier, plotPoint(rates, 0.5));
    for (ChartView *c : panels) {
        QVERIFY(!c->isZoomed());
        QCOMPARE(c->xRange(), whole);
    }
}

void TestUiChartZoom::crosshairReadsEveryPanel()
{
    auto w = windowOnOverTime();
    QVERIFY(w);
    LoadTestView *view = w->loadTestView();
    ChartView *latency = view->charts().at(2), *rates = view->charts().at(3), *users = view->charts().at(4);
    QVERIFY(rates->linkedReadout().isEmpty());
    // Hovering the latency panel in the middle of the fourth stage: the two
    // others read their values at that time.
    const auto stage = latency->verticalBands().at(3).first;
    const auto range = latency->xRange();
    const qreal at = ((stage.first + stage.second) / 2 - range.first) / (range.second - range.first);
    QWidget *viewport = plotOf(latency)->viewport();
    const QPoint pos = plotPoint(latency, at);
    QMouseEvent move(QEvent::MouseMove, pos, viewport->mapToGlobal(pos), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    QVERIFY(latency->linkedReadout().isEmpty());   // the hovered one has its tooltip
    const QString readout = users->linkedReadout();
    QVERIFY(!readout.isEmpty());
    QVERIFY(!rates->linkedReadout().isEmpty());
    // The same time heads each readout.
    QCOMPARE(readout.section(QLatin1Char('\n'), 0, 0), rates->linkedReadout().section(QLatin1Char('\n'), 0, 0));
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(plotOf(latency), &leave);
    QVERIFY(users->linkedReadout().isEmpty());
}

void TestUiChartZoom::axisFitsTheData()
{
    ChartView chart;
    chart.resize(800, 400);
    chart.show();
    ChartAxis x, y;
    x.kind = ChartAxis::Kind::Time;
    y.unit = QStringLiteral(" ms");
    chart.setAxes(x, y);
    const double t0 = 1795373939000.0, step = 10000;
    QList<QPointF> fast;   // a 100-ms service, one 300-ms spike in the second half
    for (int i = 0; i < 200; ++i)
        fast.append({t0 + i * step, i == 150 ? 300.0 : 80.0 + (i % 5) * 10});
    chart.addLine(QStringLiteral("p95"), fast, Qt::blue);
    chart.addBand(0, 1500, QColor(0, 158, 115, 40), QStringLiteral("green"));
    chart.addBand(1500, 4000, QColor(230, 159, 0, 40), QStringLiteral("orange"));
    chart.addBand(4000, qInf(), QColor(200, 40, 30, 40), QStringLiteral("red"));
    chart.addHorizontalLine(4000, QStringLiteral("Red above 4000 ms"), Qt::red);
    // The axis reaches the data (with a margin), not the 4 000-ms limit.
    const auto range = chart.yRange();
    QCOMPARE(range.first, 0.0);
    QVERIFY2(range.second >= 300 && range.second <= 400, qPrintable(QString::number(range.second)));
    // The two limits beyond it are arrows at the top: the named line, and where orange starts.
    const QStringList edges = chart.edgeLabels();
    QCOMPARE(edges.size(), 2);
    QVERIFY(edges.contains(QStringLiteral("Red above 4000 ms")));
    QVERIFY(edges.at(0).contains(QStringLiteral("500")));   // 1 500 ms, the nearest first
    // Zoomed onto the first half, the axis fits what is shown: the spike is out.
    chart.setXView(t0, t0 + 100 * step);
    QVERIFY2(chart.yRange().second < 300 && chart.yRange().second >= 120, qPrintable(QString::number(chart.yRange().second)));
    // A limit inside the data is drawn as itself, not as an arrow.
    chart.resetZoom();
    chart.addHorizontalLine(200, QStringLiteral("green limit"), Qt::green);
    QVERIFY(!chart.edgeLabels().contains(QStringLiteral("green limit")));
}

void TestUiChartZoom::zoomRevealsDetail()
{
    ChartView chart;
    chart.resize(900, 400);
    chart.show();
    ChartAxis x, y;
    x.kind = ChartAxis::Kind::Time;
    chart.setAxes(x, y);
    // 100 000 one-second samples: reduced to 2 000 when whole.
    const double t0 = 1795373939000.0;
    QList<QPointF> points;
    for (int i = 0; i < 100000; ++i)
        points.append({t0 + i * 1000.0, double((i * 7919) % 1000)});
    const int id = chart.addLine(QStringLiteral("rps"), points, Qt::blue);
    QCOMPARE(chart.drawnPointCount(id), ChartView::kMaxPointsPerLine);
    // 500 seconds shown: every sample in them is drawn (and one on each side).
    chart.setXView(t0 + 50000 * 1000.0, t0 + 50500 * 1000.0);
    QCOMPARE(chart.drawnPointCount(id), 503);
    QCOMPARE(chart.drawnSegmentCount(id), 1);
    chart.resetZoom();
    QCOMPARE(chart.drawnPointCount(id), ChartView::kMaxPointsPerLine);
}

void TestUiChartZoom::exportsLeaveTheButtonsOut()
{
    // Shown in the window or never shown (the report's charts), an export has
    // no reset or export button: it equals the picture with the buttons gone.
    for (const bool shown : {false, true}) {
        ChartView chart;
        chart.resize(800, 400);
        if (shown)
            chart.show();
        ChartAxis x, y;
        chart.setAxes(x, y);
        chart.addLine(QStringLiteral("p95"), {{0, 1}, {1, 2}, {2, 1.5}}, Qt::blue);
        QCoreApplication::processEvents();
        const QImage exported = chart.toImage(QSize(800, 400), 1);
        auto *button = chart.findChild<QToolButton *>();
        QVERIFY(button);
        QVERIFY(!button->parentWidget()->isHidden());
        button->parentWidget()->hide();
        QCOMPARE(chart.toImage(QSize(800, 400), 1), exported);
    }
}

// Finding 8 of docs/fuzzing.md: a linked chart going away (a tab or window
// closed) must leave the group to the others, without touching the dying chart
// as a ChartView (UBSan's vptr check under the asan preset).
void TestUiChartZoom::destroyingALinkedChartKeepsTheOthersLinked()
{
    const double t0 = 1795373939000.0;
    auto makeChart = [&](double shift) {
        auto *chart = new ChartView;
        chart->resize(600, 300);
        ChartAxis x, y;
        x.kind = ChartAxis::Kind::Time;
        chart->setAxes(x, y);
        QList<QPointF> points;
        for (int i = 0; i <= 100; ++i)
            points.append({t0 + shift + i * 1000.0, double(i % 7)});
        chart->addLine(QStringLiteral("s"), points, Qt::blue);
        chart->show();
        return chart;
    };
    ChartView *a = makeChart(0), *b = makeChart(0), *c = makeChart(50000);
    ChartView::linkX({a, b, c});
    QCOMPARE(a->xRange(), c->xRange());   // the union of the three: 0 to 150 s
    delete c;
    QCoreApplication::processEvents();
    // The two left still zoom together.
    a->setXView(t0 + 10000, t0 + 20000);
    QCOMPARE(b->xRange(), a->xRange());
    QVERIFY(b->isZoomed());
    delete a;
    QCoreApplication::processEvents();
    b->resetZoom();
    QVERIFY(!b->isZoomed());
    delete b;
    QCoreApplication::processEvents();
}

// Docs/charts.md, "Time axes": a week of per-day columns is labelled with
// the days' names under the columns, as many as fit, none cut or overlapping,
// at every width (one label for the whole week before).
void TestUiChartZoom::timeLabelsFitAndNameTheDays()
{
    const QDate firstDay(2026, 11, 15);
    constexpr double dayMs = 86400e3;
    QList<QPointF> columns;
    for (int i = 0; i < 8; ++i)
        columns.append({double(QDateTime(firstDay.addDays(i), QTime(12, 0)).toMSecsSinceEpoch()), 100.0 + i});
    for (const int width : {260, 320, 560, 1200}) {
        ChartView chart;
        chart.resize(width, 260);
        ChartAxis x, y;
        x.kind = ChartAxis::Kind::Time;
        chart.setAxes(x, y);
        chart.addColumns(QStringLiteral("Searches"), columns, dayMs * 0.8, Qt::blue);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCoreApplication::processEvents();
        const QList<QPair<double, QString>> ticks = chart.xTicks();
        // Every third day at least; every day once there is room.
        QVERIFY2(ticks.size() >= 3, qPrintable(QStringLiteral("%1 px: %2 labels").arg(width).arg(ticks.size())));
        if (width >= 560)
            QCOMPARE(ticks.size(), 8);
        const QList<QGraphicsTextItem *> texts = shownTexts(&chart);
        QList<QRectF> drawn;
        for (const auto &[at, label] : ticks) {
            // Under a column (its day's noon), naming that day.
            const auto column = std::find_if(columns.cbegin(), columns.cend(), [&](const QPointF &c) { return c.x() == at; });
            QVERIFY2(column != columns.cend(), qPrintable(label));
            const QDateTime day = QDateTime::fromMSecsSinceEpoch(qint64(at));
            QVERIFY2(label == QLocale().toString(day, QStringLiteral("ddd d MMM")) || label == QLocale().toString(day, QStringLiteral("ddd d")),
                     qPrintable(label));
            // Drawn whole (QtCharts writes "..." for a cut label).
            const auto item = std::find_if(texts.cbegin(), texts.cend(), [&](QGraphicsTextItem *t) { return t->toPlainText() == label; });
            QVERIFY2(item != texts.cend(), qPrintable(QStringLiteral("%1 px: '%2' not drawn whole").arg(width).arg(label)));
            drawn.append((*item)->sceneBoundingRect());
        }
        for (qsizetype i = 1; i < drawn.size(); ++i)
            QVERIFY2(!drawn.at(i - 1).intersects(drawn.at(i)), qPrintable(QStringLiteral("%1 px: labels overlap").arg(width)));
    }
}

// Docs/charts.md, "Titles": a long title on a narrow chart wraps between words
// clear of the buttons at the top right, whole; on a wide chart it is one line.
void TestUiChartZoom::longTitlesWrapClearOfTheButtons()
{
    const QString title = QStringLiteral("Searches per hour (athlete_search), last 48 h, hours in Europe/Paris");
    for (const int width : {260, 420, 1200}) {
        ChartView chart;
        chart.resize(width, 260);
        ChartAxis x, y;
        chart.setAxes(x, y);
        chart.setTitle(title);
        chart.addLine(QStringLiteral("p95"), {{0, 1}, {1, 2}, {2, 1.5}}, Qt::blue);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCoreApplication::processEvents();
        QGraphicsTextItem *shown = nullptr;
        for (QGraphicsTextItem *t : shownTexts(&chart))
            if (t->toPlainText().startsWith(QStringLiteral("Searches")))
                shown = t;
        QVERIFY(shown);
        QCOMPARE(oneLine(shown->toPlainText()), title);
        QCOMPARE(shown->toPlainText().contains(u'\n'), width < 1200);
        auto *button = chart.findChild<QToolButton *>();
        QVERIFY(button && !button->parentWidget()->isHidden());
        QGraphicsView *view = plotOf(&chart);
        const QRect titleRect = view->mapFromScene(shown->sceneBoundingRect()).boundingRect().translated(view->mapTo(&chart, QPoint()));
        QVERIFY2(!titleRect.intersects(button->parentWidget()->geometry()),
                 qPrintable(QStringLiteral("%1 px: the title runs under the buttons").arg(width)));
    }
}

QTEST_MAIN(TestUiChartZoom)
#include "tst_ui_chart_zoom.moc"
