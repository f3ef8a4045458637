#include "views/production_view.h"

#include "shell/app_settings.h"
#include "shell/format.h"
#include "shell/session.h"
#include "shell/state_palette.h"
#include "charts/chart_view.h"
#include "db/monitoring_client.h"
#include "db/password_probe.h"
#include "db/pg_conninfo.h"
#include "db/secret_store.h"
#include "dialogs/connection_dialog.h"
#include "widgets/kpi_tile.h"

#include <QComboBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace palier::ui {

namespace {

Colour colourOfHint(DecisionHint hint)
{
    switch (hint) {
    case DecisionHint::Go: return Colour::Green;
    case DecisionHint::Watch: return Colour::Orange;
    case DecisionHint::NoGo: return Colour::Red;
    }
    return Colour::NotEvaluated;
}

QString hintText(DecisionHint hint)
{
    switch (hint) {
    case DecisionHint::Go: return StatePalette::decisionText(Decision::Go);
    case DecisionHint::Watch: return StatePalette::decisionText(Decision::Watch);
    case DecisionHint::NoGo: return StatePalette::decisionText(Decision::NoGo);
    }
    return {};
}

} // namespace

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
{
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
    stateRow->addWidget(m_state);
    stateRow->addWidget(m_updated);
    stateRow->addStretch();
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
    auto *figuresLayout = new QVBoxLayout(figures);
    figuresLayout->setContentsMargins(0, 0, 0, 0);
    figuresLayout->addLayout(tiles);
    figuresLayout->addWidget(m_thresholds);
    figuresLayout->addWidget(charts, 1);

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
    connect(m_session, &Session::profileChanged, this, [this] {
        m_client->setProfile(m_session->profile());
        updateThresholdText();
        render();
        const auto state = m_client->state();
        if (state == MonitoringClient::State::Connected || state == MonitoringClient::State::Cancelled)
            m_client->refreshNow();   // the hint's limits are part of the query
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

QString ProductionView::stateText() const
{
    return m_state->text();
}

QString ProductionView::noteText() const
{
    return m_note->text();
}

void ProductionView::saveSettings()
{
    SavedConnections::save(m_connections);
    if (!m_connectedName.isEmpty())
        SavedConnections::setLastUsed(m_connectedName);
}

void ProductionView::saveConnection(const SavedConnection &connection, const QString &previousName)
{
    const QString replace = previousName.isEmpty() ? connection.name : previousName;
    bool replaced = false;
    for (SavedConnection &c : m_connections)
        if (c.name == replace) {
            c = connection;
            replaced = true;
        }
    if (!replaced)
        m_connections.append(connection);
    if (!previousName.isEmpty() && previousName != connection.name)
        m_secrets->remove(SavedConnection{previousName}.secretKey());
    SavedConnections::save(m_connections);
    m_connectionBox->clear();
    for (const SavedConnection &c : std::as_const(m_connections))
        m_connectionBox->addItem(c.name);
    m_connectionBox->setCurrentText(connection.name);
    updateButtons();
    emit connectionsChanged();
}

void ProductionView::newConnection()
{
    ConnectionDialog dialog(connectionNames(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SavedConnection c = dialog.connection();
    // A password typed in the URI or asked for by Test: used now, kept only in
    // the keychain (or memory), never in the saved URI.
    QString password = QString::fromUtf8(dialog.password());
    if (password.isEmpty() && !c.uri.isEmpty()) {
        const QStringList secrets = connInfoSecrets(c.uri);
        if (!secrets.isEmpty())
            password = secrets.first();
    }
    saveConnection(c);
    startConnection(c, password, !password.isEmpty());
}

void ProductionView::editConnection()
{
    const auto current = saved(m_connectionBox->currentText());
    if (!current)
        return;
    ConnectionDialog dialog(connectionNames(), this);
    dialog.setConnection(*current);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SavedConnection c = dialog.connection();
    saveConnection(c, current->name);
    const QString password = QString::fromUtf8(dialog.password());
    if (!password.isEmpty())
        startConnection(c, password, true);
    else
        connectTo(c.name);
}

void ProductionView::removeConnection()
{
    const QString name = m_connectionBox->currentText();
    if (name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove Connection"),
                              tr("Remove the connection %1 and its stored password?").arg(name))
        != QMessageBox::Yes)
        return;
    if (name == m_connectedName)
        disconnectFromServer();
    m_secrets->remove(SavedConnection{name}.secretKey());
    m_connections.erase(std::remove_if(m_connections.begin(), m_connections.end(),
                                       [&](const SavedConnection &c) { return c.name == name; }),
                        m_connections.end());
    SavedConnections::save(m_connections);
    m_connectionBox->removeItem(m_connectionBox->findText(name));
    updateButtons();
    emit connectionsChanged();
}

void ProductionView::connectTo(const QString &name)
{
    const auto c = saved(name);
    if (!c)
        return;
    m_connectionBox->setCurrentText(name);
    QPointer<ProductionView> self(this);
    const SavedConnection connection = *c;
    m_secrets->read(connection.secretKey(), [self, connection](std::optional<QString> secret, const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty())
            self->m_note->setText(tr("Could not read the stored password: %1").arg(error));
        self->startConnection(connection, secret.value_or(QString()), false);
    });
}

void ProductionView::connectWithPassword(const QString &name, const QString &password)
{
    if (const auto c = saved(name))
        startConnection(*c, password, !password.isEmpty());
}

void ProductionView::startConnection(const SavedConnection &connection, const QString &password, bool typed)
{
    m_connectedName = connection.name;
    m_password = password;
    m_passwordTyped = typed;
    m_snapshot.reset();
    DbSchema schema;
    if (!connection.table.isEmpty())
        schema.table = connection.table;
    m_client->setSchema(schema);
    m_client->setProfile(m_session->profile());
    m_client->connectTo(connection.conninfo(), password);
    SavedConnections::setLastUsed(connection.name);
    render();
    updateButtons();
    emit connectionsChanged();
}

void ProductionView::disconnectFromServer()
{
    m_client->disconnectFromServer();
    m_connectedName.clear();
    m_password.clear();
    updateButtons();
    emit connectionsChanged();
}

void ProductionView::refreshNow()
{
    if (!m_connectedName.isEmpty())
        m_client->refreshNow();
}

void ProductionView::onStateChanged(const QString &text)
{
    const QString where = m_connectedName.isEmpty() ? QString() : m_connectedName + QStringLiteral(": ");
    m_state->setText(where + text);
    using State = MonitoringClient::State;
    const State state = m_client->state();
    if (state == State::Connected || state == State::Refreshing)
        rememberPasswordIfNeeded();
    if (state == State::Failed)
        handleFailure();
    updateButtons();
}

void ProductionView::rememberPasswordIfNeeded()
{
    if (!m_passwordTyped || m_password.isEmpty())
        return;
    m_passwordTyped = false;
    const auto c = saved(m_connectedName);
    if (!c || !c->rememberPassword) {
        m_note->setText(tr("The password is used for this session only."));
        return;
    }
    QPointer<ProductionView> self(this);
    m_secrets->write(c->secretKey(), m_password, [self](bool, const QString &note) {
        if (self)
            self->m_note->setText(note);
    });
}

void ProductionView::handleFailure()
{
    if (m_probing || m_connectedName.isEmpty())
        return;
    const auto c = saved(m_connectedName);
    if (!c)
        return;
    // Ask libpq whether a password is what is missing (or was refused) before
    // asking the user for one.
    m_probing = true;
    auto *watcher = new QFutureWatcher<PasswordNeed>(this);
    const QString conninfo = c->conninfo();
    const QByteArray password = m_password.toUtf8();
    connect(watcher, &QFutureWatcher<PasswordNeed>::finished, this, [this, watcher] {
        m_probing = false;
        const PasswordNeed need = watcher->result();
        watcher->deleteLater();
        if (need == PasswordNeed::Needed)
            askPasswordAndRetry(tr("The server asks for a password."));
        else if (need == PasswordNeed::Refused)
            askPasswordAndRetry(tr("The server refused the password."));
    });
    watcher->setFuture(QtConcurrent::run([conninfo, password] { return probePasswordNeed(conninfo, password); }));
}

void ProductionView::askPasswordAndRetry(const QString &reason)
{
    const auto c = saved(m_connectedName);
    if (!c)
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Password for %1").arg(c->name),
                                                   tr("%1\nPassword for %2:").arg(reason, c->summary()),
                                                   QLineEdit::Password, QString(), &ok);
    if (!ok || password.isEmpty())
        return;
    startConnection(*c, password, true);
}

void ProductionView::updateButtons()
{
    const bool haveConnection = m_connectionBox->count() > 0;
    const bool active = !m_connectedName.isEmpty() && m_client->state() != MonitoringClient::State::Disconnected;
    m_connect->setEnabled(haveConnection);
    m_edit->setEnabled(haveConnection);
    m_remove->setEnabled(haveConnection);
    m_disconnect->setEnabled(active);
    m_refresh->setEnabled(active);
}

void ProductionView::updateThresholdText()
{
    const Profile &p = m_session->profile();
    const DecisionThresholds t = DecisionThresholds::fromProfile(p);
    m_thresholds->setText(tr("Last %1 days. Hint limits from the grid profile: p95 of %2 green up to %3, "
                             "red above %4; error rate green below %5, red above %6.")
                              .arg(m_snapshot ? m_snapshot->summary.days : 7)
                              .arg(p.keyTransaction, Format::ms(t.p95GreenMs), Format::ms(t.p95OrangeMs),
                                   Format::pct(t.errorGreenPct), Format::pct(t.errorOrangePct)));
}

void ProductionView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void ProductionView::setSnapshot(const MonitoringSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_updated->setText(snapshot.fetchedAt.isValid()
                           ? tr("updated %1").arg(QLocale().toString(snapshot.fetchedAt.toLocalTime().time(), QLocale::ShortFormat))
                           : QString());
    updateThresholdText();
    render();
}

void ProductionView::render()
{
    m_pages->setCurrentIndex(m_snapshot ? 1 : 0);
    if (!m_snapshot) {
        for (ChartView *c : charts())
            c->clear();
        return;
    }
    const MonitoringSnapshot &s = *m_snapshot;
    const MonitoringSummary &sum = s.summary;
    const Profile &profile = m_session->profile();
    const DecisionThresholds t = DecisionThresholds::fromProfile(profile);
    const StatePalette palette(this->palette());
    auto optMs = [](const std::optional<int> &v) { return v ? Format::ms(*v) : Format::unknown(); };

    m_tiles.value(QStringLiteral("total_events"))->setValue(Format::count(sum.totalEvents), tr("last %n day(s)", nullptr, sum.days));
    m_tiles.value(QStringLiteral("active_sessions"))->setValue(Format::count(sum.activeSessions));
    m_tiles.value(QStringLiteral("searches"))->setValue(Format::count(sum.searches), profile.keyTransaction);
    m_tiles.value(QStringLiteral("avg_search_ms"))->setValue(optMs(sum.avgSearchMs), tr("successful searches"));
    KpiTile *p95 = m_tiles.value(QStringLiteral("p95_search_ms"));
    p95->setValue(optMs(sum.p95SearchMs), tr("successful searches"));
    if (sum.p95SearchMs)
        p95->setJudged(colourOfHint(t.decide(sum.p95SearchMs, std::nullopt)),
                       tr("green up to %1, red above %2").arg(Format::ms(t.p95GreenMs), Format::ms(t.p95OrangeMs)));
    else
        p95->setUnjudged();
    KpiTile *errors = m_tiles.value(QStringLiteral("error_rate_pct"));
    const std::optional<double> rate = sum.errorRate();
    errors->setValue(rate ? Format::pct(*rate) : Format::unknown(), tr("all events"));
    if (rate)
        errors->setJudged(colourOfHint(t.decide(std::nullopt, rate)),
                          tr("green below %1, red above %2").arg(Format::pct(t.errorGreenPct), Format::pct(t.errorOrangePct)));
    else
        errors->setUnjudged();
    KpiTile *hint = m_tiles.value(QStringLiteral("decision_hint"));
    if (s.hasSummary) {
        hint->setValue(hintText(s.decision.hint), tr("from the seed's SQL"));
        hint->setJudged(colourOfHint(s.decision.hint), tr("NO-GO when p95 or the error rate is red, WATCH when either is orange"));
    } else {
        hint->setValue(Format::unknown());
        hint->setUnjudged();
    }

    // The hours on a time axis: an hour without events is a gap, as in the table.
    constexpr double hourMs = 3600.0 * 1000.0;
    QList<QPointF> searches, errorCounts, p95Points;
    for (const HourlyRow &h : s.hourly) {
        const double centre = double(h.hourSlot.toMSecsSinceEpoch()) + hourMs / 2;
        searches << QPointF(centre, double(h.searches));
        errorCounts << QPointF(centre, double(h.errors));
        if (h.p95SearchMs)
            p95Points << QPointF(centre, *h.p95SearchMs);
    }
    std::sort(p95Points.begin(), p95Points.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    ChartAxis x;
    x.kind = ChartAxis::Kind::Time;
    const QString noHours = tr("No event in the last %n hour(s).", nullptr, s.hours);

    m_searches->clear();
    m_searches->setTitle(tr("Searches per hour (%1), last %2 h").arg(profile.keyTransaction).arg(s.hours));
    ChartAxis countAxis;
    countAxis.title = tr("Searches");
    m_searches->setAxes(x, countAxis);
    m_searches->setPlaceholder(noHours);
    m_searches->addColumns(tr("Searches"), searches, hourMs, palette.series(0));

    m_p95->clear();
    m_p95->setTitle(tr("p95 of successful searches per hour"));
    ChartAxis msAxis;
    msAxis.title = tr("p95 (ms)");
    msAxis.unit = tr(" ms");
    m_p95->setAxes(x, msAxis);
    m_p95->setPlaceholder(noHours);
    m_p95->addLine(tr("p95"), p95Points, palette.series(0), LineStyle::Solid, 2, true);
    if (isKnown(t.p95GreenMs))
        m_p95->addHorizontalLine(t.p95GreenMs, tr("Green limit %1").arg(Format::ms(t.p95GreenMs)), palette.strong(Colour::Green));
    if (isKnown(t.p95OrangeMs))
        m_p95->addHorizontalLine(t.p95OrangeMs, tr("Red above %1").arg(Format::ms(t.p95OrangeMs)), palette.strong(Colour::Red));

    m_errors->clear();
    m_errors->setTitle(tr("Errors per hour"));
    ChartAxis errorAxis;
    errorAxis.title = tr("Errors");
    m_errors->setAxes(x, errorAxis);
    m_errors->setPlaceholder(noHours);
    m_errors->addColumns(tr("Errors"), errorCounts, hourMs, palette.strong(Colour::Red));
}

} // namespace palier::ui
