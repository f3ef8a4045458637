// libFuzzer harness: the grid profile reader (Profile::fromJson,
// app/grid/profile_json_reader.cpp), then what the app does with a profile it
// accepted: validate it and write it back (the written JSON must read again).
#include "fuzz_support.h"
#include "grid/profile.h"

#include <optional>

using namespace palier;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    std::optional<Profile> accepted;
    fuzz::guarded([&] { accepted = Profile::fromJson(json, QStringLiteral("profile.json")); });
    if (!accepted)
        return 0;
    // An accepted profile is valid, and what Palier writes of it reads back.
    if (!accepted->validate().isEmpty())
        __builtin_trap();
    try {
        (void)Profile::fromJson(accepted->toJson(), QStringLiteral("written.json"));
    } catch (const InputError &) {
        __builtin_trap();
    }
    return 0;
}
