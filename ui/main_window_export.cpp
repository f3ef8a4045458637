// File ▸ Export Report: the export dialog, then where to write the report.
#include "main_window.h"

#include "shell/app_settings.h"
#include "shell/session.h"
#include "dialogs/export_dialog.h"
#include "views/decision_view.h"
#include "views/production_view.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace palier::ui {

void MainWindow::exportReport()
{
    if (m_session->isEmpty())
        return;
    ExportDialog dialog(this);
    ReportOptions defaults;
    defaults.lang = m_decision->reportLanguage();
    dialog.setOptions(defaults, ReportFormat::Markdown);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportOptions options = dialog.options();
    // Connected to the monitoring table: the report carries its production
    // section, as `palier report --db` does.
    options.production = m_production->productionEvidence();
    const ReportFormat format = dialog.format();
    m_decision->setReportLanguage(options.lang);
    AppSettings::setReportLanguage(options.lang);

    QString filter;
    switch (format) {
    case ReportFormat::Markdown: filter = tr("Markdown (*.md)"); break;
    case ReportFormat::Html: filter = tr("HTML (*.html)"); break;
    case ReportFormat::Pdf: filter = tr("PDF (*.pdf)"); break;
    }
    const QString suggested = QDir(AppSettings::lastFolder())
                                  .filePath(ReportExport::suggestedFileName(m_session->assessment(), options, format));
    // The file dialog asks before replacing an existing file.
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + ReportExport::suffix(format);
    const QString problem = exportReportTo(path, format, options);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Export Failed"), problem);
        return;
    }
    statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

QString MainWindow::exportReportTo(const QString &path, ReportFormat format, const ReportOptions &options)
{
    return ReportExport::write(path, format, m_session->assessment(), options);
}

} // namespace palier::ui
