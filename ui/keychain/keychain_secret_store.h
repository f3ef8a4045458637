// Database passwords in the system keychain (Secret Service, KWallet, macOS
// Keychain, Windows Credential Store) through QtKeychain. Only the executable
// links QtKeychain. When the keychain cannot be used (no Secret Service on the
// session bus, a locked or refused keyring), the password is kept in memory for
// the session and the callback says so.
#pragma once

#include "db/secret_store.h"

namespace palier::ui {

class KeychainSecretStore : public SecretStore {
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    QString where() const override;
    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key) override;

private:
    MemorySecretStore m_memory;   // fallback, and what this session already knows
    bool m_unavailable = false;   // the keychain failed once: stop asking it
    QString m_reason;
};

} // namespace palier::ui
