#include "cli/output_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace palier {

QString writeOutputFile(const QString &path, const QByteArray &data, bool force)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return QCoreApplication::translate("palier::Cli", "%1: is a folder, not a file").arg(shown);
    if (info.exists() && !force)
        return QCoreApplication::translate("palier::Cli", "%1: already exists (use --force to overwrite it)").arg(shown);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("palier::Cli", "%1: cannot write: %2").arg(shown, file.errorString());
    if (file.write(data) != data.size() || !file.commit())
        return QCoreApplication::translate("palier::Cli", "%1: cannot write: %2").arg(shown, file.errorString());
    return {};
}

} // namespace palier
