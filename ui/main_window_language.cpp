// View ▸ Language. The UI language: the system's by default, or one the user
// picks, applied live (the weekly report has its own language, chosen when
// exporting).
#include "main_window.h"

#include "i18n/translations.h"
#include "db/secret_store.h"
#include "shell/run_loader.h"
#include "shell/session.h"
#include "views/production_view.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QCoreApplication>
#include <QMetaObject>
#include <QSettings>

namespace palier::ui {

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
        // Queued: the window is rebuilt, menus included, after the menu closes.
        connect(a, &QAction::triggered, this, [this, code] {
            QMetaObject::invokeMethod(this, [this, code] { switchLanguage(code); }, Qt::QueuedConnection);
        });
    }
}

MainWindow *MainWindow::switchLanguage(const QString &code)
{
    QSettings().setValue(LanguageSettingsKey, code);
    if (QCoreApplication *app = QCoreApplication::instance())
        installTranslations(*app, code);
    // Every widget was built with its words: build the window again in the new
    // language, on the same session (no run is reloaded). The geometry, docks,
    // splitters and current view go through the saved settings, as at a start.
    saveSettings();
    m_loader->stop();
    const QString connected = m_production->connectedName();
    SecretStore *secrets = m_secrets;
    if (secrets && secrets->parent() == this)
        secrets->setParent(nullptr);   // the memory store outlives this window
    Session *session = m_session;
    session->setParent(nullptr);
    auto *next = new MainWindow(secrets, nullptr, session);
    if (secrets && !secrets->parent())
        secrets->setParent(next);
    next->setAttribute(Qt::WA_DeleteOnClose, testAttribute(Qt::WA_DeleteOnClose));
    if (!m_failedLoads.isEmpty()) {
        next->m_failedLoads = m_failedLoads;
        next->collectProblems();
    }
    if (isVisible())
        next->show();
    if (!connected.isEmpty())
        next->productionView()->connectTo(connected);
    // Not through close(): this window's closeEvent would save its settings
    // over the new window's.
    hide();
    deleteLater();
    return next;
}

} // namespace palier::ui
