#include "shell/report_export.h"

#include "i18n/language.h"
#include "words/finding_words.h"

#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
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

QString ReportExport::write(const QString &path, ReportFormat format, const Assessment &assessment,
                            const ReportOptions &options)
{
    const QString shown = QDir::toNativeSeparators(path);
    QString md;
    try {
        md = markdown(assessment, options);
    } catch (const InputError &e) {
        return wordFinding(e.finding, Language::get(options.lang));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: cannot write: %2").arg(shown, file.errorString());
    bool ok = true;
    switch (format) {
    case ReportFormat::Markdown:
        // The very bytes `palier report` prints.
        ok = file.write(md.toUtf8()) >= 0;
        break;
    case ReportFormat::Html: {
        QTextDocument doc;
        fillDocument(&doc, md);
        ok = file.write(doc.toHtml().toUtf8()) >= 0;
        break;
    }
    case ReportFormat::Pdf: {
        QTextDocument doc;
        fillDocument(&doc, md);
        QPdfWriter writer(&file);
        writer.setTitle(doc.metaInformation(QTextDocument::DocumentTitle));
        writer.setCreator(QStringLiteral("Palier %1").arg(QStringLiteral(PALIER_VERSION)));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setResolution(300);
        doc.print(&writer);
        break;
    }
    }
    if (!ok) {
        const QString error = file.errorString();
        file.cancelWriting();
        return tr("%1: cannot write: %2").arg(shown, error);
    }
    if (!file.commit())
        return tr("%1: cannot write: %2").arg(shown, file.errorString());
    return {};
}

} // namespace palier::ui
