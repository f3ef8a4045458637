#include "i18n/translations.h"

#include "i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace palier {

namespace {

// Where qt_add_translations(... RESOURCE_PREFIX /i18n) puts the compiled catalogues.
constexpr QLatin1StringView ResourceDir {":/i18n"};

// Installed translators stay alive with the application; a second call (the
// preferences changing the language) replaces them instead of stacking them.
QTranslator *installedQt = nullptr;
QTranslator *installedPalier = nullptr;

void replaceTranslator(QCoreApplication &app, QTranslator *&slot, QTranslator *next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
        slot = nullptr;
    }
    if (next) {
        next->setParent(&app);
        QCoreApplication::installTranslator(next);
        slot = next;
    }
}

} // namespace

QString resolveUiLanguage(const QString &uiLanguage, const QLocale &system)
{
    const QStringList shipped = shippedLanguages();
    // Accept "fr", "fr_FR", "fr-CA": only the language part matters here.
    if (const QString language = shippedLanguage(uiLanguage); !language.isEmpty())
        return language;
    // As GNU gettext does, a C/POSIX messages locale means untranslated output
    // whatever LANGUAGE says (Qt's uiLanguages() would follow LANGUAGE): scripts
    // and test suites that set LC_ALL=C get English.
    QByteArray messages = qgetenv("LC_ALL");
    if (messages.isEmpty())
        messages = qgetenv("LC_MESSAGES");
    if (messages.isEmpty())
        messages = qgetenv("LANG");
    if (messages == "C" || messages == "POSIX" || messages.startsWith("C."))
        return QStringLiteral("en");
    // uiLanguages() honours LANGUAGE (a priority list) before LC_ALL / LC_MESSAGES / LANG.
    for (const QString &name : system.uiLanguages()) {
        const QString language = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
        if (shipped.contains(language))
            return language;
        // "C" / "POSIX" locales mean "no preference": English, the source language.
        if (language == u"C")
            break;
    }
    return QStringLiteral("en");
}

QString installTranslations(QCoreApplication &app, const QString &uiLanguage)
{
    const QString language = resolveUiLanguage(uiLanguage);
    const QLocale locale(language);
    // The chosen language decides numbers too (decimal marks in the window and
    // the CLI), not the system locale; and the words module words for it.
    Language::setUi(language);
    QLocale::setDefault(Language::get(language).locale());

    auto *qt = new QTranslator;
    if (!qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    replaceTranslator(app, installedQt, qt);

    auto *own = new QTranslator;
    if (!own->load(QStringLiteral("palier_") + language, ResourceDir)) {
        delete own;
        own = nullptr;
    }
    replaceTranslator(app, installedPalier, own);
    return language;
}

ScopedTranslations::ScopedTranslations(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    const QString wanted = shippedLanguage(language);
    const QString current = Language::ui().code();
    if (!app || wanted.isEmpty() || wanted == current)
        return;
    m_previous = current;
    installTranslations(*app, wanted);
}

ScopedTranslations::~ScopedTranslations()
{
    if (!m_previous.isEmpty())
        if (QCoreApplication *app = QCoreApplication::instance())
            installTranslations(*app, m_previous);
}

} // namespace palier
