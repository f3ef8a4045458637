#include "keychain/keychain_secret_store.h"

#include <qt6keychain/keychain.h>

namespace palier::ui {

namespace {

const QString kService = QStringLiteral("Palier");

bool keychainMissing(QKeychain::Error e)
{
    return e == QKeychain::NoBackendAvailable || e == QKeychain::NotImplemented || e == QKeychain::OtherError
           || e == QKeychain::AccessDenied || e == QKeychain::AccessDeniedByUser;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{
}

QString KeychainSecretStore::where() const
{
    if (m_unavailable)
        return tr("memory, for this session only (the system keychain is not available: %1)").arg(m_reason);
    return tr("the system keychain");
}

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    if (m_unavailable || m_memory.contains(key)) {
        m_memory.read(key, std::move(done));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, done](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError) {
            done(job->textData(), QString());
        } else if (job->error() == QKeychain::EntryNotFound) {
            done(std::nullopt, QString());
        } else {
            if (keychainMissing(job->error())) {
                m_unavailable = true;
                m_reason = job->errorString();
            }
            done(std::nullopt, job->errorString());
        }
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, WriteCallback done)
{
    if (m_unavailable) {
        m_memory.write(key, secret, [this, done](bool, const QString &) {
            if (done)
                done(false, tr("The system keychain is not available (%1): the password is kept in memory for "
                               "this session only.").arg(m_reason));
        });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, secret, done](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError) {
            m_memory.remove(key);
            if (done)
                done(true, tr("The password is stored in the system keychain."));
            return;
        }
        m_unavailable = keychainMissing(job->error()) || m_unavailable;
        m_reason = job->errorString();
        m_memory.write(key, secret, {});
        if (done)
            done(false, tr("The system keychain refused the password (%1): it is kept in memory for this "
                           "session only.").arg(m_reason));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key)
{
    m_memory.remove(key);
    if (m_unavailable)
        return;
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->start();
}

} // namespace palier::ui
