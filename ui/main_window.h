// Palier's main window: the sources panel, the four views (Decision, Load
// test, Compare, Production), the Problems list and the profile editor, with
// the menus, shortcuts, drag and drop and the settings it remembers.
#pragma once

#include "shell/report_export.h"
#include "sources/load.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QTableView;
class QTreeView;

namespace palier::ui {

class CompareView;
class DecisionView;
class LoadProgress;
class LoadTestView;
class ProblemsModel;
class ProductionView;
class ProfileEditor;
class RunLoader;
class SecretStore;
class Session;
class SourcesModel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum View { DecisionPage, LoadTestPage, ComparePage, ProductionPage };

    // secrets: where database passwords go (the system keychain in the
    // executable); null keeps them in memory for the session. session: the runs
    // and profile to show (a window rebuilt in another language keeps them);
    // null starts empty.
    explicit MainWindow(SecretStore *secrets = nullptr, QWidget *parent = nullptr, Session *session = nullptr);
    ~MainWindow() override;

    // Opens result files, Locust prefixes or folders off the UI thread. A newer
    // call supersedes a running one. Returns the load's generation.
    quint64 openPaths(const QStringList &paths);
    // The same, keeping what is open: the paths open now and these are loaded
    // together (File ▸ Add…, drag and drop). Returns the load's generation.
    quint64 addPaths(const QStringList &paths);
    // What to show at start: the PATHs given, else the last session, else the bundled sample.
    void openAtStart(const QStringList &paths);
    bool openBundledSample();

    // Writes the report without asking anything (the dialogs' last step).
    // Returns an empty string on success, else the problem.
    QString exportReportTo(const QString &path, ReportFormat format, const ReportOptions &options);

    void showView(View view);
    // View ▸ Language: installs `code` ("fr", "en", or empty for the system's)
    // and rebuilds the window in it, live: same runs, profile, view, docks and
    // geometry, nothing reloaded; a live database connection is reopened.
    // Returns the new window (this one closes and deletes itself).
    MainWindow *switchLanguage(const QString &code);
    Session *session() const { return m_session; }
    RunLoader *loader() const { return m_loader; }
    ProblemsModel *problemsModel() const { return m_problems; }
    SourcesModel *sourcesModel() const { return m_sources; }
    DecisionView *decisionView() const { return m_decision; }
    LoadTestView *loadTestView() const { return m_loadTest; }
    CompareView *compareView() const { return m_compare; }
    ProductionView *productionView() const { return m_production; }
    ProfileEditor *profileEditor() const { return m_profileEditor; }
    QTabWidget *views() const { return m_views; }
    LoadProgress *loadProgress() const { return m_progress; }

public slots:
    void openFiles();
    void openFolder();
    void addFiles();
    void addFolder();
    void openEventsFile();
    void exportReport();
    void refresh();
    void loadProfile();
    void saveProfileAs();
    void useBuiltInProfile();
    void about();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The result files a dialog asks for (Open Files…, Add Files…).
    QStringList askForResultFiles(const QString &title);
    void buildLanguageMenu(QMenu *menu);
    void createActions();
    void createDocks();
    void restoreSettings();
    void saveSettings();
    void rebuildRecentMenu();
    void refreshSources();
    void refreshProfiles();
    void refreshTitle();
    void onAssessmentChanged();
    void refreshEndpointNames();
    // Fills the Problems dock from the failed loads, the session's diagnostics
    // and every run's findings and invalid reasons; never shows the dock itself.
    void collectProblems();
    void applyProfileFile(const QString &file);
    void onLoaded(quint64 generation, const QStringList &paths, const palier::LoadResult &result);
    void onLoadFailed(quint64 generation, const QStringList &paths, const palier::Finding &error);
    void onSourceActivated(const QModelIndex &index);

    Session *m_session;
    RunLoader *m_loader;
    ProblemsModel *m_problems;
    SourcesModel *m_sources;
    SecretStore *m_secrets;
    QTabWidget *m_views;
    DecisionView *m_decision;
    LoadTestView *m_loadTest;
    CompareView *m_compare;
    ProductionView *m_production;
    LoadProgress *m_progress;
    ProfileEditor *m_profileEditor;
    QDockWidget *m_sourcesDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QDockWidget *m_profileDock = nullptr;
    QTreeView *m_sourcesTree = nullptr;
    QTreeView *m_problemsTable = nullptr;
    QLabel *m_profileLabel;
    QLabel *m_problemsLabel;
    QMenu *m_recentMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QList<Finding> m_failedLoads;   // errors of loads that left the view as it was
    bool m_applyingEditorProfile = false;
};

} // namespace palier::ui
