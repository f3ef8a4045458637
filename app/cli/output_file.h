// Writing what the user asked for without ever losing what they had: atomic
// (QSaveFile) and never over an existing file unless they said --force.
#pragma once

#include <QByteArray>
#include <QString>

namespace palier {

// Returns an empty string on success, else a one-line error naming the file.
QString writeOutputFile(const QString &path, const QByteArray &data, bool force);

} // namespace palier
