#include "views/load_test_view.h"

#include "i18n/language.h"
#include "words/finding_words.h"
#include "words/reason_words.h"

#include "shell/format.h"
#include "shell/session.h"
#include "charts/chart_view.h"
#include "models/endpoint_model.h"
#include "models/error_model.h"
#include "models/server_stage_model.h"
#include "models/stage_model.h"
#include "models/threshold_model.h"
#include "views/capacity_panel.h"
#include "views/distribution_panel.h"
#include "views/run_charts.h"
#include "widgets/table_style.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QScrollArea>
#include <QSplitter>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace palier::ui {

namespace {

QTableView *makeTable(QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->horizontalHeader()->setHighlightSections(false);
    compactRows(t);
    return t;
}

} // namespace

LoadTestView::LoadTestView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_run(new QComboBox(this))
    , m_info(new QLabel(this))
    , m_stageTable(makeTable(this))
    , m_stages(new StageModel(this))
    , m_tabs(new QTabWidget(this))
    , m_latencyByUsers(new ChartView(this))
    , m_throughputByUsers(new ChartView(this))
    , m_latencyOverTime(new ChartView(this))
    , m_ratesOverTime(new ChartView(this))
    , m_usersOverTime(new ChartView(this))
    , m_capacity(new CapacityPanel(this))
    , m_distribution(new DistributionPanel(this))
    , m_server(new ServerStageModel(this))
    , m_serverInfo(new QLabel(this))
    , m_endpointScope(new QComboBox(this))
    , m_endpoints(new EndpointModel(this))
    , m_endpointProxy(new QSortFilterProxyModel(this))
    , m_errors(new ErrorModel(this))
    , m_errorsInfo(new QLabel(this))
    , m_thresholds(new ThresholdModel(this))
    , m_thresholdsPage(new QWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    auto *top = new QHBoxLayout;
    auto *runLabel = new QLabel(tr("&Run:"), this);
    runLabel->setBuddy(m_run);
    m_run->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    top->addWidget(runLabel);
    top->addWidget(m_run);
    top->addWidget(m_info, 1);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_stageTable->setModel(m_stages);
    m_stageTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stageTable->horizontalHeader()->setStretchLastSection(true);
    m_stageTable->setAccessibleName(tr("Stages"));

    // By users: the two charts the grid reads, side by side.
    auto *byUsers = new QSplitter(Qt::Horizontal, this);
    byUsers->addWidget(m_latencyByUsers);
    byUsers->addWidget(m_throughputByUsers);
    byUsers->setStretchFactor(0, 3);
    byUsers->setStretchFactor(1, 2);
    byUsers->setSizes({3000, 2000});
    byUsers->setObjectName(QStringLiteral("byUsersPage"));
    m_tabs->addTab(byUsers, tr("By users"));

    // How many users it can hold: the model the by-users charts draw, in numbers.
    // In a scroll area: its figures and curves need ~830 px, which would
    // otherwise be the whole window's minimum width (the profile editor beside
    // it no longer fitting at 1280 px).
    auto *capacityScroll = new QScrollArea(this);
    capacityScroll->setObjectName(QStringLiteral("capacityPage"));
    capacityScroll->setWidgetResizable(true);
    capacityScroll->setFrameShape(QFrame::NoFrame);
    capacityScroll->setWidget(m_capacity);
    m_tabs->addTab(capacityScroll, tr("Capacity"));
    // The key transaction's requests in the grid's latency ranges (docs/distribution.md).
    m_distribution->setObjectName(QStringLiteral("distributionPage"));
    m_tabs->addTab(m_distribution, tr("Distribution"));

    // What the monitoring table logged during the stages (docs/server-side.md).
    auto *serverPage = new QWidget(this);
    serverPage->setObjectName(QStringLiteral("serverPage"));
    auto *serverTable = new QTableView(serverPage);
    serverTable->setModel(m_server);
    serverTable->verticalHeader()->hide();
    serverTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    serverTable->horizontalHeader()->setStretchLastSection(true);
    m_serverInfo->setWordWrap(true);
    auto *serverLayout = new QVBoxLayout(serverPage);
    serverLayout->addWidget(m_serverInfo);
    serverLayout->addWidget(serverTable, 1);
    m_tabs->addTab(serverPage, tr("Client vs server"));

    // Response times over the whole width; throughput and users below, side by side.
    auto *overTimeBottom = new QSplitter(Qt::Horizontal, this);
    overTimeBottom->addWidget(m_ratesOverTime);
    overTimeBottom->addWidget(m_usersOverTime);
    overTimeBottom->setSizes({1000, 1000});
    auto *overTime = new QSplitter(Qt::Vertical, this);
    overTime->addWidget(m_latencyOverTime);
    overTime->addWidget(overTimeBottom);
    overTime->setSizes({1100, 900});
    overTime->setObjectName(QStringLiteral("overTimePage"));
    // One time axis for the three panels: zoom or pan one, all follow.
    ChartView::linkX({m_latencyOverTime, m_ratesOverTime, m_usersOverTime});
    m_tabs->addTab(overTime, tr("Over time"));

    auto *endpointsPage = new QWidget(this);
    auto *endpointsLayout = new QVBoxLayout(endpointsPage);
    auto *scopeRow = new QHBoxLayout;
    auto *scopeLabel = new QLabel(tr("&Figures over:"), endpointsPage);
    scopeLabel->setBuddy(m_endpointScope);
    scopeRow->addWidget(scopeLabel);
    scopeRow->addWidget(m_endpointScope);
    scopeRow->addStretch();
    auto *endpointTable = makeTable(endpointsPage);
    m_endpointProxy->setSourceModel(m_endpoints);
    m_endpointProxy->setSortRole(EndpointModel::SortRole);
    endpointTable->setModel(m_endpointProxy);
    endpointTable->setSortingEnabled(true);
    endpointTable->sortByColumn(EndpointModel::Requests, Qt::DescendingOrder);
    endpointTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    endpointTable->horizontalHeader()->setSectionResizeMode(EndpointModel::Name, QHeaderView::Stretch);
    endpointTable->setAccessibleName(tr("Endpoints"));
    endpointsLayout->addLayout(scopeRow);
    endpointsLayout->addWidget(endpointTable);
    m_tabs->addTab(endpointsPage, tr("Endpoints"));

    auto *errorsPage = new QWidget(this);
    auto *errorsLayout = new QVBoxLayout(errorsPage);
    auto *errorTable = makeTable(errorsPage);
    errorTable->setModel(m_errors);
    errorTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    errorTable->horizontalHeader()->setStretchLastSection(true);
    errorTable->setAccessibleName(tr("Top errors"));
    errorsLayout->addWidget(m_errorsInfo);
    errorsLayout->addWidget(errorTable);
    m_tabs->addTab(errorsPage, tr("Top errors"));

    // k6 thresholds, when the run has them.
    auto *thresholdsLayout = new QVBoxLayout(m_thresholdsPage);
    auto *thresholdTable = makeTable(m_thresholdsPage);
    thresholdTable->setModel(m_thresholds);
    thresholdTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    thresholdTable->horizontalHeader()->setStretchLastSection(true);
    thresholdTable->setAccessibleName(tr("Thresholds"));
    thresholdsLayout->addWidget(thresholdTable);
    m_thresholdsPage->hide();   // a tab only for runs that have thresholds

    auto *splitter = m_splitter;
    splitter->setObjectName(QStringLiteral("loadTestSplitter"));
    splitter->addWidget(m_stageTable);
    splitter->addWidget(m_tabs);
    // The stage table keeps the height of its rows; the charts take the rest.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({heightForRows(m_stageTable, kStagesShown), 10000});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_run, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            m_session->setCurrentRun(m_run->currentData().toString());
    });
    connect(m_endpointScope, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            refreshEndpoints();
    });
    connect(m_session, &Session::assessmentChanged, this, [this] {
        refreshRunList();
        refresh();
    });
    connect(m_session, &Session::currentRunChanged, this, &LoadTestView::refresh);
    refreshRunList();
    refresh();
}

QString LoadTestView::serverInfoText() const
{
    return m_serverInfo->text();
}

QList<ChartView *> LoadTestView::charts() const
{
    return {m_latencyByUsers, m_throughputByUsers, m_latencyOverTime, m_ratesOverTime, m_usersOverTime};
}

void LoadTestView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

void LoadTestView::refreshRunList()
{
    m_updating = true;
    m_run->clear();
    const QList<Run> &runs = m_session->runs();
    for (qsizetype i = runs.size() - 1; i >= 0; --i)   // newest first
        m_run->addItem(Format::runName(runs.at(i)), runs.at(i).id);
    m_run->setEnabled(!runs.isEmpty());
    m_updating = false;
}

void LoadTestView::refresh()
{
    const Run *run = m_session->currentRun();
    const RunVerdict *verdict = run ? m_session->verdict(run->id) : nullptr;
    const Profile &profile = m_session->profile();
    const StatePalette palette(this->palette());

    m_updating = true;
    const int index = run ? m_run->findData(run->id) : -1;
    if (index >= 0)
        m_run->setCurrentIndex(index);
    m_stages->setPalette(palette);
    m_stages->setRun(run, verdict, profile.keyTransaction, profile.targetUsers);
    m_stageTable->setMaximumHeight(heightForRows(m_stageTable, std::max(1, m_stages->rowCount()))
                                   + m_stageTable->horizontalScrollBar()->sizeHint().height());
    m_stageTable->setMinimumHeight(heightForRows(m_stageTable, std::clamp(m_stages->rowCount(), 1, 4)));
    // Give the charts what the table does not need (a size the user chose and
    // that still fits is kept), and show up to kStagesShown stages without
    // scrolling: a 5 → 150-user plan with a stage or two more fits whole.
    showRowsInSplitter(m_splitter, m_stageTable, std::min(int(m_stages->rowCount()), kStagesShown));
    m_endpointScope->clear();
    m_endpointScope->addItem(tr("Whole run"), -1);
    if (run)
        for (const Stage &s : run->stages)
            m_endpointScope->addItem(Format::users(s.users), s.users);
    m_updating = false;

    if (!run) {
        m_info->setText(tr("No run opened."));
        for (ChartView *c : charts())
            c->clear();
        m_capacity->setCapacity(nullptr, palette);
        m_distribution->setRun(nullptr, profile, palette);
        m_server->setComparison(nullptr, nullptr, profile.keyTransaction);
        m_serverInfo->clear();
        m_endpoints->setEndpoints({}, profile.keyTransaction);
        m_errors->setErrors({});
        m_errorsInfo->clear();
        m_thresholds->setThresholds({});
        if (const int tab = m_tabs->indexOf(m_thresholdsPage); tab >= 0)
            m_tabs->removeTab(tab);
        return;
    }
    QStringList info;
    const QString tool = sourceKindName(run->source) + (run->toolVersion.isEmpty() ? QString() : QStringLiteral(" ") + run->toolVersion);
    info << (run->startedAt.isValid() ? tr("%1, %2").arg(tool, Format::dateTime(run->startedAt)) : tool);
    info << (run->runLevelOnly || run->stages.isEmpty() ? tr("whole-run figures only")
                                                        : tr("%n stage(s)", nullptr, int(run->stages.size())));
    if (verdict) {
        info << tr("decision of this run: %1").arg(StatePalette::decisionText(verdict->decision));
        if (verdict->saturationPointUsers)
            info << tr("saturation at %1").arg(Format::users(*verdict->saturationPointUsers));
    }
    if (verdict && !verdict->valid)
        info << tr("invalid run: see Problems");
    if (!run->findings.isEmpty())
        info << tr("%n finding(s) in Problems", nullptr, int(run->findings.size()));
    m_info->setText(info.join(QStringLiteral(" · ")));
    m_info->setToolTip(verdict && !verdict->saturationReasons.isEmpty()
                           ? saturationText(verdict->saturationReasons, Language::ui()) : QString());

    const Capacity *capacity = m_session->capacity(run->id);
    RunCharts::latencyByUsers(m_latencyByUsers, *run, verdict, profile, palette, capacity);
    RunCharts::throughputByUsers(m_throughputByUsers, *run, verdict, palette, capacity);
    m_capacity->setCapacity(capacity, palette);
    const ServerComparison *server = m_session->assessment().serverOf(run->id);
    m_distribution->setRun(run, profile, palette, server);
    m_server->setPalette(palette);
    m_server->setComparison(run, server, profile.keyTransaction);
    if (!m_session->hasServerEvents()) {
        m_serverInfo->setText(tr("Open the monitoring events (File ▸ Open Monitoring Events…) to set what the server "
                                 "logged during each stage beside the load generator's figures."));
    } else if (!server || server->stages.isEmpty()) {
        m_serverInfo->setText(tr("This run has no timed stage to compare with the server's events."));
    } else {
        QStringList lines;
        lines << tr("Traffic just before the run (other runs left out): %1 searches/s over %2.")
                     .arg(Format::number(server->baseline.searchesPerS(), 3), Format::duration(server->baseline.seconds()));
        for (const Finding &f : server->notes)
            lines << wordFinding(f, Language::ui());
        m_serverInfo->setText(lines.join(u'\n'));
    }
    RunCharts::latencyOverTime(m_latencyOverTime, *run, profile, palette);
    RunCharts::ratesOverTime(m_ratesOverTime, *run, palette);
    RunCharts::usersOverTime(m_usersOverTime, *run, palette);
    refreshEndpoints();

    m_errors->setErrors(run->errors);
    m_thresholds->setPalette(palette);
    m_thresholds->setThresholds(run->thresholds);
    const int thresholdsTab = m_tabs->indexOf(m_thresholdsPage);
    if (run->thresholds.isEmpty() && thresholdsTab >= 0)
        m_tabs->removeTab(thresholdsTab);
    else if (!run->thresholds.isEmpty() && thresholdsTab < 0)
        m_tabs->addTab(m_thresholdsPage, QString());
    if (!run->thresholds.isEmpty())
        m_tabs->setTabText(m_tabs->indexOf(m_thresholdsPage),
                           tr("Thresholds (%1 failed)").arg(m_thresholds->failedCount()));
    m_errorsInfo->setText(run->errors.isEmpty()
                              ? tr("No errors recorded in this run.")
                              : tr("%1 failures in %2 kinds, most frequent first.")
                                    .arg(Format::count(m_errors->totalOccurrences()))
                                    .arg(run->errors.size()));
}

void LoadTestView::refreshEndpoints()
{
    const Run *run = m_session->currentRun();
    const QString key = m_session->profile().keyTransaction;
    if (!run) {
        m_endpoints->setEndpoints({}, key);
        return;
    }
    const int users = m_endpointScope->currentData().toInt();
    const Stage *stage = users > 0 ? run->stageWithUsers(users) : nullptr;
    m_endpoints->setEndpoints(stage ? stage->endpoints : run->endpoints, key);
}

} // namespace palier::ui
