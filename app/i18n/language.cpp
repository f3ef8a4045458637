#include "i18n/language.h"

#include <QMutex>
#include <QMutexLocker>
#include <QTranslator>

#include <cmath>
#include <map>

namespace palier {

namespace {

QMutex &registryMutex()
{
    static QMutex m;
    return m;
}

QString &uiCode()
{
    static QString code = QStringLiteral("en");
    return code;
}

} // namespace

QStringList shippedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

QString shippedLanguage(const QString &code)
{
    const QString language = code.trimmed().toLower().section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    return shippedLanguages().contains(language) ? language : QString();
}

Language::Language(const QString &code)
    : m_code(code)
    , m_locale(code == u"fr" ? QLocale(QLocale::French, QLocale::France)
                             : QLocale(QLocale::English, QLocale::UnitedStates))
{
    m_locale.setNumberOptions(QLocale::OmitGroupSeparator);
    auto *translator = new QTranslator;
    // English is the source language: its catalogue only holds plural forms.
    if (translator->load(QStringLiteral("palier_") + code, QStringLiteral(":/i18n")))
        m_translator = translator;
    else
        delete translator;
}

const Language &Language::get(const QString &code)
{
    QString c = shippedLanguage(code);
    if (c.isEmpty())
        c = QStringLiteral("en");
    const QMutexLocker lock(&registryMutex());
    // Languages live as long as the process: references handed out stay valid.
    // The registry itself is never destroyed either, so at exit they are still
    // reachable and LeakSanitizer (ctest --preset asan, docs/fuzzing.md) does
    // not take them for leaks.
    static auto *languages = new std::map<QString, Language *>;
    auto it = languages->find(c);
    if (it == languages->end())
        it = languages->emplace(c, new Language(c)).first;
    return *it->second;
}

const Language &Language::ui()
{
    QString code;
    {
        const QMutexLocker lock(&registryMutex());
        code = uiCode();
    }
    return get(code);
}

void Language::setUi(const QString &code)
{
    QString c = shippedLanguage(code);
    if (c.isEmpty())
        c = QStringLiteral("en");
    const QMutexLocker lock(&registryMutex());
    uiCode() = c;
}

QString Language::translate(const char *context, const char *text, const char *disambiguation, int n) const
{
    QString out;
    if (m_translator)
        out = m_translator->translate(context, text, disambiguation, n);
    if (out.isEmpty())
        out = QString::fromUtf8(text);
    if (n >= 0)
        out.replace(QStringLiteral("%n"), integer(n));
    return out;
}

QString Language::number(double value, int decimals) const
{
    if (std::isnan(value))
        return QStringLiteral("?");
    // -0.00 reads as a sign error: a value that rounds to zero is zero.
    const double scale = std::pow(10.0, decimals);
    if (std::abs(value) * scale < 0.5)
        value = 0.0;
    return m_locale.toString(value, 'f', decimals);
}

QString Language::number(double value) const
{
    if (std::isnan(value))
        return QStringLiteral("?");
    return m_locale.toString(value, 'g', QLocale::FloatingPointShortest);
}

QString Language::integer(qint64 value) const
{
    return m_locale.toString(value);
}

} // namespace palier
