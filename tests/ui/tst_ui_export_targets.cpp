// The window's exports (report MD/HTML/PDF, chart PNG/SVG) go through
// writeOutputFile() in its replacing mode, as the file dialog has already asked:
// an existing regular file is replaced whole, but a FIFO or a folder picked in
// the dialog is refused with a message naming it, and nothing is left beside it.
#include "gui_test_support.h"

#include "charts/chart_view.h"
#include "shell/app_settings.h"
#include "shell/report_export.h"

#include <QDir>
#include <QFile>

#include <sys/stat.h>

using namespace palier;
using namespace palier::ui;

namespace {

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

bool isFifo(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

} // namespace

class TestUiExportTargets : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::quietOffscreen(); }

    void reportExportReplacesAFileButRefusesAFifo()
    {
        AppSettings::setSessionPaths({});
        MainWindow w;
        w.show();
        w.openAtStart({});
        QVERIFY(test::waitForLoad(w));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        QFile old(pdf);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("last week\n");
        old.close();
        QCOMPARE(w.exportReportTo(pdf, ReportFormat::Pdf, {}), QString());
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.read(5), QByteArray("%PDF-"));   // the PDF, whole, in place of the old file
        old.close();

        const QString fifo = dir.filePath(QStringLiteral("pipe.md"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
        for (const ReportFormat format : {ReportFormat::Markdown, ReportFormat::Html, ReportFormat::Pdf})
            QCOMPARE(w.exportReportTo(fifo, format, {}), QString(fifo + QStringLiteral(": is a named pipe (FIFO), not a regular file")));
        QVERIFY(isFifo(fifo));
        QCOMPARE(entries(dir.path()), (QStringList {QStringLiteral("pipe.md"), QStringLiteral("r.pdf")}));
    }

    void chartExportRefusesAFifoAndAFolder()
    {
        ChartView chart;
        chart.resize(400, 300);
        chart.show();
        chart.setAxes(ChartAxis(), ChartAxis());
        chart.addLine(QStringLiteral("p95"), {QPointF(0, 1), QPointF(1, 2), QPointF(2, 1.5)}, Qt::blue);
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
        QString problem;
        QVERIFY(!chart.exportPng(fifo, {}, &problem));
        QCOMPARE(problem, QString(fifo + QStringLiteral(": is a named pipe (FIFO), not a regular file")));
        QVERIFY(!chart.exportSvg(fifo, {}, &problem));
        QCOMPARE(problem, QString(fifo + QStringLiteral(": is a named pipe (FIFO), not a regular file")));
        QVERIFY(isFifo(fifo));
        QVERIFY(!chart.exportSvg(dir.path(), {}, &problem));
        QCOMPARE(problem, QString(dir.path() + QStringLiteral(": is a folder, not a file")));
        // A good export still replaces a regular file.
        const QString svg = dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY(chart.exportSvg(svg));
        QVERIFY(chart.exportSvg(svg, {}, &problem));
        QCOMPARE(problem, QString());
        QCOMPARE(entries(dir.path()), (QStringList {QStringLiteral("chart.png"), QStringLiteral("chart.svg")}));
    }
};

PALIER_UI_TEST_MAIN(TestUiExportTargets)
#include "tst_ui_export_targets.moc"
