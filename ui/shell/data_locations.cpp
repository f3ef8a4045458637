#include "shell/data_locations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace palier::ui {

namespace {

QString locateData(const QString &relative)
{
    // Beside the executable first (an installed palier under any prefix finds its
    // own data, even on the machine it was built on), then the source tree (a
    // build-tree palier), then the configured install prefix.
    const QStringList candidates {
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/palier/") + relative,
        QStringLiteral(PALIER_RESOURCES_DIR) + QLatin1Char('/') + relative,
        QStringLiteral(PALIER_INSTALLED_DATA_DIR) + QLatin1Char('/') + relative,
        QStandardPaths::locate(QStandardPaths::AppDataLocation, relative, QStandardPaths::LocateDirectory),
    };
    for (const QString &c : candidates)
        if (!c.isEmpty() && QFileInfo(c).isDir())
            return QDir(c).absolutePath();
    return {};
}

} // namespace

QString bundledSampleDir()
{
    return locateData(QStringLiteral("samples/weekly"));
}

QString bundledSampleEventsFile()
{
    return locateData(QStringLiteral("samples/production/app_monitoring_events.csv.gz"));
}

QString shippedProfilesDir()
{
    return locateData(QStringLiteral("profiles"));
}

} // namespace palier::ui
