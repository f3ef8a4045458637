// Writing the weekly report to a file: Markdown exactly as `palier report`
// writes it (same function, same bytes), or rendered from that Markdown to HTML
// or PDF. Written through writeOutputFile() (io/output_file.h): regular files
// only, and a failed export leaves the old file whole.
#pragma once

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
    // The Markdown rendered as a document (preview, HTML, PDF).
    static void fillDocument(QTextDocument *document, const QString &markdown);
    static QString suffix(ReportFormat format);   // "md", "html", "pdf"
    // "rapport-capacite-2026-W47.md" / "capacity-report-2026-W47.md".
    static QString suggestedFileName(const Assessment &assessment, const ReportOptions &options, ReportFormat format);
};

} // namespace palier::ui
