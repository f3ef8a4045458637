// Exports: the chart and its legend as a PNG or an SVG, written atomically,
// from code, from the chart's buttons or from its context menu. The buttons
// (reset zoom, export) sit at the plot's top right.
#include "charts/chart_hover.h"
#include "charts/chart_view_p.h"
#include "io/output_file.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QImage>
#include <QInputDialog>
#include <QStyle>
#include <QToolButton>
#include <QLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QResizeEvent>
#include <QBuffer>
#include <QSettings>
#include <QSvgGenerator>

namespace palier::ui {

namespace {

// `title` as lines at most `width` pixels wide in `fm`, broken between words:
// plain text when it fits on one line, else rich text with line breaks (a
// single word wider than the room keeps a line of its own).
QString wrappedTitle(const QString &title, const QFontMetrics &fm, int width)
{
    if (title.isEmpty() || fm.horizontalAdvance(title) <= width)
        return title;
    QStringList lines;
    QString line;
    for (const QString &word : title.split(u' ', Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + u' ' + word;
        if (!line.isEmpty() && fm.horizontalAdvance(longer) > width) {
            lines.append(line.toHtmlEscaped());
            line = word;
        } else {
            line = longer;
        }
    }
    lines.append(line.toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

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

void ChartView::paintAt(const QSize &size, const std::function<void(const QSize &)> &paint)
{
    ensureBuilt();   // before the resize, so the new size reaches a built chart
    const QSize before = this->size();
    const bool resized = size.isValid() && size != before;
    if (resized)
        resize(size);
    settleLayout();
    paint(this->size());
    if (resized) {
        resize(before);
        settleLayout();
    }
}

void ChartView::renderForExport(QPainter &painter)
{
    painter.setRenderHint(QPainter::Antialiasing);
    d->view->exporting = true;
    const bool tools = d->tools && !d->tools->isHidden();   // isVisible() is false off screen
    if (tools)
        d->tools->hide();   // buttons belong to the window, not to the picture
    // With no buttons the title has the whole width.
    fitTitle(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    render(&painter);   // chart and legend
    if (tools)
        d->tools->show();
    fitTitle(toolsReserve());
    d->view->exporting = false;
}

QImage ChartView::toImage(const QSize &size, qreal scale)
{
    QImage image;
    paintAt(size, [&](const QSize &at) {
        const qreal dpr = scale > 0 ? scale : devicePixelRatioF();
        image = QImage(at * dpr, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        // The resolution the pixels stand for: 96 logical pixels per inch.
        image.setDotsPerMeterX(int(std::lround(dpr * 96 / 0.0254)));
        image.setDotsPerMeterY(int(std::lround(dpr * 96 / 0.0254)));
        image.fill(palette().color(QPalette::Base));
        QPainter painter(&image);
        renderForExport(painter);
    });
    return image;
}

// The file dialogs have already asked before replacing: force.
bool ChartView::exportPng(const QString &path, const QSize &size, QString *error, qreal scale)
{
    const QImage image = toImage(size, scale);
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
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    paintAt(size, [&](const QSize &at) {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(at);
        generator.setViewBox(QRect(QPoint(0, 0), at));
        generator.setTitle(d->title);
        generator.setDescription(tr("Chart exported by Palier"));
        QPainter painter(&generator);
        renderForExport(painter);   // vector paths through the SVG paint engine
        painter.end();
    });
    const QString problem = bytes.isEmpty() ? tr("Could not write %1.").arg(QDir::toNativeSeparators(path))
                                            : writeOutputFile(path, bytes, /*force=*/true);
    if (error)
        *error = problem;
    return problem.isEmpty();
}

void ChartView::buildTools()
{
    auto *tools = new QWidget(this);
    auto *layout = new QHBoxLayout(tools);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *reset = new QToolButton(tools);
    reset->setAutoRaise(true);
    reset->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    reset->setToolTip(tr("Show the whole range (or double-click the chart)"));
    reset->setAccessibleName(tr("Reset zoom"));
    reset->hide();
    connect(reset, &QToolButton::clicked, this, [this] {
        resetZoom();
        emit xViewChanged();
    });
    auto *exportButton = new QToolButton(tools);
    exportButton->setAutoRaise(true);
    exportButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    exportButton->setToolTip(tr("Export this chart"));
    exportButton->setAccessibleName(tr("Export chart"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("PNG at twice the screen's resolution…"), this, [this] { exportWithDialog(false, 2); });
    menu->addAction(tr("PNG at a chosen resolution…"), this, [this] {
        bool ok = false;
        const int dpi = QInputDialog::getInt(this, tr("Export Chart as PNG"), tr("Resolution (dots per inch):"), 300,
                                             72, 1200, 50, &ok);
        if (ok)
            exportWithDialog(false, dpi / 96.0);
    });
    menu->addAction(tr("SVG (vector)…"), this, [this] { exportWithDialog(true); });
    exportButton->setMenu(menu);
    layout->addWidget(reset);
    layout->addWidget(exportButton);
    d->tools = tools;
    d->resetButton = reset;
    tools->hide();
}

void ChartView::placeTools()
{
    if (!d->tools)
        return;
    d->tools->adjustSize();
    d->tools->move(width() - d->tools->width() - 2, 2);
    d->tools->raise();
    fitTitle(toolsReserve());
}

int ChartView::toolsReserve() const
{
    // The buttons and a few pixels' room: the title is centred, so the same
    // is kept free on the left.
    return d->tools && !d->tools->isHidden() ? d->tools->width() + 6 : 0;
}

void ChartView::fitTitle(int reserve)
{
    const QString fitted = wrappedTitle(d->title, QFontMetrics(d->chart->titleFont()), width() - 2 * reserve - 8);
    if (d->chart->title() != fitted)
        d->chart->setTitle(fitted);
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *png = menu.addAction(tr("Export Chart as PNG…"));
    QAction *svg = menu.addAction(tr("Export Chart as SVG…"));
    png->setEnabled(hasData());
    svg->setEnabled(hasData());
    QAction *reset = nullptr;
    if (isZoomed()) {
        menu.addSeparator();
        reset = menu.addAction(tr("Reset Zoom"));
    }
    QAction *chosen = menu.exec(event->globalPos());
    if (!chosen)
        return;
    if (chosen == reset) {
        resetZoom();
        emit xViewChanged();
        return;
    }
    exportWithDialog(chosen == svg);
}

void ChartView::exportWithDialog(bool asSvg, qreal scale)
{
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
    const bool ok = asSvg ? exportSvg(path, {}, &problem) : exportPng(path, {}, &problem, scale);
    if (!ok)
        QMessageBox::warning(this, tr("Export Failed"), problem);
}

} // namespace palier::ui
