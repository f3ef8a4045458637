#include "db/secret_store.h"

namespace palier::ui {

QString MemorySecretStore::where() const
{
    return tr("memory, for this session only");
}

void MemorySecretStore::read(const QString &key, ReadCallback done)
{
    const auto it = m_secrets.constFind(key);
    done(it == m_secrets.cend() ? std::nullopt : std::optional<QString>(*it), QString());
}

void MemorySecretStore::write(const QString &key, const QString &secret, WriteCallback done)
{
    m_secrets.insert(key, secret);
    if (done)
        done(false, tr("The password is kept in memory for this session only."));
}

void MemorySecretStore::remove(const QString &key)
{
    m_secrets.remove(key);
}

} // namespace palier::ui
