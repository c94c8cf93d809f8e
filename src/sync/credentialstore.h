#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

// Where account passwords are kept: the desktop's keyring, never the
// library or settings.ini. Injected, so tests and machines without a keyring
// use the session-only store.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;
    virtual Result<> save(const QString &key, const QString &secret) = 0;
    // An empty string when the store has nothing for the key.
    virtual Result<QString> load(const QString &key) = 0;
    virtual Result<> remove(const QString &key) = 0;
    // Whether what is saved outlives this process.
    virtual bool isPersistent() const = 0;

    // The key of an account's password.
    static QString keyFor(const QString &type, const QString &url, const QString &user)
    {
        return type + u':' + user + u'@' + url;
    }
};

// Kept for this session only (in memory): the choice when no keyring is there.
class SessionCredentials final : public CredentialStore
{
public:
    Result<> save(const QString &key, const QString &secret) override
    {
        m_secrets.insert(key, secret);
        return {};
    }
    Result<QString> load(const QString &key) override { return m_secrets.value(key); }
    Result<> remove(const QString &key) override
    {
        m_secrets.remove(key);
        return {};
    }
    bool isPersistent() const override { return false; }

private:
    QHash<QString, QString> m_secrets;
};

// The desktop's keyring through QtKeychain (Secret Service, KWallet). Each
// call waits for the keyring up to a few seconds; no keyring is an Error
// that says so.
class KeychainCredentials final : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainCredentials)

public:
    explicit KeychainCredentials(QString service = QStringLiteral("masthead"));
    // Whether this build has QtKeychain at all.
    static bool isAvailable();

    Result<> save(const QString &key, const QString &secret) override;
    Result<QString> load(const QString &key) override;
    Result<> remove(const QString &key) override;
    bool isPersistent() const override { return true; }

private:
    QString m_service;
};
