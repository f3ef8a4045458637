// One language Palier speaks, usable from any thread and without installing
// anything on the application: its catalogue (the same Qt Linguist .qm files the
// window uses, compiled into palier_core under :/i18n) and its number format.
//
// Why not the installed QTranslator: the core decides in data and the edges word
// it (CLI text, JSON sentences, the report, the window), each in the language it
// wants — the report in French while the window speaks English, say. So every
// edge asks Language::get(code) for its language and words through it; nothing
// is swapped, and an assessment is never re-run to change its language.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QTranslator;

namespace palier {

class Language {
public:
    // "fr" or "en" (anything else, or a region such as "fr_CA", maps to the
    // language part, and an unshipped language to English). Never fails: a
    // missing catalogue words in English, the source language.
    static const Language &get(const QString &code);
    // The language the window and the CLI messages speak now (set by
    // installTranslations(), i18n/translations.h).
    static const Language &ui();
    static void setUi(const QString &code);

    QString code() const { return m_code; }

    // The translation of `text` (a source string marked with QT_TRANSLATE_NOOP or
    // written as a literal in a .translate() call, so lupdate collects it), or
    // `text` itself. `n` >= 0 picks a plural form and replaces %n.
    QString translate(const char *context, const char *text, const char *disambiguation = nullptr,
                      int n = -1) const;

    // Numbers as this language writes them: its decimal mark ("0,33" in French,
    // "0.33" in English), a minus sign, no group separator (figures stay
    // aligned and copyable: "12345 requêtes").
    QString number(double value, int decimals) const;
    // Shortest form that reads back as `value` ("2.5", "0.001"), same marks.
    QString number(double value) const;
    QString integer(qint64 value) const;
    const QLocale &locale() const { return m_locale; }

    Language(const Language &) = delete;
    Language &operator=(const Language &) = delete;

private:
    explicit Language(const QString &code);
    QString m_code;
    QLocale m_locale;
    QTranslator *m_translator = nullptr;   // owned, never deleted (lives as long as the process)
};

// The language codes Palier ships ("en", "fr"), and "fr"/"en" from any spelling
// ("fr_FR", "FR", "fr-CA"); empty when the language is not shipped.
QStringList shippedLanguages();
QString shippedLanguage(const QString &code);

} // namespace palier
