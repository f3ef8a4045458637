// Opening results: the file dialogs, recent files, drag and drop, the sample
// week and the last session at start, and what a load leaves behind (the runs,
// or the problems that stopped it).
#include "main_window.h"

#include "db/events_views.h"
#include "db/monitoring_session.h"
#include "views/production_view.h"

#include "i18n/language.h"
#include "words/finding_words.h"

#include <QTreeView>

#include "shell/app_settings.h"
#include "shell/data_locations.h"
#include "shell/run_loader.h"
#include "shell/session.h"
#include "grid/profile.h"
#include "models/problems_model.h"
#include "views/production_view.h"
#include "widgets/load_progress.h"

#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QStatusBar>
#include <QTabWidget>
#include <QUrl>

namespace palier::ui {

namespace {

QStringList absolutePaths(const QStringList &paths)
{
    QStringList out;
    for (const QString &p : paths)
        out.append(QFileInfo(p).absoluteFilePath());
    return out;
}

} // namespace

quint64 MainWindow::openPaths(const QStringList &paths)
{
    const QStringList absolute = absolutePaths(paths);
    if (!absolute.isEmpty())
        AppSettings::setLastFolder(QFileInfo(absolute.first()).isDir() ? absolute.first()
                                                                         : QFileInfo(absolute.first()).absolutePath());
    return m_loader->start(absolute);
}

quint64 MainWindow::addPaths(const QStringList &paths)
{
    QStringList all = absolutePaths(m_session->paths());
    for (const QString &p : absolutePaths(paths))
        if (!all.contains(p))
            all.append(p);
    if (!paths.isEmpty())
        AppSettings::setLastFolder(QFileInfo(paths.first()).isDir() ? QFileInfo(paths.first()).absoluteFilePath()
                                                                    : QFileInfo(paths.first()).absolutePath());
    return m_loader->start(all);
}

void MainWindow::openAtStart(const QStringList &arguments)
{
    // "--events FILE [--now TIME]": a CSV export of the monitoring table for
    // the Production view (scripts/run.sh passes the bundled one); the rest
    // are result paths.
    QStringList paths;
    QString events;
    QString nowText;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--events" && i + 1 < arguments.size())
            events = arguments.at(++i);
        else if (arguments.at(i) == u"--now" && i + 1 < arguments.size())
            nowText = arguments.at(++i);
        else
            paths << arguments.at(i);
    }
    if (!events.isEmpty()) {
        const QString zone = effectiveTimeZone(QString());
        const std::optional<QDateTime> now = nowText.isEmpty() ? std::nullopt : parseNowText(nowText, QTimeZone(zone.toUtf8()));
        if (!nowText.isEmpty() && !now)
            statusBar()->showMessage(tr("--now: not a date and time: %1; using the file's last event").arg(nowText), 10000);
        m_production->openEventsFile(events, now);
    }
    if (!paths.isEmpty()) {
        openPaths(paths);
        return;
    }
    QStringList last = AppSettings::sessionPaths();
    last.erase(std::remove_if(last.begin(), last.end(), [](const QString &p) { return !QFileInfo::exists(p); }),
               last.end());
    if (!last.isEmpty()) {
        openPaths(last);
        return;
    }
    openBundledSample();
}

bool MainWindow::openBundledSample()
{
    const QString sample = bundledSampleDir();
    if (sample.isEmpty()) {
        statusBar()->showMessage(tr("The sample week is not installed."), 8000);
        return false;
    }
    openPaths({sample});
    // The generated week of monitoring events beside it, unless a database or
    // another events file is in use.
    const QString events = bundledSampleEventsFile();
    if (!events.isEmpty() && m_production->connectedName().isEmpty() && m_production->eventsFile().isEmpty())
        m_production->openEventsFile(events);
    return true;
}

void MainWindow::openEventsFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open Monitoring Events"), AppSettings::lastFolder(),
        tr("CSV export of the monitoring table (*.csv *.csv.gz *.gz);;All files (*)"));
    if (file.isEmpty())
        return;
    m_production->openEventsFile(file);
    showView(ProductionPage);
}

// The result files a dialog asks for (File ▸ Open Files…, File ▸ Add Files…).
QStringList MainWindow::askForResultFiles(const QString &title)
{
    return QFileDialog::getOpenFileNames(
        this, title, AppSettings::lastFolder(),
        tr("Load-test results (*.csv *.csv.gz *.gz *.json *.ndjson *.jsonl *.html);;All files (*)"));
}

void MainWindow::openFiles()
{
    if (const QStringList files = askForResultFiles(tr("Open Result Files")); !files.isEmpty())
        openPaths(files);
}

void MainWindow::openFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Results Folder"), AppSettings::lastFolder());
    if (!dir.isEmpty())
        openPaths({dir});
}

void MainWindow::addFiles()
{
    if (const QStringList files = askForResultFiles(tr("Add Result Files")); !files.isEmpty())
        addPaths(files);
}

void MainWindow::addFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add Results Folder"), AppSettings::lastFolder());
    if (!dir.isEmpty())
        addPaths({dir});
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QList<QStringList> recent = AppSettings::recent();
    for (const QStringList &paths : recent) {
        QString label = QDir::toNativeSeparators(paths.first());
        if (paths.size() > 1)
            label = tr("%1 and %n more", nullptr, int(paths.size() - 1)).arg(label);
        QAction *a = m_recentMenu->addAction(label, this, [this, paths] { openPaths(paths); });
        a->setToolTip(QDir::toNativeSeparators(paths.join(QLatin1Char('\n'))));
    }
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        AppSettings::clearRecent();
        rebuildRecentMenu();
    });
    clear->setEnabled(!recent.isEmpty());
}

void MainWindow::refresh()
{
    if (m_views->currentIndex() == ProductionPage) {
        m_production->refreshNow();
        return;
    }
    if (!m_session->paths().isEmpty())
        openPaths(m_session->paths());
}

void MainWindow::onLoaded(quint64, const QStringList &paths, const LoadResult &result)
{
    m_progress->end();
    m_failedLoads.clear();
    // A results folder may carry its own grid (palier-profile.json), as the CLI reads it.
    std::optional<Profile> profile;
    const QString profileFile = profileBesideResults(paths);
    if (!profileFile.isEmpty()) {
        try {
            profile = Profile::fromFile(profileFile);
        } catch (const InputError &e) {
            m_failedLoads.append(e.finding);
        }
    }
    m_session->setLoaded(paths, result, profile, profileFile);   // collects the problems
    AppSettings::addRecent(paths);
    AppSettings::setSessionPaths(paths);
    rebuildRecentMenu();
    // A run set aside must not go unseen: the dock opens after a load, never
    // on a profile edit (the user may have closed it).
    if (m_problems->errorCount() > 0)
        m_problemsDock->show();
    statusBar()->showMessage(tr("Opened %n run(s).", nullptr, int(m_session->runs().size())), 5000);
}

void MainWindow::onLoadFailed(quint64, const QStringList &, const Finding &error)
{
    m_progress->end();
    m_failedLoads.append(error);
    collectProblems();
    m_problemsDock->show();
    statusBar()->showMessage(tr("Could not open: %1").arg(findingLine(error, Language::ui())), 10000);
}

void MainWindow::collectProblems()
{
    QList<Problem> all;
    for (const Finding &f : std::as_const(m_failedLoads))
        all.append({QString(), f});
    for (const Finding &f : m_session->loadDiagnostics())
        all.append({QString(), f});
    for (const Run &run : m_session->runs()) {
        for (const Finding &f : run.findings)
            all.append({run.name, f});
        // Reasons only the grid can give (a generator overloaded at or below
        // the target depends on the profile) are problems of the run too.
        if (const RunVerdict *v = m_session->verdict(run.id))
            for (const Finding &f : v->invalidReasons)
                if (!run.findings.contains(f))
                    all.append({run.name, f});
    }
    m_problems->setProblems(all);
    m_problemsTable->expandToDepth(0);
    const int errors = m_problems->errorCount(), warnings = m_problems->warningCount();
    m_problemsLabel->setText(errors + warnings == 0 ? QString()
                                                    : tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
                                                          + tr("%n warning(s)", nullptr, warnings));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    for (const QUrl &url : event->mimeData()->urls())
        if (!url.isLocalFile())
            return;
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // Dropped results join what is open (File ▸ Open replaces it).
    addPaths(paths);
}

} // namespace palier::ui
