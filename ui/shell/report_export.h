// Writing the weekly report to a file: Markdown exactly as `palier report`
// writes it (same function, same bytes), or built from that Markdown into a
// document with chips and charts (shell/report_document.h) written as a
// self-contained HTML file or an A4 PDF (shell/report_pdf.h). The window and
// `palier report --format html|pdf` both go through render(), so they give
// the same files. Written through writeOutputFile() (io/output_file.h):
// regular files only, and a failed export leaves the old file whole.
#pragma once

#include "cli/cli.h"
#include "report/weekly_report.h"

#include <QCoreApplication>
#include <QString>

class QTextDocument;

namespace palier::ui {

enum class ReportFormat { Markdown, Html, Pdf };

struct ReportExport {
    Q_DECLARE_TR_FUNCTIONS(palier::ui::ReportExport)
public:
    // Returns an empty string on success, else one line naming the file and the problem.
    static QString write(const QString &path, ReportFormat format, const Assessment &assessment,
                         const ReportOptions &options);
    // The Markdown report; throws InputError for invalid options (a bad week).
    static QString markdown(const Assessment &assessment, const ReportOptions &options);
    // The file's bytes in `format`; throws InputError for invalid options.
    // Empty bytes with one line in *error when the document cannot be made.
    static QByteArray render(ReportFormat format, const Assessment &assessment, const ReportOptions &options,
                             QString *error);
    // render() for `palier report --format html|pdf` (registered by main.cpp).
    static ReportDocumentRenderer cliRenderer();
    // The Markdown rendered as a document (preview, HTML, PDF).
    static void fillDocument(QTextDocument *document, const QString &markdown);
    static QString suffix(ReportFormat format);   // "md", "html", "pdf"
    // "rapport-capacite-2026-W47.md" / "capacity-report-2026-W47.md".
    static QString suggestedFileName(const Assessment &assessment, const ReportOptions &options, ReportFormat format);
};

} // namespace palier::ui
