// Where database passwords live. The window never writes a password to its
// settings: it asks a SecretStore, which the executable backs with the system
// keychain (QtKeychain, linked into the executable only) and which falls back
// to memory for the session when no keychain is available — and says so.
#pragma once

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace palier::ui {

class SecretStore : public QObject {
    Q_OBJECT
public:
    // secret: nullopt when none is stored; error: why reading failed (empty if it did not).
    using ReadCallback = std::function<void(std::optional<QString> secret, QString error)>;
    // persisted: false when the secret is only kept in memory; note: what to tell the user.
    using WriteCallback = std::function<void(bool persisted, QString note)>;

    using QObject::QObject;

    // Where secrets go, for the user: "the system keychain", "memory, for this session only".
    virtual QString where() const = 0;
    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, WriteCallback done) = 0;
    virtual void remove(const QString &key) = 0;
};

// Secrets kept in memory until the application quits. Used in tests, and as the
// fallback when no keychain is available.
class MemorySecretStore : public SecretStore {
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    QString where() const override;
    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key) override;
    bool contains(const QString &key) const { return m_secrets.contains(key); }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace palier::ui
