#include "main_window.h"

#include "shell/app_settings.h"
#include "shell/data_locations.h"
#include "shell/run_loader.h"
#include "shell/session.h"
#include "db/secret_store.h"
#include "grid/profile.h"
#include "i18n/translations.h"
#include "io/output_file.h"
#include "dialogs/export_dialog.h"
#include "dialogs/profile_editor.h"
#include "models/problems_model.h"
#include "models/sources_model.h"
#include "views/compare_view.h"
#include "views/decision_view.h"
#include "views/load_test_view.h"
#include "views/production_view.h"
#include "widgets/load_progress.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QSettings>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace palier::ui {

namespace {

QStringList absolutePaths(const QStringList &paths)
{
    QStringList out;
    for (const QString &p : paths)
        out.append(QFileInfo(p).absoluteFilePath());
    return out;
}

QStringList splitterNames()
{
    return {QStringLiteral("loadTestSplitter"), QStringLiteral("compareSplitter"), QStringLiteral("productionSplitter")};
}

} // namespace

MainWindow::MainWindow(SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_session(new Session(this))
    , m_loader(new RunLoader(this))
    , m_problems(new ProblemsModel(this))
    , m_sources(new SourcesModel(this))
    , m_secrets(secrets ? secrets : new MemorySecretStore(this))
    , m_views(new QTabWidget(this))
    , m_decision(new DecisionView(m_session, this))
    , m_loadTest(new LoadTestView(m_session, this))
    , m_compare(new CompareView(m_session, this))
    , m_production(new ProductionView(m_session, m_secrets, this))
    , m_progress(new LoadProgress(this))
    , m_profileEditor(new ProfileEditor(this))
    , m_profileLabel(new QLabel(this))
    , m_problemsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.palier.Palier")));

    m_views->addTab(m_decision, tr("&Decision"));
    m_views->addTab(m_loadTest, tr("&Load Test"));
    m_views->addTab(m_compare, tr("&Compare"));
    m_views->addTab(m_production, tr("&Production"));
    m_views->setDocumentMode(true);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_progress);
    layout->addWidget(m_views, 1);
    setCentralWidget(central);

    m_profileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_profileLabel, 1);
    statusBar()->addPermanentWidget(m_problemsLabel);

    createDocks();
    createActions();

    connect(m_progress, &LoadProgress::stopRequested, m_loader, &RunLoader::stop);
    connect(m_loader, &RunLoader::started, this, [this](quint64, const QStringList &paths) { m_progress->begin(paths); });
    connect(m_loader, &RunLoader::progress, this,
            [this](quint64, qint64 done, qint64 total) { m_progress->setProgress(done, total); });
    connect(m_loader, &RunLoader::finished, this, &MainWindow::onLoaded);
    connect(m_loader, &RunLoader::failed, this, &MainWindow::onLoadFailed);
    connect(m_loader, &RunLoader::cancelled, this, [this](quint64, const QStringList &) {
        m_progress->end();
        statusBar()->showMessage(tr("Loading stopped; the window shows what it showed before."), 8000);
    });

    connect(m_session, &Session::assessmentChanged, this, [this] {
        refreshSources();
        refreshTitle();
        m_profileLabel->setText(m_session->profileDescription());
        m_exportAction->setEnabled(!m_session->isEmpty());
    });
    connect(m_session, &Session::profileChanged, this, [this] {
        if (!m_applyingEditorProfile)
            m_profileEditor->setProfile(m_session->profile());
        refreshProfiles();
    });
    connect(m_session, &Session::runsChanged, this, [this] {
        QStringList names;
        for (const Run &run : m_session->runs())
            for (const Endpoint &e : run.endpoints)
                if (!names.contains(e.name))
                    names.append(e.name);
        m_profileEditor->setEndpointNames(names);
    });
    connect(m_profileEditor, &ProfileEditor::profileEdited, this, [this](const Profile &profile) {
        m_applyingEditorProfile = true;
        m_session->setProfile(profile, Session::ProfileOrigin::Edited);
        m_applyingEditorProfile = false;
    });
    connect(m_profileEditor, &ProfileEditor::loadRequested, this, &MainWindow::loadProfile);
    connect(m_profileEditor, &ProfileEditor::saveAsRequested, this, &MainWindow::saveProfileAs);
    connect(m_profileEditor, &ProfileEditor::builtInRequested, this, &MainWindow::useBuiltInProfile);
    connect(m_decision, &DecisionView::exportRequested, this, &MainWindow::exportReport);
    auto showRun = [this](const QString &id) {
        m_session->setCurrentRun(id);
        showView(LoadTestPage);
    };
    connect(m_decision, &DecisionView::runActivated, this, showRun);
    connect(m_compare, &CompareView::runActivated, this, showRun);
    connect(m_production, &ProductionView::connectionsChanged, this, &MainWindow::refreshSources);

    m_profileEditor->setProfile(m_session->profile());
    m_profileLabel->setText(m_session->profileDescription());
    refreshSources();
    refreshProfiles();
    refreshTitle();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_sourcesTree = new QTreeView(this);
    m_sourcesTree->setModel(m_sources);
    m_sourcesTree->setHeaderHidden(true);
    m_sourcesTree->setUniformRowHeights(true);
    m_sourcesTree->setIndentation(14);
    m_sourcesTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sourcesTree->setAccessibleName(tr("Sources"));
    m_sourcesDock = new QDockWidget(tr("Sources"), this);
    m_sourcesDock->setObjectName(QStringLiteral("sourcesDock"));
    m_sourcesDock->setWidget(m_sourcesTree);
    addDockWidget(Qt::LeftDockWidgetArea, m_sourcesDock);
    connect(m_sourcesTree, &QTreeView::activated, this, &MainWindow::onSourceActivated);
    connect(m_sourcesTree, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        const auto kind = SourcesModel::Kind(index.data(SourcesModel::KindRole).toInt());
        if (kind == SourcesModel::Kind::Run || kind == SourcesModel::Kind::Stage)
            m_session->setCurrentRun(index.data(SourcesModel::IdRole).toString());
    });

    m_problemsTable = new QTableView(this);
    m_problemsTable->setModel(m_problems);
    m_problemsTable->verticalHeader()->hide();
    m_problemsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problemsTable->horizontalHeader()->setStretchLastSection(true);
    m_problemsTable->setWordWrap(false);
    m_problemsTable->setAccessibleName(tr("Problems"));
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problemsTable);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();
    // Opening a problem opens its file, where the line number leads.
    connect(m_problemsTable, &QTableView::activated, this, [](const QModelIndex &index) {
        const QString path = index.data(ProblemsModel::PathRole).toString();
        if (!path.isEmpty() && QFileInfo(path).isFile())
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_profileEditor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_profileDock = new QDockWidget(tr("Grid Profile"), this);
    m_profileDock->setObjectName(QStringLiteral("profileDock"));
    m_profileDock->setWidget(scroll);
    addDockWidget(Qt::RightDockWidgetArea, m_profileDock);
    m_profileDock->hide();
    // Opened for the first time, the editor gets room for its criteria table.
    connect(m_profileDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_profileDock->width() < 420 && !m_profileDock->isFloating())
            resizeDocks({m_profileDock}, {460}, Qt::Horizontal);
    });
}

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

void MainWindow::showView(View view)
{
    m_views->setCurrentIndex(int(view));
}

quint64 MainWindow::openPaths(const QStringList &paths)
{
    const QStringList absolute = absolutePaths(paths);
    if (!absolute.isEmpty())
        AppSettings::setLastFolder(QFileInfo(absolute.first()).isDir() ? absolute.first()
                                                                         : QFileInfo(absolute.first()).absolutePath());
    return m_loader->start(absolute);
}

void MainWindow::openAtStart(const QStringList &paths)
{
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
    return true;
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
            m_failedLoads.append(e.diag);
        }
    }
    m_session->setLoaded(paths, result, profile, profileFile);
    AppSettings::addRecent(paths);
    AppSettings::setSessionPaths(paths);
    rebuildRecentMenu();
    collectProblems();
    statusBar()->showMessage(tr("Opened %n run(s).", nullptr, int(m_session->runs().size())), 5000);
}

void MainWindow::onLoadFailed(quint64, const QStringList &, const Diagnostic &error)
{
    m_progress->end();
    m_failedLoads.append(error);
    collectProblems();
    m_problemsDock->show();
    statusBar()->showMessage(tr("Could not open: %1").arg(error.toLine()), 10000);
}

void MainWindow::collectProblems()
{
    QList<Diagnostic> all = m_failedLoads;
    all += m_session->loadDiagnostics();
    for (const Run &run : m_session->runs())
        all += run.warnings;
    m_problems->setProblems(all);
    const int errors = m_problems->errorCount(), warnings = m_problems->warningCount();
    m_problemsLabel->setText(errors + warnings == 0 ? QString()
                                                    : tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
                                                          + tr("%n warning(s)", nullptr, warnings));
    if (errors > 0)
        m_problemsDock->show();
}

void MainWindow::refreshSources()
{
    m_sources->setRuns(m_session->assessment(), StatePalette(palette()));
    m_sources->setConnections(m_production->connectionNames(), m_production->connectedName());
    m_sourcesTree->expand(m_sources->runsRoot()->index());
    for (int i = 0; i < m_sources->runsRoot()->rowCount(); ++i)
        m_sourcesTree->expand(m_sources->runsRoot()->child(i)->index());
    m_sourcesTree->expand(m_sources->connectionsRoot()->index());
    m_sourcesTree->expand(m_sources->profilesRoot()->index());
}

void MainWindow::refreshProfiles()
{
    QStringList files;
    const QString shipped = shippedProfilesDir();
    if (!shipped.isEmpty())
        for (const QFileInfo &fi : QDir(shipped).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files.append(fi.absoluteFilePath());
    const QString current = m_session->profileOrigin() == Session::ProfileOrigin::BuiltIn ? QString() : m_session->profileFile();
    if (!current.isEmpty() && !files.contains(QFileInfo(current).absoluteFilePath()))
        files.prepend(QFileInfo(current).absoluteFilePath());
    m_sources->setProfiles(files, current, Profile::builtinDefault().name);
    m_sourcesTree->expand(m_sources->profilesRoot()->index());
}

void MainWindow::refreshTitle()
{
    QStringList names;
    for (const QString &p : m_session->paths())
        names << QFileInfo(p).fileName();
    setWindowTitle(names.isEmpty() ? QStringLiteral("Palier")
                                   : tr("%1 — Palier").arg(names.join(QStringLiteral(", "))));
}

void MainWindow::onSourceActivated(const QModelIndex &index)
{
    const auto kind = SourcesModel::Kind(index.data(SourcesModel::KindRole).toInt());
    const QString id = index.data(SourcesModel::IdRole).toString();
    switch (kind) {
    case SourcesModel::Kind::Run:
    case SourcesModel::Kind::Stage:
        m_session->setCurrentRun(id);
        showView(LoadTestPage);
        break;
    case SourcesModel::Kind::Connection:
        showView(ProductionPage);
        m_production->connectTo(id);
        break;
    case SourcesModel::Kind::NewConnection:
        showView(ProductionPage);
        m_production->newConnection();
        break;
    case SourcesModel::Kind::Profile:
        applyProfileFile(id);
        break;
    case SourcesModel::Kind::BuiltInProfile:
        useBuiltInProfile();
        break;
    case SourcesModel::Kind::Group:
    case SourcesModel::Kind::Placeholder:
        break;
    }
}

void MainWindow::openFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Result Files"), AppSettings::lastFolder(),
        tr("Load-test results (*.csv *.csv.gz *.gz *.json *.ndjson *.jsonl *.html);;All files (*)"));
    if (!files.isEmpty())
        openPaths(files);
}

void MainWindow::openFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Results Folder"), AppSettings::lastFolder());
    if (!dir.isEmpty())
        openPaths({dir});
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
    const ReportOptions options = dialog.options();
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

void MainWindow::applyProfileFile(const QString &file)
{
    try {
        const Profile profile = Profile::fromFile(file);
        m_session->setProfile(profile, Session::ProfileOrigin::File, file);
        statusBar()->showMessage(tr("Grid profile %1 applied.").arg(profile.name), 5000);
    } catch (const InputError &e) {
        QMessageBox::warning(this, tr("Cannot Use This Profile"), e.toLine());
    }
}

void MainWindow::loadProfile()
{
    const QString dir = m_session->profileFile().isEmpty() ? shippedProfilesDir() : QFileInfo(m_session->profileFile()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Load Grid Profile"), dir, tr("Grid profiles (*.json)"));
    if (!file.isEmpty())
        applyProfileFile(file);
}

void MainWindow::saveProfileAs()
{
    const Profile profile = m_profileEditor->profile();
    const QStringList problems = profile.validate();
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, tr("Profile Not Valid"), problems.join(QLatin1Char('\n')));
        return;
    }
    QString name = profile.name.isEmpty() ? QStringLiteral("palier-profile") : profile.name;
    name.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("-"));
    const QString dir = m_session->paths().isEmpty() ? AppSettings::lastFolder() : m_session->paths().first();
    QString path = QFileDialog::getSaveFileName(this, tr("Save Grid Profile As"),
                                                QDir(QFileInfo(dir).isDir() ? dir : QFileInfo(dir).absolutePath()).filePath(name + QStringLiteral(".json")),
                                                tr("Grid profiles (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    // The file dialog has already asked before replacing: force (regular files only).
    if (const QString problem = writeOutputFile(path, profile.toJson(), /*force=*/true); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Save Failed"), problem);
        return;
    }
    m_session->setProfile(profile, Session::ProfileOrigin::File, path);
    statusBar()->showMessage(tr("Grid profile saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::useBuiltInProfile()
{
    m_session->setProfile(Profile::builtinDefault(), Session::ProfileOrigin::BuiltIn);
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
    openPaths(paths);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshSources();
}

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

// The UI language: the system's by default, or one the user picks. Widgets are
// built with their strings, so the choice applies at the next start (the weekly
// report has its own language, chosen when exporting).
void MainWindow::buildLanguageMenu(QMenu *menu)
{
    auto *group = new QActionGroup(menu);
    const QString current = QSettings().value(LanguageSettingsKey).toString();
    // Language names in their own language, as every desktop shows them.
    const QList<QPair<QString, QString>> choices {{QString(), tr("System default")},
                                                  {QStringLiteral("en"), QStringLiteral("English")},
                                                  {QStringLiteral("fr"), QStringLiteral("Français")}};
    for (const auto &choice : choices) {
        QAction *a = menu->addAction(choice.second);
        a->setCheckable(true);
        a->setChecked(choice.first == current);
        group->addAction(a);
        const QString code = choice.first;
        connect(a, &QAction::triggered, this, [this, code] {
            QSettings().setValue(LanguageSettingsKey, code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The new language applies the next time Palier starts."));
        });
    }
}

} // namespace palier::ui
