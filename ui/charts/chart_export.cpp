// Exports: the chart and its legend as a PNG or an SVG, written atomically,
// from code or from the chart's context menu.
#include "charts/chart_hover.h"
#include "charts/chart_view_p.h"
#include "io/output_file.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QResizeEvent>
#include <QBuffer>
#include <QSettings>
#include <QSvgGenerator>

namespace palier::ui {

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
    render(&painter);   // chart and legend
    d->view->exporting = false;
}

QImage ChartView::toImage(const QSize &size, qreal pixelRatio)
{
    QImage image;
    paintAt(size, [&](const QSize &at) {
        const qreal dpr = pixelRatio > 0 ? pixelRatio : devicePixelRatioF();
        image = QImage(at * dpr, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(palette().color(QPalette::Base));
        QPainter painter(&image);
        renderForExport(painter);
    });
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
