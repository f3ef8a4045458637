// The saved connections: adding, editing and removing them. A connection is
// saved without its password, which goes to the SecretStore.
#include "views/production_view.h"

#include "db/pg_conninfo.h"
#include "db/secret_store.h"
#include "dialogs/connection_dialog.h"

#include <QComboBox>
#include <QMessageBox>

namespace palier::ui {

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

} // namespace palier::ui
