// Writing what the user asked for without ever losing what they had. Shared by
// `palier … --out FILE [--force]` and the window's exports (report, charts,
// grid profile), so both follow one rule (docs/cli.md, "--out"):
//
// - only regular files: a device, FIFO, socket, folder or broken symbolic link
//   at the path is refused, even with force (writing "over" /dev/full must not
//   replace the device node, and opening a FIFO would block);
// - the data is complete on disk (written and fsync'ed to a temporary file
//   beside the target) before the target name shows it, so a failure (disk
//   full…) leaves neither a half-written target nor a temporary file;
// - without force the file is created exclusively (link(2), else
//   renameat2(RENAME_NOREPLACE), else O_EXCL): of concurrent writers to one
//   path exactly one succeeds, the others are told the file already exists;
// - with force an existing regular file is replaced atomically (rename(2)),
//   keeping its mode; a symbolic link to a regular file is followed: the file
//   it points to is replaced and the link stays.
#pragma once

#include <QByteArray>
#include <QString>

namespace palier {

// Returns an empty string on success, else a one-line error naming the file
// (the CLI prints it and exits 2, the window shows it). Thread-safe.
QString writeOutputFile(const QString &path, const QByteArray &data, bool force);

} // namespace palier
