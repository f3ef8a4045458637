// The window itself: its views, docks and status bar, the wiring between
// them, and the Sources panel. Menus, opening files, exports, profiles,
// settings and the language menu are in the main_window_*.cpp files.
#include "main_window.h"

#include "shell/run_loader.h"
#include "shell/session.h"
#include "db/secret_store.h"
#include "grid/profile.h"
#include "dialogs/profile_editor.h"
#include "models/problems_model.h"
#include "models/sources_model.h"
#include "views/compare_view.h"
#include "views/decision_view.h"
#include "views/load_test_view.h"
#include "views/production_view.h"
#include "widgets/load_progress.h"

#include <QAction>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace palier::ui {

MainWindow::MainWindow(SecretStore *secrets, QWidget *parent, Session *session)
    : QMainWindow(parent)
    , m_session(session ? session : new Session(this))
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

    connect(m_session, &Session::assessmentChanged, this, &MainWindow::onAssessmentChanged);
    connect(m_session, &Session::profileChanged, this, [this] {
        if (!m_applyingEditorProfile)
            m_profileEditor->setProfile(m_session->profile());
        refreshProfiles();
    });
    connect(m_session, &Session::runsChanged, this, &MainWindow::refreshEndpointNames);
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

    // The views read the session when built; the window's own parts do so here,
    // so a window built on a session that already holds runs (View ▸ Language)
    // shows them at once, without the session saying anything again.
    if (session)
        session->setParent(this);
    m_profileEditor->setProfile(m_session->profile());
    refreshEndpointNames();
    refreshProfiles();
    onAssessmentChanged();
    restoreSettings();
}

void MainWindow::onAssessmentChanged()
{
    refreshSources();
    refreshTitle();
    m_profileLabel->setText(m_session->profileDescription());
    m_exportAction->setEnabled(!m_session->isEmpty());
    // A profile change can set a run aside (or let it back): the Problems say so too.
    collectProblems();
}

void MainWindow::refreshEndpointNames()
{
    QStringList names;
    for (const Run &run : m_session->runs())
        for (const Endpoint &e : run.endpoints)
            if (!names.contains(e.name))
                names.append(e.name);
    m_profileEditor->setEndpointNames(names);
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

    // Grouped by run, then by kind: six "history ends early" read as one line
    // that opens on the six.
    m_problemsTable = new QTreeView(this);
    m_problemsTable->setModel(m_problems);
    m_problemsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsTable->setUniformRowHeights(true);
    m_problemsTable->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problemsTable->header()->setStretchLastSection(true);
    m_problemsTable->setWordWrap(false);
    m_problemsTable->setAccessibleName(tr("Problems"));
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problemsTable);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();
    // Opening a problem opens its file, where the line number leads.
    connect(m_problemsTable, &QTreeView::activated, this, [](const QModelIndex &index) {
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

void MainWindow::showView(View view)
{
    m_views->setCurrentIndex(int(view));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshSources();
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

} // namespace palier::ui
