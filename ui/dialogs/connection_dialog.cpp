#include "dialogs/connection_dialog.h"

#include "db/monitoring_session.h"
#include "db/password_probe.h"
#include "db/pg_conninfo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace palier::ui {

ConnectionCheck checkConnection(const SavedConnection &connection, const QByteArray &password)
{
    ConnectionCheck check;
    const QString conninfo = connection.conninfo();
    if (const QString problem = connInfoError(conninfo); !problem.isEmpty()) {
        check.message = problem;
        return check;
    }
    ConnectionOptions options;
    options.conninfo = conninfo;
    options.password = password;
    if (!connection.table.trimmed().isEmpty())
        options.schema.table = connection.table.trimmed();
    MonitoringSession session;
    DbError error;
    if (!session.open(options, &error)) {
        check.message = error.message;
        // Ask for a password only when libpq says that is what is missing.
        if (error.kind == DbError::Kind::Authentication && password.isEmpty())
            check.needsPassword = probePasswordNeed(conninfo) == PasswordNeed::Needed;
        return check;
    }
    check.ok = true;
    const int v = session.serverVersion();
    check.serverInfo = QCoreApplication::translate("palier::ui::ConnectionDialog", "PostgreSQL %1.%2, table %3")
                           .arg(v / 10000)
                           .arg(v % 10000)
                           .arg(session.table().display);
    session.close();
    return check;
}

ConnectionDialog::ConnectionDialog(const QStringList &takenNames, QWidget *parent)
    : QDialog(parent)
    , m_taken(takenNames)
    , m_name(new QLineEdit(this))
    , m_mode(new QTabWidget(this))
    , m_uri(new QLineEdit(this))
    , m_service(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslmode(new QComboBox(this))
    , m_table(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the password in the system keychain"), this))
    , m_status(new QLabel(this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Database Connection"));
    m_name->setPlaceholderText(tr("for example: production"));
    m_uri->setPlaceholderText(QStringLiteral("postgresql://reader@db.example.com:5432/app?sslmode=require"));
    m_uri->setToolTip(tr("Any libpq connection string: a postgresql:// URI or host=… dbname=… pairs"));
    m_service->setPlaceholderText(tr("entry of pg_service.conf"));
    m_host->setPlaceholderText(tr("local socket"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (5432)"));
    m_sslmode->addItem(tr("default (prefer)"), QString());
    for (const char *mode : {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"})
        m_sslmode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    m_table->setPlaceholderText(QStringLiteral("app_monitoring_events"));

    auto *uriPage = new QWidget(this);
    auto *uriForm = new QFormLayout(uriPage);
    uriForm->addRow(tr("&URI or string:"), m_uri);
    auto *servicePage = new QWidget(this);
    auto *serviceForm = new QFormLayout(servicePage);
    serviceForm->addRow(tr("&Service:"), m_service);
    auto *fieldsPage = new QWidget(this);
    auto *fieldsForm = new QFormLayout(fieldsPage);
    fieldsForm->addRow(tr("&Host:"), m_host);
    fieldsForm->addRow(tr("&Port:"), m_port);
    fieldsForm->addRow(tr("&Database:"), m_database);
    fieldsForm->addRow(tr("U&ser:"), m_user);
    fieldsForm->addRow(tr("SSL &mode:"), m_sslmode);
    m_mode->addTab(fieldsPage, tr("Fields"));
    m_mode->addTab(uriPage, tr("URI"));
    m_mode->addTab(servicePage, tr("Service"));

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->addButton(m_test, QDialogButtonBox::ActionRole);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_mode);
    auto *tableForm = new QFormLayout;
    tableForm->addRow(tr("&Table:"), m_table);
    layout->addLayout(tableForm);
    layout->addWidget(m_remember);
    auto *note = new QLabel(tr("Passwords are never written to Palier's settings. Without one here, libpq "
                               "looks in PGPASSWORD, ~/.pgpass and the service file, as psql does."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::test);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_name, m_uri, m_service, m_host, m_database, m_user, m_table})
        connect(e, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    connect(m_mode, &QTabWidget::currentChanged, this, &ConnectionDialog::updateState);
    connect(&m_watcher, &QFutureWatcher<ConnectionCheck>::finished, this, [this] { showCheck(m_watcher.result()); });
    updateState();
}

ConnectionDialog::~ConnectionDialog()
{
    m_watcher.waitForFinished();
}

void ConnectionDialog::setConnection(const SavedConnection &c)
{
    m_originalName = c.name;
    m_name->setText(c.name);
    m_uri->setText(c.uri);
    m_service->setText(c.service);
    m_host->setText(c.host);
    m_port->setValue(c.port);
    m_database->setText(c.database);
    m_user->setText(c.user);
    m_sslmode->setCurrentIndex(std::max(0, m_sslmode->findData(c.sslmode)));
    m_table->setText(c.table);
    m_remember->setChecked(c.rememberPassword);
    m_mode->setCurrentIndex(!c.uri.isEmpty() ? 1 : (!c.service.isEmpty() && c.host.isEmpty()) ? 2 : 0);
    updateState();
}

SavedConnection ConnectionDialog::connection() const
{
    SavedConnection c;
    c.name = m_name->text().trimmed();
    switch (m_mode->currentIndex()) {
    case 1:
        c.uri = m_uri->text().trimmed();
        break;
    case 2:
        c.service = m_service->text().trimmed();
        break;
    default:
        c.host = m_host->text().trimmed();
        c.port = m_port->value();
        c.database = m_database->text().trimmed();
        c.user = m_user->text().trimmed();
        c.sslmode = m_sslmode->currentData().toString();
        break;
    }
    c.table = m_table->text().trimmed();
    c.rememberPassword = m_remember->isChecked();
    return c;
}

QString ConnectionDialog::validationProblem() const
{
    const SavedConnection c = connection();
    if (c.name.isEmpty())
        return tr("Give the connection a name.");
    if (c.name != m_originalName && m_taken.contains(c.name))
        return tr("A connection named %1 exists already.").arg(c.name);
    if (m_mode->currentIndex() == 1 && c.uri.isEmpty())
        return tr("Enter a URI or connection string.");
    if (m_mode->currentIndex() == 2 && c.service.isEmpty())
        return tr("Enter a service name.");
    if (const QString problem = connInfoError(c.conninfo()); !problem.isEmpty())
        return problem;
    return {};
}

void ConnectionDialog::updateState()
{
    bool hadPassword = false;
    SavedConnection::withoutPassword(m_uri->text(), &hadPassword);
    const QString problem = validationProblem();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty() && !m_watcher.isRunning());
    m_test->setEnabled(connInfoError(connection().conninfo()).isEmpty() && !m_watcher.isRunning());
    if (hadPassword && m_mode->currentIndex() == 1)
        m_status->setText(tr("The password in this URI is used for this session and moved to the keychain; "
                             "the saved URI will not hold it."));
    else if (!m_watcher.isRunning())
        m_status->setText(problem);
}

void ConnectionDialog::test()
{
    if (m_watcher.isRunning())
        return;
    SavedConnection c = connection();
    // A password typed inside the URI is used (once), never saved.
    QByteArray password = m_password;
    if (!c.uri.isEmpty()) {
        const QStringList secrets = connInfoSecrets(c.uri);
        if (password.isEmpty() && !secrets.isEmpty())
            password = secrets.first().toUtf8();
    }
    m_status->setText(tr("Connecting…"));
    m_test->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run([c, password] { return checkConnection(c, password); }));
}

void ConnectionDialog::showCheck(const ConnectionCheck &check)
{
    if (check.needsPassword && !m_retriedWithPassword) {
        m_retriedWithPassword = true;
        if (askPassword()) {
            test();
            return;
        }
    }
    m_retriedWithPassword = false;
    updateState();
    m_status->setText(check.ok ? tr("Connected: %1.").arg(check.serverInfo) : tr("Could not connect: %1").arg(check.message));
    emit tested(check);
}

bool ConnectionDialog::askPassword()
{
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Password"),
                                                   tr("The server asks for a password for %1:").arg(connection().summary()),
                                                   QLineEdit::Password, QString(), &ok);
    if (!ok || password.isEmpty())
        return false;
    m_password = password.toUtf8();
    return true;
}

} // namespace palier::ui
