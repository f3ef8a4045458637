// Loading the UI and CLI translations (Qt Linguist .qm files compiled into the
// executable under :/i18n, see resources/translations/CMakeLists.txt) and Qt's
// own translations (standard dialogs, QCommandLineParser errors) from the
// system's Qt translations folder. QtCore only, so the headless CLI can use it.
//
// The weekly report's language is NOT this: it is chosen per report (--lang,
// the export dialog) and worded through Language::get() (i18n/language.h,
// docs/i18n.md).
#pragma once

#include <QLatin1StringView>
#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace palier {

// QSettings key holding the UI language chosen in the preferences: "fr", "en",
// or empty / absent for "follow the system locale".
inline constexpr QLatin1StringView LanguageSettingsKey {"ui/language"};

// The languages shipped (the UI's and the report's alike): shippedLanguages(), i18n/language.h.

// The language installTranslations() would pick for `uiLanguage` ("fr", "en",
// or empty for the system locale): the first of the locale's UI languages that
// Palier ships in, else "en" (the source language). With no choice made and a
// C/POSIX messages locale (LC_ALL, else LC_MESSAGES, else LANG), "en" whatever
// LANGUAGE says, as GNU gettext does.
QString resolveUiLanguage(const QString &uiLanguage, const QLocale &system = QLocale::system());

// Installs Qt's translation (qtbase_XX.qm) and Palier's (:/i18n/palier_XX.qm) on
// `app` for `uiLanguage`, or for the system locale (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG) when it is empty. Call it once, right after constructing the
// application and before any translated string is built (QCommandLineOption
// descriptions are translated when constructed). A missing Qt translation only
// leaves Qt's own dialogs in English; it is not an error.
// Returns the language installed ("fr" or "en").
QString installTranslations(QCoreApplication &app, const QString &uiLanguage = {});

// For its lifetime, the application speaks `language` ("fr", "en"): what builds
// its words with tr() — the report's charts, drawn by the window's chart code —
// words them in the report's language rather than the interface's. The
// language before it comes back at the end of the scope. GUI thread only, and
// only around code that builds words (widgets already built keep theirs: the
// window is rebuilt, not retranslated, when its language changes).
class ScopedTranslations {
public:
    explicit ScopedTranslations(const QString &language);
    ~ScopedTranslations();
    ScopedTranslations(const ScopedTranslations &) = delete;
    ScopedTranslations &operator=(const ScopedTranslations &) = delete;

private:
    QString m_previous;   // empty: nothing was switched
};

} // namespace palier
