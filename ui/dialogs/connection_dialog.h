// A database connection: a URI (or any libpq string), a service name, or the
// fields (host, port, database, user, sslmode); Test tries it off the UI
// thread; Save keeps it without its password. A password is asked for only
// when the server wants one that libpq could not find (PGPASSWORD, ~/.pgpass,
// the service file), and it goes to the system keychain, never the settings.
#pragma once

#include "db/saved_connections.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace palier::ui {

// Outcome of a connection attempt, as the dialog and the production view read it.
struct ConnectionCheck {
    bool ok = false;
    bool needsPassword = false;   // the server asked for a password we did not have
    QString message;              // one line, never a password
    QString serverInfo;           // "PostgreSQL 15.4, table public.app_monitoring_events"
};

// Tries `connection` once (blocking; call it off the UI thread).
ConnectionCheck checkConnection(const SavedConnection &connection, const QByteArray &password);

class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionDialog(const QStringList &takenNames, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void setConnection(const SavedConnection &connection);
    SavedConnection connection() const;
    // The password typed for this connection, if one was asked for (memory only).
    QByteArray password() const { return m_password; }
    QString validationProblem() const;

public slots:
    void test();

signals:
    void tested(const palier::ui::ConnectionCheck &check);

private:
    void updateState();
    void showCheck(const ConnectionCheck &check);
    bool askPassword();

    QStringList m_taken;
    QString m_originalName;
    QLineEdit *m_name;
    QTabWidget *m_mode;
    QLineEdit *m_uri;
    QLineEdit *m_service;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslmode;
    QLineEdit *m_table;
    QCheckBox *m_remember;
    QLabel *m_status;
    QPushButton *m_test;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<ConnectionCheck> m_watcher;
    QByteArray m_password;
    bool m_retriedWithPassword = false;
};

} // namespace palier::ui

Q_DECLARE_METATYPE(palier::ui::ConnectionCheck)
