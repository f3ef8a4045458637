#include "io/system_error.h"

#include <cstring>

namespace palier {

namespace {

// strerror_r comes in two flavours (GNU returns the text, XSI fills the
// buffer); overloads pick whichever this C library has.
[[maybe_unused]] const char *errorText(int, const char *buffer) { return buffer; }
[[maybe_unused]] const char *errorText(const char *text, const char *) { return text; }

} // namespace

QString systemError(int code)
{
    char buffer[256] = {};
    return QString::fromLocal8Bit(errorText(strerror_r(code, buffer, sizeof buffer), buffer));
}

} // namespace palier
