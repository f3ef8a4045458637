#include "app/data_locations.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace palier::ui {

namespace {

QString locateData(const QString &relative)
{
    const QStringList candidates {
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

QString shippedProfilesDir()
{
    return locateData(QStringLiteral("profiles"));
}

} // namespace palier::ui
