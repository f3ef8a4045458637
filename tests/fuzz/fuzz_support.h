// Shared by the libFuzzer harnesses (docs/fuzzing.md): readers that only take a
// path get the input written to a file in one temporary folder per process
// (under /dev/shm when it exists, so a write costs no disk I/O), and every
// exception a reader is allowed to throw is caught here — anything else (a
// crash, a sanitizer report, another exception type) is a finding.
#pragma once

#include "model/finding.h"
#include "sources/load.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>

namespace palier::fuzz {

// The process's temporary folder, made on first use and removed at exit.
inline const std::string &tempDir()
{
    static const std::string dir = [] {
        const char *base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : (getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
        std::string tmpl = std::string(base) + "/palier-fuzz-XXXXXX";
        if (!mkdtemp(tmpl.data()))
            abort();
        static std::string keep = tmpl;
        atexit([] { std::string cmd = "rm -rf '" + keep + "'"; (void)!system(cmd.c_str()); });
        return tmpl;
    }();
    return dir;
}

// Writes `size` bytes to `name` in the temporary folder (replacing it) and
// returns its path.
inline QString writeInput(const char *name, const std::uint8_t *data, std::size_t size)
{
    const std::string path = tempDir() + "/" + name;
    FILE *f = fopen(path.c_str(), "wb");
    if (!f)
        abort();
    if (size && fwrite(data, 1, size, f) != size)
        abort();
    fclose(f);
    return QString::fromStdString(path);
}

// Splits the input at the first ASCII record separator (0x1E): harnesses that
// read two files take the first part as one, the rest as the other.
inline std::pair<QByteArray, QByteArray> splitInput(const std::uint8_t *data, std::size_t size)
{
    const auto *sep = static_cast<const std::uint8_t *>(memchr(data, 0x1E, size));
    if (!sep)
        return {QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QByteArray()};
    const std::size_t n = std::size_t(sep - data);
    return {QByteArray(reinterpret_cast<const char *>(data), qsizetype(n)),
            QByteArray(reinterpret_cast<const char *>(sep + 1), qsizetype(size - n - 1))};
}

// Runs `body`, swallowing what readers are documented to throw on bad input.
template<class F>
void guarded(F &&body)
{
    try {
        body();
    } catch (const InputError &) {
    } catch (const LoadCancelled &) {
    }
}

} // namespace palier::fuzz
