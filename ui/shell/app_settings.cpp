#include "shell/app_settings.h"

#include <QSettings>
#include <QVariant>

namespace palier::ui {

namespace {

const QString kRecent = QStringLiteral("files/recent");
const QString kSession = QStringLiteral("files/session");
const QString kLastFolder = QStringLiteral("files/lastFolder");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kView = QStringLiteral("window/view");
const QString kReportLang = QStringLiteral("report/language");
const QString kAutoRefresh = QStringLiteral("database/autoRefreshSeconds");

} // namespace

QList<QStringList> AppSettings::recent()
{
    QSettings s;
    QList<QStringList> out;
    const QVariantList entries = s.value(kRecent).toList();
    for (const QVariant &v : entries) {
        const QStringList paths = v.toStringList();
        if (!paths.isEmpty())
            out.append(paths);
    }
    return out;
}

void AppSettings::addRecent(const QStringList &paths)
{
    QList<QStringList> list = recent();
    list.removeAll(paths);
    list.prepend(paths);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QVariantList entries;
    for (const QStringList &p : std::as_const(list))
        entries.append(p);
    QSettings().setValue(kRecent, entries);
}

void AppSettings::clearRecent()
{
    QSettings().remove(kRecent);
}

QStringList AppSettings::sessionPaths()
{
    return QSettings().value(kSession).toStringList();
}

void AppSettings::setSessionPaths(const QStringList &paths)
{
    QSettings().setValue(kSession, paths);
}

QString AppSettings::lastFolder()
{
    return QSettings().value(kLastFolder).toString();
}

void AppSettings::setLastFolder(const QString &folder)
{
    QSettings().setValue(kLastFolder, folder);
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    QSettings().setValue(kState, state);
}

QByteArray AppSettings::splitterState(const QString &name)
{
    return QSettings().value(QStringLiteral("splitters/") + name).toByteArray();
}

void AppSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    QSettings().setValue(QStringLiteral("splitters/") + name, state);
}

int AppSettings::currentView()
{
    return QSettings().value(kView, 0).toInt();
}

void AppSettings::setCurrentView(int index)
{
    QSettings().setValue(kView, index);
}

QString AppSettings::reportLanguage()
{
    const QString lang = QSettings().value(kReportLang, QStringLiteral("fr")).toString();
    return lang == u"en" ? lang : QStringLiteral("fr");
}

void AppSettings::setReportLanguage(const QString &lang)
{
    QSettings().setValue(kReportLang, lang);
}

int AppSettings::autoRefreshSeconds()
{
    return QSettings().value(kAutoRefresh, 300).toInt();
}

void AppSettings::setAutoRefreshSeconds(int seconds)
{
    QSettings().setValue(kAutoRefresh, seconds);
}

} // namespace palier::ui
