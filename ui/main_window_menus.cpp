// The menu bar and the toolbar: every action of the window, with its shortcut,
// and the About box.
#include "main_window.h"

#include "views/production_view.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>

namespace palier::ui {

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openFiles = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Files…"),
                                         this, &MainWindow::openFiles);
    openFiles->setShortcut(QKeySequence::Open);
    openFiles->setToolTip(tr("Open Locust or k6 result files"));
    QAction *openFolder = file->addAction(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Open &Folder…"),
                                          this, &MainWindow::openFolder);
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openFolder->setToolTip(tr("Open a folder of results: each folder of result files inside is a run"));
    QAction *addFiles = file->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Files…"), this,
                                        &MainWindow::addFiles);
    addFiles->setToolTip(tr("Add Locust or k6 result files to the runs open"));
    QAction *addFolder = file->addAction(tr("A&dd Folder…"), this, &MainWindow::addFolder);
    addFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    addFolder->setToolTip(tr("Add a folder of results to the runs open"));
    QAction *openEvents = file->addAction(tr("Open &Monitoring Events…"), this, &MainWindow::openEventsFile);
    openEvents->setToolTip(tr("Open a CSV export of the monitoring table (plain or gzip) in the Production view"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open the &Sample Week"), this, &MainWindow::openBundledSample);
    file->addSeparator();
    m_exportAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export Report…"),
                                     this, &MainWindow::exportReport);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this,
                                    &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    rebuildRecentMenu();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList names {tr("&Decision"), tr("&Load Test"), tr("&Compare"), tr("&Production")};
    for (int i = 0; i < names.size(); ++i) {
        QAction *a = view->addAction(names.at(i), this, [this, i] { showView(View(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *refreshAction = view->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this,
                                             &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    refreshAction->setToolTip(tr("Production: query the database now. Other views: read the opened files again."));
    view->addSeparator();
    view->addAction(m_sourcesDock->toggleViewAction());
    view->addAction(m_problemsDock->toggleViewAction());
    view->addAction(m_profileDock->toggleViewAction());
    view->addSeparator();
    buildLanguageMenu(view->addMenu(tr("&Language")));

    QMenu *grid = menuBar()->addMenu(tr("&Grid"));
    QAction *edit = m_profileDock->toggleViewAction();
    edit->setText(tr("&Edit Profile"));
    edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    grid->addAction(edit);
    grid->addAction(tr("&Load Profile…"), this, &MainWindow::loadProfile);
    grid->addAction(tr("&Save Profile As…"), this, &MainWindow::saveProfileAs);
    grid->addAction(tr("Use the &Built-in Grid"), this, &MainWindow::useBuiltInProfile);

    QMenu *database = menuBar()->addMenu(tr("&Database"));
    database->addAction(QIcon::fromTheme(QStringLiteral("network-server-database")), tr("&New Connection…"), this, [this] {
        showView(ProductionPage);
        m_production->newConnection();
    });
    database->addAction(tr("&Refresh Now"), m_production, &ProductionView::refreshNow);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About Palier"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(openFiles);
    toolbar->addAction(openFolder);
    toolbar->addAction(m_exportAction);
    toolbar->addAction(refreshAction);
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Palier"),
        tr("<h3>Palier %1</h3>"
           "<p>Capacity analysis of staged load tests (Locust, k6) and production monitoring (PostgreSQL): "
           "a red/orange/green grid over the last comparable runs, a GO / WATCH / NO-GO decision and the "
           "weekly report.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>"
           "<p>License: GPL-3.0-or-later.</p>")
            .arg(QStringLiteral(PALIER_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

} // namespace palier::ui
