// The view's widgets and their wiring. Saved connections, connecting and
// the figures are in the production_view_*.cpp files.
#include "views/production_view.h"

#include "shell/app_settings.h"
#include "shell/format.h"
#include "shell/session.h"
#include "analysis/server_side.h"
#include "charts/chart_view.h"
#include "db/monitoring_client.h"
#include "models/monitoring_rows_model.h"
#include "widgets/kpi_tile.h"

#include <QComboBox>
#include <QTimeZone>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QHeaderView>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace palier::ui {

ProductionView::ProductionView(Session *session, SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_secrets(secrets)
    , m_client(new MonitoringClient(this))
    , m_connections(SavedConnections::load())
    , m_connectionBox(new QComboBox(this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_disconnect(new QPushButton(tr("&Disconnect"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_new(new QPushButton(tr("&New…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_refresh(new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh Now"), this))
    , m_autoRefresh(new QComboBox(this))
    , m_state(new QLabel(this))
    , m_updated(new QLabel(this))
    , m_thresholds(new QLabel(this))
    , m_note(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_searches(new ChartView(this))
    , m_p95(new ChartView(this))
    , m_errors(new ChartView(this))
    , m_daySearches(new ChartView(this))
    , m_dayP95(new ChartView(this))
    , m_dayErrorRate(new ChartView(this))
    , m_hoursModel(new MonitoringRowsModel(MonitoringRowsModel::Granularity::Hour, this))
    , m_daysModel(new MonitoringRowsModel(MonitoringRowsModel::Granularity::Day, this))
    , m_figures(nullptr)
{
    // The hourly panels share one time axis, and so do the daily ones: whole
    // days under each chart, one zoom, one crosshair (docs/charts.md).
    ChartView::linkX({m_searches, m_p95, m_errors});
    ChartView::linkX({m_daySearches, m_dayP95, m_dayErrorRate});
    m_connectionBox->setMinimumContentsLength(16);
    m_connectionBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_refresh->setToolTip(tr("Query the database now (F5)"));
    for (int seconds : {0, 60, 300, 900, 3600})
        m_autoRefresh->addItem(seconds == 0 ? tr("Off") : Format::duration(seconds), seconds);
    const int autoIndex = m_autoRefresh->findData(AppSettings::autoRefreshSeconds());
    m_autoRefresh->setCurrentIndex(autoIndex >= 0 ? autoIndex : 2);
    m_autoRefresh->setToolTip(tr("Query the database again at this interval while connected"));

    auto *bar = new QHBoxLayout;
    auto *connectionLabel = new QLabel(tr("C&onnection:"), this);
    connectionLabel->setBuddy(m_connectionBox);
    bar->addWidget(connectionLabel);
    bar->addWidget(m_connectionBox);
    for (QPushButton *b : {m_connect, m_disconnect, m_edit, m_new, m_remove})
        bar->addWidget(b);
    bar->addStretch();

    // The connection's state, with what acts on it.
    auto *stateRow = new QHBoxLayout;
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    // Both wrap: an events file's long name and "now = …" must not set the
    // window's minimum width (the profile editor beside it at 1280 px).
    m_state->setWordWrap(true);
    m_updated->setWordWrap(true);
    stateRow->addWidget(m_state);
    stateRow->addWidget(m_updated, 1);
    stateRow->addWidget(m_refresh);
    auto *autoLabel = new QLabel(tr("&Auto-refresh:"), this);
    autoLabel->setBuddy(m_autoRefresh);
    stateRow->addWidget(autoLabel);
    stateRow->addWidget(m_autoRefresh);
    m_note->setWordWrap(true);
    m_thresholds->setWordWrap(true);

    // Page 0: nothing to show yet.
    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *emptyText = new QLabel(tr("Connect to the monitoring database (PostgreSQL, table app_monitoring_events) to "
                                    "see the last 7 days, the last 48 hours hour by hour, and the production "
                                    "decision hint."), empty);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    auto *emptyNew = new QPushButton(tr("New Connection…"), empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(emptyNew, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    // Page 1: the figures.
    auto *figures = new QWidget(this);
    m_figures = figures;
    auto *tiles = new QGridLayout;
    const QList<QPair<QString, QString>> tileDefs {
        {QStringLiteral("total_events"), tr("Events")},
        {QStringLiteral("active_sessions"), tr("Active sessions")},
        {QStringLiteral("searches"), tr("Searches")},
        {QStringLiteral("avg_search_ms"), tr("Average search")},
        {QStringLiteral("p95_search_ms"), tr("p95 search")},
        {QStringLiteral("error_rate_pct"), tr("Error rate")},
        {QStringLiteral("decision_hint"), tr("Decision hint")},
    };
    for (int i = 0; i < tileDefs.size(); ++i) {
        auto *tile = new KpiTile(tileDefs.at(i).second, figures);
        m_tiles.insert(tileDefs.at(i).first, tile);
        tiles->addWidget(tile, 0, i);
    }
    auto *lower = new QSplitter(Qt::Horizontal, figures);
    lower->addWidget(m_p95);
    lower->addWidget(m_errors);
    auto *charts = new QSplitter(Qt::Vertical, figures);
    charts->setObjectName(QStringLiteral("productionSplitter"));
    charts->addWidget(m_searches);
    charts->addWidget(lower);
    // The same hours as a table (the error rate beside the count), and the
    // days of the window as charts over a table.
    const auto table = [figures](MonitoringRowsModel *model) {
        auto *view = new QTableView(figures);
        view->setModel(model);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setAlternatingRowColors(true);
        return view;
    };
    auto *days = new QSplitter(Qt::Vertical, figures);
    auto *dayCharts = new QSplitter(Qt::Horizontal, days);
    dayCharts->addWidget(m_daySearches);
    dayCharts->addWidget(m_dayP95);
    dayCharts->addWidget(m_dayErrorRate);
    // A third of the width each (not what their legends ask for): the
    // narrowest would otherwise have room for one day's label.
    dayCharts->setSizes({1000, 1000, 1000});
    days->addWidget(dayCharts);
    days->addWidget(table(m_daysModel));
    days->setStretchFactor(0, 3);
    days->setStretchFactor(1, 2);
    auto *tabs = new QTabWidget(figures);
    tabs->setObjectName(QStringLiteral("productionTabs"));
    tabs->addTab(charts, tr("&Hours (charts)"));
    tabs->addTab(table(m_hoursModel), tr("Hours (&table)"));
    tabs->addTab(days, tr("D&ays"));
    auto *figuresLayout = new QVBoxLayout(figures);
    figuresLayout->setContentsMargins(0, 0, 0, 0);
    figuresLayout->addLayout(tiles);
    figuresLayout->addWidget(m_thresholds);
    figuresLayout->addWidget(tabs, 1);

    m_pages->addWidget(empty);
    m_pages->addWidget(figures);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(stateRow);
    layout->addWidget(m_note);
    layout->addWidget(m_pages, 1);

    connect(m_connect, &QPushButton::clicked, this, [this] { connectTo(m_connectionBox->currentText()); });
    connect(m_disconnect, &QPushButton::clicked, this, &ProductionView::disconnectFromServer);
    connect(m_edit, &QPushButton::clicked, this, &ProductionView::editConnection);
    connect(m_new, &QPushButton::clicked, this, &ProductionView::newConnection);
    connect(emptyNew, &QPushButton::clicked, this, &ProductionView::newConnection);
    connect(m_remove, &QPushButton::clicked, this, &ProductionView::removeConnection);
    connect(m_refresh, &QPushButton::clicked, this, &ProductionView::refreshNow);
    connect(m_connectionBox, &QComboBox::currentIndexChanged, this, &ProductionView::updateButtons);
    connect(m_autoRefresh, &QComboBox::currentIndexChanged, this, [this] {
        const int seconds = m_autoRefresh->currentData().toInt();
        AppSettings::setAutoRefreshSeconds(seconds);
        m_client->setAutoRefreshInterval(seconds * 1000);
    });
    connect(m_client, &MonitoringClient::stateChanged, this, &ProductionView::onStateChanged);
    connect(m_client, &MonitoringClient::snapshotReady, this, &ProductionView::setSnapshot);
    // Connected: each refresh also reads the events of the load-test runs'
    // time (docs/server-side.md), for the Load test view's Client vs server.
    connect(m_client, &MonitoringClient::serverEventsReady, this,
            [this](std::shared_ptr<const EventLog> events, const QString &zone, const QString &problem) {
                if (!m_eventsPath.isEmpty())
                    return;   // an events file is open: its events are the ones shown
                // The note says the last read failed, and goes when a read succeeds.
                if (!problem.isEmpty()) {
                    m_serverEventsNote = tr("Events of the load tests' time: %1").arg(problem);
                    m_note->setText(m_serverEventsNote);
                } else if (!m_serverEventsNote.isEmpty() && m_note->text() == m_serverEventsNote) {
                    m_note->clear();
                    m_serverEventsNote.clear();
                }
                m_session->setServerEvents(std::move(events), QTimeZone(zone.toUtf8()));
            });
    connect(m_session, &Session::runsChanged, this, [this] {
        m_client->setServerSpans(serverEvidenceSpans(m_session->runs()));
        const auto state = m_client->state();
        if (m_eventsPath.isEmpty()
            && (state == MonitoringClient::State::Connected || state == MonitoringClient::State::Cancelled))
            m_client->refreshNow();
    });
    m_client->setServerSpans(serverEvidenceSpans(m_session->runs()));
    connect(m_session, &Session::profileChanged, this, [this] {
        m_client->setProfile(m_session->profile());
        updateThresholdText();
        render();
        const auto state = m_client->state();
        if (state == MonitoringClient::State::Connected || state == MonitoringClient::State::Cancelled)
            m_client->refreshNow();   // the hint's limits are part of the query
        computeFromEvents();   // an events file: the same computation with the new limits
    });

    m_client->setProfile(m_session->profile());
    m_client->setAutoRefreshInterval(m_autoRefresh->currentData().toInt() * 1000);
    for (const SavedConnection &c : std::as_const(m_connections))
        m_connectionBox->addItem(c.name);
    const int last = m_connectionBox->findText(SavedConnections::lastUsed());
    if (last >= 0)
        m_connectionBox->setCurrentIndex(last);
    onStateChanged(m_client->stateText());
    updateThresholdText();
    render();
}

ProductionView::~ProductionView() = default;

QStringList ProductionView::connectionNames() const
{
    QStringList names;
    for (const SavedConnection &c : m_connections)
        names << c.name;
    return names;
}

std::optional<SavedConnection> ProductionView::saved(const QString &name) const
{
    for (const SavedConnection &c : m_connections)
        if (c.name == name)
            return c;
    return std::nullopt;
}

KpiTile *ProductionView::tile(const QString &id) const
{
    return m_tiles.value(id);
}

QList<ChartView *> ProductionView::charts() const
{
    return {m_searches, m_p95, m_errors};
}

QList<ChartView *> ProductionView::dayCharts() const
{
    return {m_daySearches, m_dayP95, m_dayErrorRate};
}

bool ProductionView::showsStaleFigures() const
{
    return m_eventsPath.isEmpty() && m_snapshot && m_client->state() == MonitoringClient::State::Stale;
}

QString ProductionView::stateText() const
{
    return m_state->text();
}

QString ProductionView::noteText() const
{
    return m_note->text();
}

void ProductionView::updateButtons()
{
    const bool haveConnection = m_connectionBox->count() > 0;
    const bool active = !m_connectedName.isEmpty() && m_client->state() != MonitoringClient::State::Disconnected;
    m_connect->setEnabled(haveConnection);
    m_edit->setEnabled(haveConnection);
    m_remove->setEnabled(haveConnection);
    m_disconnect->setEnabled(active);
    m_refresh->setEnabled(active || !m_eventsPath.isEmpty());
    m_autoRefresh->setEnabled(m_eventsPath.isEmpty());   // a file does not change by itself
}

void ProductionView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

} // namespace palier::ui
