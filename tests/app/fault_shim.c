/* LD_PRELOAD shim for tst_output_file: runs the real palier executable on
 * filesystem failures that cannot be had on demand without filling a real disk
 * or mounting a vfat image. Each is switched on by an environment variable:
 *
 *   PALIER_SHIM_ENOSPC_DIR=DIR    write()/writev()/pwrite() on a file under DIR
 *                                 (its path through /proc/self/fd) fail with
 *                                 ENOSPC, as on a full disk;
 *   PALIER_SHIM_ENOSPC_AFTER=N    ...but only once N bytes went through (the
 *                                 write that crosses N is cut short, as the
 *                                 kernel does when the last blocks run out);
 *   PALIER_SHIM_NO_LINK=1         link()/linkat() fail with EPERM, as on a
 *                                 filesystem without hard links;
 *   PALIER_SHIM_NO_RENAMEAT2=1    syscall(SYS_renameat2, ...) fails with EINVAL,
 *                                 as where RENAME_NOREPLACE is not supported.
 *
 * Everything else goes to the C library untouched. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

static int is_set(const char *name)
{
    const char *v = getenv(name);
    return v && *v && strcmp(v, "0") != 0;
}

static void *real(const char *name)
{
    return dlsym(RTLD_NEXT, name);
}

/* How many of `count` bytes written to fd may go through: count when the fd is
 * not under the full folder, else what is left of the budget. */
static size_t allowed(int fd, size_t count)
{
    static long long budget = -1;   /* bytes still accepted under the folder; -1: not read yet */
    const char *dir = getenv("PALIER_SHIM_ENOSPC_DIR");
    if (!dir || !*dir || fd < 0)
        return count;
    const int saved = errno;
    char link[64], path[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, path, sizeof path - 1);
    errno = saved;
    const size_t len = strlen(dir);
    if (n < 0 || (size_t)n <= len)
        return count;
    path[n] = '\0';
    if (strncmp(path, dir, len) != 0 || path[len] != '/')
        return count;
    long long left = __atomic_load_n(&budget, __ATOMIC_SEQ_CST);
    if (left < 0) {
        const char *after = getenv("PALIER_SHIM_ENOSPC_AFTER");
        long long start = after ? atoll(after) : 0;
        long long expected = -1;
        __atomic_compare_exchange_n(&budget, &expected, start, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
        left = __atomic_load_n(&budget, __ATOMIC_SEQ_CST);
    }
    const size_t take = (size_t)left < count ? (size_t)left : count;
    __atomic_sub_fetch(&budget, (long long)take, __ATOMIC_SEQ_CST);
    return take;
}

ssize_t write(int fd, const void *buf, size_t count)
{
    static ssize_t (*next)(int, const void *, size_t);
    if (!next)
        next = (ssize_t (*)(int, const void *, size_t))real("write");
    const size_t take = allowed(fd, count);
    if (take == 0 && count > 0) {
        errno = ENOSPC;
        return -1;
    }
    return next(fd, buf, take);
}

ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset)
{
    static ssize_t (*next)(int, const void *, size_t, off_t);
    if (!next)
        next = (ssize_t (*)(int, const void *, size_t, off_t))real("pwrite");
    const size_t take = allowed(fd, count);
    if (take == 0 && count > 0) {
        errno = ENOSPC;
        return -1;
    }
    return next(fd, buf, take, offset);
}

ssize_t writev(int fd, const struct iovec *iov, int iovcnt)
{
    static ssize_t (*next)(int, const struct iovec *, int);
    if (!next)
        next = (ssize_t (*)(int, const struct iovec *, int))real("writev");
    size_t total = 0;
    for (int i = 0; i < iovcnt; ++i)
        total += iov[i].iov_len;
    /* All or nothing: simpler than cutting an iovec, and still a failure the caller must see. */
    if (total > 0 && allowed(fd, total) < total) {
        errno = ENOSPC;
        return -1;
    }
    return next(fd, iov, iovcnt);
}

int link(const char *from, const char *to)
{
    static int (*next)(const char *, const char *);
    if (is_set("PALIER_SHIM_NO_LINK")) {
        errno = EPERM;
        return -1;
    }
    if (!next)
        next = (int (*)(const char *, const char *))real("link");
    return next(from, to);
}

int linkat(int fromDir, const char *from, int toDir, const char *to, int flags)
{
    static int (*next)(int, const char *, int, const char *, int);
    if (is_set("PALIER_SHIM_NO_LINK")) {
        errno = EPERM;
        return -1;
    }
    if (!next)
        next = (int (*)(int, const char *, int, const char *, int))real("linkat");
    return next(fromDir, from, toDir, to, flags);
}

/* syscall() is variadic: forward six arguments, as many as any system call
 * takes (the kernel ignores those a call does not use). */
long syscall(long number, ...)
{
    static long (*next)(long, ...);
    if (number == SYS_renameat2 && is_set("PALIER_SHIM_NO_RENAMEAT2")) {
        errno = EINVAL;
        return -1;
    }
    if (!next)
        next = (long (*)(long, ...))real("syscall");
    va_list ap;
    va_start(ap, number);
    long a[6];
    for (int i = 0; i < 6; ++i)
        a[i] = va_arg(ap, long);
    va_end(ap);
    return next(number, a[0], a[1], a[2], a[3], a[4], a[5]);
}
