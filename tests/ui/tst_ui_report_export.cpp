// The report the window exports is `palier report` byte for byte (French,
// English, a chosen week) and its preview shows it; HTML and PDF exports; a
// failed export keeps the old file; the export dialog's defaults. Where the
// exports may write: tst_ui_export_targets.
#include "gui_test_support.h"

#include "dialogs/export_dialog.h"
#include "grid/assessment.h"
#include "views/decision_view.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>

using namespace palier;
using namespace palier::ui;
using test::windowOnSample;

class TestUiReportExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::quietOffscreen(); }
    void exportedReportIsTheCliReport_data();
    void exportedReportIsTheCliReport();
    void exportHtmlAndPdf();
    void failedExportKeepsTheOldFile();
    void exportDialogDefaultsToFrench();
};

void TestUiReportExport::exportedReportIsTheCliReport_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("week");
    QTest::newRow("fr") << QStringLiteral("fr") << QString();
    QTest::newRow("en") << QStringLiteral("en") << QString();
    QTest::newRow("en, week") << QStringLiteral("en") << QStringLiteral("2026-W48");
}

void TestUiReportExport::exportedReportIsTheCliReport()
{
    QFETCH(QString, lang);
    QFETCH(QString, week);
    auto w = windowOnSample();
    QVERIFY(w);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.md"));
    ReportOptions options;
    options.lang = lang;
    options.week = week;
    QCOMPARE(w->exportReportTo(path, ReportFormat::Markdown, options), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();

    QStringList args {QStringLiteral("report"), test::sampleDir(), QStringLiteral("--lang"), lang};
    if (!week.isEmpty())
        args << QStringLiteral("--week") << week;
    int code = -1;
    const QByteArray cli = test::runPalier(args, &code);
    QCOMPARE(code, 0);
    QVERIFY(!cli.isEmpty());
    if (exported != cli) {
        // Leave both beside each other for a diff.
        QFile a(QDir::temp().filePath(QStringLiteral("palier-gui-report.md"))), b(QDir::temp().filePath(QStringLiteral("palier-cli-report.md")));
        if (a.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly)) {
            a.write(exported);
            b.write(cli);
        }
    }
    QCOMPARE(exported, cli);
    // The preview shows the same report.
    w->decisionView()->setReportLanguage(lang);
    if (week.isEmpty())
        QVERIFY(w->decisionView()->reportPreview()->toPlainText().contains(
            QString::fromUtf8(cli).section(QLatin1Char('\n'), 0, 0).mid(2)));
}

void TestUiReportExport::exportHtmlAndPdf()
{
    auto w = windowOnSample();
    QVERIFY(w);
    QTemporaryDir dir;
    ReportOptions options;
    const QString html = dir.filePath(QStringLiteral("r.html"));
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    QCOMPARE(w->exportReportTo(html, ReportFormat::Html, options), QString());
    QCOMPARE(w->exportReportTo(pdf, ReportFormat::Pdf, options), QString());
    QFile h(html), p(pdf);
    QVERIFY(h.open(QIODevice::ReadOnly));
    const QString htmlText = QString::fromUtf8(h.readAll());
    QVERIFY(htmlText.contains(QStringLiteral("<html")));
    QVERIFY(htmlText.contains(QStringLiteral("Rapport capacité")));
    QVERIFY(p.open(QIODevice::ReadOnly));
    QVERIFY(p.read(5) == "%PDF-");
    QVERIFY(p.size() > 2000);
}

void TestUiReportExport::failedExportKeepsTheOldFile()
{
    auto w = windowOnSample();
    QVERIFY(w);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.md"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("last week's report\n");
    old.close();
    ReportOptions bad;
    bad.week = QStringLiteral("2026-W99");
    QVERIFY(!w->exportReportTo(path, ReportFormat::Markdown, bad).isEmpty());
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("last week's report\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("report.md")});   // no temp left
    // Nor into a folder that cannot be written.
    QVERIFY(!w->exportReportTo(dir.filePath(QStringLiteral("missing/report.md")), ReportFormat::Markdown, {}).isEmpty());
}

void TestUiReportExport::exportDialogDefaultsToFrench()
{
    ExportDialog dialog;
    QCOMPARE(dialog.options().lang, QStringLiteral("fr"));   // the team's template language
    QCOMPARE(dialog.format(), ReportFormat::Markdown);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    auto edits = dialog.findChildren<QLineEdit *>();
    QLineEdit *week = nullptr;
    for (QLineEdit *e : edits)
        if (e->toolTip().contains(QStringLiteral("ISO week")))
            week = e;
    QVERIFY(week);
    week->setText(QStringLiteral("2026-47"));
    QVERIFY(!ok->isEnabled());
    week->setText(QStringLiteral("2026-W47"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.options().week, QStringLiteral("2026-W47"));
    QCOMPARE(ReportExport::suggestedFileName(Assessment(), dialog.options(), ReportFormat::Pdf),
             QStringLiteral("rapport-capacite-2026-W47.pdf"));
}

PALIER_UI_TEST_MAIN(TestUiReportExport)
#include "tst_ui_report_export.moc"
