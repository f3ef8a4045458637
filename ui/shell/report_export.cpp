#include "shell/report_export.h"

#include "i18n/language.h"
#include "io/output_file.h"
#include "shell/report_document.h"
#include "shell/report_pdf.h"
#include "words/finding_words.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QTextDocument>

namespace palier::ui {

// The report words the assessment the window already has, in the report's own
// language: nothing is assessed again and no translator is swapped.
QString ReportExport::markdown(const Assessment &assessment, const ReportOptions &options)
{
    return weeklyReportMarkdown(assessment, options);
}

void ReportExport::fillDocument(QTextDocument *document, const QString &markdown)
{
    document->setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    // The first heading is the report's title.
    const QString firstLine = markdown.section(QLatin1Char('\n'), 0, 0);
    if (firstLine.startsWith(QLatin1String("# ")))
        document->setMetaInformation(QTextDocument::DocumentTitle, firstLine.mid(2).trimmed());
}

QString ReportExport::suffix(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Markdown: return QStringLiteral("md");
    case ReportFormat::Html: return QStringLiteral("html");
    case ReportFormat::Pdf: return QStringLiteral("pdf");
    }
    return {};
}

QString ReportExport::suggestedFileName(const Assessment &assessment, const ReportOptions &options, ReportFormat format)
{
    QString week = options.week;
    if (week.isEmpty()) {
        const Run *newest = assessment.newestRun();
        QDate d = newest && newest->startedAt.isValid() ? newest->startedAt.toLocalTime().date() : QDate::currentDate();
        int year = 0;
        const int w = d.weekNumber(&year);
        week = QStringLiteral("%1-W%2").arg(year).arg(w, 2, 10, QLatin1Char('0'));
    }
    // File names follow the report's language, not the UI's.
    const QString stem = options.lang == u"fr" ? QStringLiteral("rapport-capacite") : QStringLiteral("capacity-report");
    return QStringLiteral("%1-%2.%3").arg(stem, week, suffix(format));
}

QByteArray ReportExport::render(ReportFormat format, const Assessment &assessment, const ReportOptions &options,
                                QString *error)
{
    const QString md = markdown(assessment, options);
    if (format == ReportFormat::Markdown)
        return md.toUtf8();   // the very bytes `palier report` prints
    const ReportDocument document = ReportDocumentBuilder::build(md, assessment, Language::get(options.lang), /*withCharts=*/true);
    if (format == ReportFormat::Html)
        return reportHtml(document).toUtf8();
    return ReportPdf::render(document, error);
}

ReportDocumentRenderer ReportExport::cliRenderer()
{
    return [](const Assessment &assessment, const ReportOptions &options, const QString &format, QString *error) {
        const ReportFormat f = format == u"pdf" ? ReportFormat::Pdf : ReportFormat::Html;
        QString problem;
        const QByteArray bytes = render(f, assessment, options, &problem);
        if (bytes.isEmpty() && error)
            *error = tr("palier report: the %1 could not be made: %2").arg(format, problem);
        return bytes;
    };
}

QString ReportExport::write(const QString &path, ReportFormat format, const Assessment &assessment,
                            const ReportOptions &options)
{
    // Rendered in memory first, then written by the same function as `palier
    // report --out`: regular files only, and the old file stays whole until the
    // new one is complete on disk.
    QByteArray bytes;
    QString problem;
    try {
        bytes = render(format, assessment, options, &problem);
    } catch (const InputError &e) {
        return findingLine(e.finding, Language::ui());   // shown by the window, in its language
    }
    // An empty document must not replace a good file.
    if (bytes.isEmpty())
        return tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), problem);
    // The file dialog has already asked before replacing: force.
    return writeOutputFile(path, bytes, /*force=*/true);
}

} // namespace palier::ui
