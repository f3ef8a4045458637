// Whether a connection fails only for want of a password: libpq's own answer
// (PQconnectionNeedsPassword), so the window asks for a password only when the
// server wants one and libpq found none in the string, PGPASSWORD, ~/.pgpass or
// the service file — never merely because some connection failed.
#pragma once

#include <QString>

namespace palier {

enum class PasswordNeed {
    Connected,      // it connects as it is: no password to ask for
    Needed,         // the server asks for a password and none was available
    Refused,        // the password given was used and the connection still failed
    OtherFailure    // it fails for another reason (message in *error)
};

// Opens one plain connection with `conninfo` and `password` (empty: libpq's own
// sources) — blocking, up to the connect timeout: call it off the UI thread —
// and closes it at once. *error gets libpq's reason, one line, without secrets.
PasswordNeed probePasswordNeed(const QString &conninfo, const QByteArray &password = {}, QString *error = nullptr);

} // namespace palier
