// What the window remembers between sessions: geometry, docks and toolbar,
// splitters, the current view and the report language; saved on close.
#include "main_window.h"

#include "shell/app_settings.h"
#include "shell/run_loader.h"
#include "views/decision_view.h"
#include "views/production_view.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QSplitter>
#include <QTabWidget>

namespace palier::ui {

namespace {

// The views' splitters (by object name) whose positions are remembered.
QStringList splitterNames()
{
    return {QStringLiteral("loadTestSplitter"), QStringLiteral("compareSplitter"), QStringLiteral("productionSplitter")};
}

} // namespace

void MainWindow::restoreSettings()
{
    const QByteArray geometry = AppSettings::windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(1280, 800);
    const QByteArray state = AppSettings::windowState();
    if (!state.isEmpty())
        restoreState(state);
    else
        resizeDocks({m_sourcesDock}, {300}, Qt::Horizontal);
    for (const QString &name : splitterNames())
        if (auto *s = findChild<QSplitter *>(name); s && !AppSettings::splitterState(name).isEmpty())
            s->restoreState(AppSettings::splitterState(name));
    m_views->setCurrentIndex(std::clamp(AppSettings::currentView(), 0, m_views->count() - 1));
    m_decision->setReportLanguage(AppSettings::reportLanguage());
}

void MainWindow::saveSettings()
{
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setWindowState(saveState());
    for (const QString &name : splitterNames())
        if (auto *s = findChild<QSplitter *>(name))
            AppSettings::setSplitterState(name, s->saveState());
    AppSettings::setCurrentView(m_views->currentIndex());
    AppSettings::setReportLanguage(m_decision->reportLanguage());
    m_production->saveSettings();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_loader->stop();
    saveSettings();
    event->accept();
}

} // namespace palier::ui
