#include "report/shared_paths.h"

#include <QDir>
#include <QFileInfo>

namespace palier {

namespace {

// A parameter holds a path when it is absolute: the readers record the paths of
// the files they read absolute, and no worded figure or name starts with '/'.
bool looksLikePath(const QString &text)
{
    return !text.isEmpty() && QDir::isAbsolutePath(text);
}

} // namespace

QString resultsFolder(const QList<Run> &runs)
{
    QStringList common;
    bool first = true;
    for (const Run &run : runs) {
        if (run.path.isEmpty())
            continue;
        const QStringList parts = QDir::cleanPath(QFileInfo(run.path).absolutePath()).split(QLatin1Char('/'));
        if (first) {
            common = parts;
            first = false;
            continue;
        }
        qsizetype n = 0;
        while (n < common.size() && n < parts.size() && common.at(n) == parts.at(n))
            ++n;
        common.resize(n);
    }
    if (first)
        return {};
    // "/a/b" splits into "", "a", "b": the root alone joins back to "".
    const QString folder = common.join(QLatin1Char('/'));
    return folder.isEmpty() ? QStringLiteral("/") : folder;
}

QString sharedPath(const QString &path, const QString &folder)
{
    if (path.isEmpty())
        return path;
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (!folder.isEmpty()) {
        const QString relative = QDir(folder).relativeFilePath(absolute);
        if (!relative.startsWith(QLatin1String("..")) && !QDir::isAbsolutePath(relative))
            return relative;
    }
    return QFileInfo(absolute).fileName();
}

Finding sharedFinding(const Finding &finding, const QString &folder)
{
    Finding f = finding;
    f.file = sharedPath(f.file, folder);
    for (auto it = f.params.begin(); it != f.params.end(); ++it) {
        if (it->typeId() == QMetaType::QString && looksLikePath(it->toString())) {
            *it = sharedPath(it->toString(), folder);
        } else if (it->typeId() == QMetaType::QStringList) {
            QStringList list = it->toStringList();
            for (QString &s : list)
                if (looksLikePath(s))
                    s = sharedPath(s, folder);
            *it = list;
        }
    }
    return f;
}

} // namespace palier
