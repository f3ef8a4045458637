// View ▸ Language. The UI language: the system's by default, or one the user
// picks. Widgets are built with their strings, so the choice applies at the next
// start (the weekly report has its own language, chosen when exporting).
#include "main_window.h"

#include "i18n/translations.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>
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
        connect(a, &QAction::triggered, this, [this, code] {
            QSettings().setValue(LanguageSettingsKey, code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The new language applies the next time Palier starts."));
        });
    }
}

} // namespace palier::ui
