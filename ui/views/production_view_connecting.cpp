// Connecting: the password from the SecretStore or typed, asked for again when
// the server wants one or refused it, remembered once it worked; the
// connection's state as the client reports it.
#include "views/production_view.h"

#include "shell/session.h"
#include "analysis/server_side.h"
#include "db/monitoring_client.h"
#include "db/password_probe.h"
#include "db/secret_store.h"

#include <QComboBox>
#include <QTimeZone>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace palier::ui {

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
    closeEventsFile();
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
    if (m_eventsPath.isEmpty())
        m_session->setServerEvents(nullptr, QTimeZone());
    m_connectedName.clear();
    m_password.clear();
    updateButtons();
    emit connectionsChanged();
}

void ProductionView::refreshNow()
{
    if (!m_eventsPath.isEmpty()) {
        m_eventLog.reset();   // the file may have been exported again
        computeFromEvents();
        return;
    }
    if (!m_connectedName.isEmpty())
        m_client->refreshNow();
}

void ProductionView::onStateChanged(const QString &text)
{
    if (!m_eventsPath.isEmpty() && m_connectedName.isEmpty())
        return;   // an events file is shown: the (disconnected) client has nothing to say
    const QString where = m_connectedName.isEmpty() ? QString() : m_connectedName + QStringLiteral(": ");
    m_state->setText(where + text);
    using State = MonitoringClient::State;
    const State state = m_client->state();
    if (state == State::Connected || state == State::Refreshing)
        rememberPasswordIfNeeded();
    if (state == State::Failed)
        handleFailure();
    if (m_figures && m_snapshot)
        m_figures->setEnabled(!showsStaleFigures());   // greyed while the server cannot confirm them
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

} // namespace palier::ui
