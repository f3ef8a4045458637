// The C library's text for an errno value, for messages that name a failed
// system call. Shared by the output file writer and the k6 reader's parsing
// threads: both may run on several threads at once, so it never uses
// strerror(), whose buffer is shared.
#pragma once

#include <QString>

namespace palier {

QString systemError(int code);

} // namespace palier
