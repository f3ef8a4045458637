#include "io/output_file.h"

#include "io/system_error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <cerrno>
#include <cstdio>    // RENAME_NOREPLACE (glibc 2.28+)
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef RENAME_NOREPLACE
#define RENAME_NOREPLACE (1 << 0)   // <linux/fs.h>; older C libraries do not spell it
#endif

namespace palier {

namespace {

// The CLI and the window share these messages: one context for both.
QString tr(const char *text)
{
    return QCoreApplication::translate("palier::OutputFile", text);
}

enum class Kind { Missing, Regular, Folder, Device, Fifo, Socket, BrokenLink, Other };

Kind kindOf(mode_t mode)
{
    if (S_ISREG(mode))
        return Kind::Regular;
    if (S_ISDIR(mode))
        return Kind::Folder;
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Kind::Device;
    if (S_ISFIFO(mode))
        return Kind::Fifo;
    if (S_ISSOCK(mode))
        return Kind::Socket;
    return Kind::Other;
}

struct Found {
    Kind kind = Kind::Missing;
    bool link = false;          // the path itself is a symbolic link
    struct stat st {};          // of what the path leads to (valid unless Missing / BrokenLink)
};

// What `path` leads to, looking through a final symbolic link. Never opens it:
// opening a FIFO blocks and opening a device may have effects. Returns 0 or an
// errno (a missing file is not an error).
int look(const QByteArray &path, Found *found)
{
    *found = {};
    struct stat st {};
    if (::lstat(path.constData(), &st) != 0)
        return errno == ENOENT ? 0 : errno;
    found->link = S_ISLNK(st.st_mode);
    if (found->link && ::stat(path.constData(), &st) != 0) {
        if (errno != ENOENT)
            return errno;   // ELOOP, EACCES…
        found->kind = Kind::BrokenLink;
        return 0;
    }
    found->kind = kindOf(st.st_mode);
    found->st = st;
    return 0;
}

QString refusal(Kind kind, const QString &shown)
{
    switch (kind) {
    case Kind::Folder: return tr("%1: is a folder, not a file").arg(shown);
    case Kind::Device: return tr("%1: is a device, not a regular file").arg(shown);
    case Kind::Fifo: return tr("%1: is a named pipe (FIFO), not a regular file").arg(shown);
    case Kind::Socket: return tr("%1: is a socket, not a regular file").arg(shown);
    case Kind::BrokenLink: return tr("%1: is a broken symbolic link, not a regular file").arg(shown);
    case Kind::Missing:
    case Kind::Regular:
    case Kind::Other: break;
    }
    return tr("%1: is not a regular file").arg(shown);
}

// Only the CLI writes without force (the window's file dialog has already asked),
// hence the option in the message.
QString alreadyExists(const QString &shown)
{
    return tr("%1: already exists (use --force to overwrite it)").arg(shown);
}

// The temporary file: beside the target, so link() and rename() stay within one
// filesystem (atomic). Removed by the destructor unless published, which covers
// every error path.
struct TempFile {
    QByteArray path;
    int fd = -1;

    TempFile() = default;
    TempFile(const TempFile &) = delete;
    TempFile &operator=(const TempFile &) = delete;
    ~TempFile()
    {
        if (fd >= 0)
            ::close(fd);
        if (!path.isEmpty())
            ::unlink(path.constData());
    }
    void published() { path.clear(); }   // the temporary name has become the target's
};

// Created O_EXCL with mode 0666, not with mkstemp(): the kernel then applies the
// umask (and a folder's default ACL) exactly as for any new file, where
// mkstemp's 0600 would hide the published file from the group.
int createTemp(const QByteArray &target, TempFile *temp)
{
    const qsizetype slash = target.lastIndexOf('/');
    const QByteArray folder = target.left(slash + 1);      // "" or ".../"
    // A name is at most 255 bytes: leave room for the dot and the suffix.
    const QByteArray base = target.mid(slash + 1).left(200);
    for (int attempt = 0; attempt < 64; ++attempt) {
        const QByteArray name = folder + '.' + base + ".palier-"
                              + QByteArray::number(QRandomGenerator::global()->generate64(), 36) + ".tmp";
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            temp->path = name;
            temp->fd = fd;
            return 0;
        }
        if (errno != EEXIST)
            return errno;
    }
    return EEXIST;
}

int writeAll(int fd, const QByteArray &data)
{
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(std::min<qsizetype>(left, qsizetype(1) << 30)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        p += n;
        left -= n;
    }
    return 0;
}

// Written, on disk (fsync: a crash right after publishing must not leave an
// empty file under the name) and closed (NFS reports some write errors only
// there). 0 or an errno; the descriptor is closed either way.
int finish(int *fd, const QByteArray &data)
{
    int error = writeAll(*fd, data);
    if (!error && ::fsync(*fd) != 0)
        error = errno;
    if (::close(*fd) != 0 && !error && errno != EINTR)
        error = errno;
    *fd = -1;
    return error;
}

// Replacing keeps what the replaced file had, as writing into it would have:
// its mode (without set-id bits, meaningless on a document) and, where the
// system lets us (root, or a group we are in), its owner and group.
void keepModeOf(int fd, const struct stat &old)
{
    if (::fchown(fd, old.st_uid, old.st_gid) != 0) {
        // Not allowed: the file then belongs to whoever replaced it, like any new file.
    }
    ::fchmod(fd, old.st_mode & 0777);
}

// Filesystems without hard links (vfat, some FUSE and network mounts) say so
// with one of these.
bool noHardLinks(int error)
{
    return error == EPERM || error == EOPNOTSUPP || error == ENOTSUP || error == ENOSYS;
}

// Publishes the complete temporary file under `target` unless something is
// there already: 0, EEXIST, or another errno.
int publishExclusive(TempFile *temp, const QByteArray &target, const QByteArray &data)
{
    // link() never replaces: it fails with EEXIST when the target appeared since
    // we looked, whatever it is. The temporary name goes with the TempFile.
    if (::link(temp->path.constData(), target.constData()) == 0)
        return 0;
    int error = errno;
    if (!noHardLinks(error))
        return error;
#ifdef SYS_renameat2
    if (::syscall(SYS_renameat2, AT_FDCWD, temp->path.constData(), AT_FDCWD, target.constData(),
                  RENAME_NOREPLACE) == 0) {
        temp->published();
        return 0;
    }
    error = errno;
    if (error != EINVAL && error != ENOSYS && !noHardLinks(error))
        return error;   // EINVAL/ENOSYS: no RENAME_NOREPLACE on this filesystem or kernel
#endif
    // Last resort: create the target itself exclusively. Still exactly one
    // winner, but a reader may see the file while it grows; a failure removes
    // it (ours: we created it just now).
    int fd = ::open(target.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0)
        return errno;
    error = finish(&fd, data);
    if (error)
        ::unlink(target.constData());
    return error;
}

// Makes the new name itself durable. Best effort: the data is already safe, and
// some filesystems refuse fsync on a folder.
void syncFolderOf(const QByteArray &target)
{
    const qsizetype slash = target.lastIndexOf('/');
    const QByteArray folder = slash < 0 ? QByteArray(".") : slash == 0 ? QByteArray("/") : target.left(slash);
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

QString writeOutputFile(const QString &path, const QByteArray &data, bool force)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto cannotWrite = [&shown](int error) {
        return tr("%1: cannot write: %2").arg(shown, systemError(error));
    };
    if (path.isEmpty())
        return cannotWrite(ENOENT);
    QByteArray target = QFile::encodeName(path);

    // Looked at first so that the usual refusals cost no write; the exclusive
    // publication below is what makes "already exists" hold under a race.
    Found found;
    if (const int error = look(target, &found))
        return cannotWrite(error);
    if (found.kind != Kind::Missing && !force)
        return found.kind == Kind::Regular || found.kind == Kind::BrokenLink ? alreadyExists(shown)
                                                                             : refusal(found.kind, shown);
    if (found.kind != Kind::Missing && found.kind != Kind::Regular)
        return refusal(found.kind, shown);
    if (found.link) {
        // --force through a symbolic link to a regular file: replace the file it
        // points to and keep the link, as writing into the file would have done
        // (and as QSaveFile did before). The temporary file goes beside the real
        // file, so that the rename stays on one filesystem.
        char *real = ::realpath(target.constData(), nullptr);
        if (!real)
            return cannotWrite(errno);
        target = QByteArray(real);
        std::free(real);
    }

    TempFile temp;
    if (const int error = createTemp(target, &temp))
        return cannotWrite(error);
    if (found.kind == Kind::Regular)
        keepModeOf(temp.fd, found.st);
    if (const int error = finish(&temp.fd, data))
        return cannotWrite(error);

    if (force) {
        // rename() would replace a device node or a FIFO just as well: look once
        // more right before it. What is left is a window of a few microseconds
        // between this look and the rename, which only someone able to create
        // device nodes in that folder could use.
        Found now;
        if (const int error = look(target, &now))
            return cannotWrite(error);
        if (now.kind != Kind::Missing && now.kind != Kind::Regular)
            return refusal(now.kind, shown);
        if (::rename(temp.path.constData(), target.constData()) != 0)
            return cannotWrite(errno);
        temp.published();
    } else if (const int error = publishExclusive(&temp, target, data)) {
        if (error != EEXIST)
            return cannotWrite(error);
        // Someone created it meanwhile: say what is there now.
        Found now;
        look(target, &now);
        return now.kind == Kind::Missing || now.kind == Kind::Regular || now.kind == Kind::BrokenLink
            ? alreadyExists(shown) : refusal(now.kind, shown);
    }
    syncFolderOf(target);
    return {};
}

} // namespace palier
