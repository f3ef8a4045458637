#include "sources/locust/side_files.h"

#include <QFile>

namespace palier::locust {

namespace {

// Lowercase fragments of Locust's generator-overload messages, across versions.
constexpr const char *kCpuMarkers[] = {
    "cpu usage above",                 // "CPU usage above 90%! This may constrain your throughput…"
    "cpu usage was too high",          // at the end of a test that had the warning
    "exceeded cpu threshold",          // master about a worker
    "cpu usage threshold was exceeded" // master at the end
};

} // namespace

QList<Finding> cpuWarnings(const QStringList &sideFiles)
{
    QList<Finding> out;
    for (const QString &path : sideFiles) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        qint64 line = 0;
        while (!f.atEnd()) {
            // Lines are read in bounded pieces: a log with no line breaks cannot
            // make one huge allocation.
            const QByteArray raw = f.readLine(64 * 1024);
            if (raw.isEmpty())
                break;
            if (raw.endsWith('\n'))
                ++line;
            const QByteArray lower = raw.toLower();
            bool hit = false;
            for (const char *marker : kCpuMarkers)
                hit = hit || lower.contains(marker);
            if (!hit)
                continue;
            QString text = QString::fromUtf8(raw).simplified();
            if (text.size() > 160)
                text = text.left(157) + QStringLiteral("…");
            out.append(Finding::warning(QStringLiteral("locust.cpu_warning"), path, raw.endsWith('\n') ? line : line + 1,
                                        {{QStringLiteral("message"), text}}));
            break;
        }
    }
    return out;
}

} // namespace palier::locust
