// View ▸ Language applies live: the window is rebuilt in the new language on the
// same session — nothing reloaded, the same decision — and its words, numbers
// and the grid's reasons follow the language chosen, not the system's.
#include "gui_test_support.h"

#include "i18n/language.h"
#include "i18n/translations.h"
#include "models/grid_model.h"
#include "models/problems_model.h"
#include "shell/app_settings.h"
#include "shell/format.h"
#include "shell/session.h"
#include "views/decision_view.h"

#include <QSettings>
#include <QTabWidget>

using namespace palier;
using namespace palier::ui;

class TestUiLanguage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::quietOffscreen(); }
    void cleanup()
    {
        QSettings().remove(LanguageSettingsKey);
        installTranslations(*qApp, QStringLiteral("en"));
    }

    void switchesLiveWithoutReloading()
    {
        AppSettings::setSessionPaths({});
        auto *w = new MainWindow;
        w->resize(1280, 800);
        w->show();
        w->openAtStart({});
        QVERIFY(test::waitForLoad(*w));
        QCOMPARE(Language::ui().code(), QStringLiteral("en"));
        Session *session = w->session();
        const Decision before = session->assessment().windowVerdict.decision;
        const QString englishTab = w->views()->tabText(0);
        const QString englishHeader = w->decisionView()->gridModel()->headerData(0, Qt::Horizontal).toString();
        const int problems = w->problemsModel()->rowCount();
        const int view = w->views()->currentIndex();

        QPointer<MainWindow> old(w);
        MainWindow *fr = w->switchLanguage(QStringLiteral("fr"));
        QTRY_VERIFY(old.isNull());   // the old window goes
        QCOMPARE(fr->session(), session);   // the same runs: nothing reloaded
        QCOMPARE(fr->session()->runs().size(), 3);
        QCOMPARE(fr->session()->assessment().windowVerdict.decision, before);
        QCOMPARE(fr->views()->currentIndex(), view);
        QCOMPARE(fr->problemsModel()->rowCount(), problems);
        QCOMPARE(Language::ui().code(), QStringLiteral("fr"));
        QCOMPARE(QSettings().value(LanguageSettingsKey).toString(), QStringLiteral("fr"));
        // Its words are French now: the tabs, the grid, the grid's own reasons.
        QVERIFY(fr->views()->tabText(0) != englishTab);
        QVERIFY(fr->decisionView()->gridModel()->headerData(0, Qt::Horizontal).toString() != englishHeader);
        const GridModel *grid = fr->decisionView()->gridModel();
        const QString tip = grid->index(0, 1).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("palier de 100 utilisateurs")), qPrintable(tip));
        // Numbers follow the language chosen, not the system's locale (C here).
        QCOMPARE(Format::pct(1.6), QStringLiteral("1,60 %"));

        MainWindow *en = fr->switchLanguage(QStringLiteral("en"));
        QCOMPARE(en->views()->tabText(0), englishTab);
        QCOMPARE(Format::pct(1.6), QStringLiteral("1.60 %"));
        QCOMPARE(en->session(), session);
        delete en;
    }
};

QTEST_MAIN(TestUiLanguage)
#include "tst_ui_language.moc"
