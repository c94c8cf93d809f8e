#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QStringList>
#include <QThreadPool>
#include <QUrl>

class CredentialStore;
class StorageThread;

// Server accounts for the window: adding one (tested live before it is
// saved) and syncing them. The network work (and the credentials) run off
// the window's thread on the service's own worker, one job at a time, so
// the credentials are never touched by two threads at once. The library is
// reached only through the app's writer StorageThread, in short steps the
// worker waits for: the worker holds no connection, and no storage step
// waits on the network.
class AccountService final : public QObject
{
    Q_OBJECT

public:
    // keyring: the desktop's; session: where a password goes when the
    // keyring cannot take it and the person agreed to keep it for the session.
    AccountService(StorageThread &storage, CredentialStore &keyring, CredentialStore &session,
                   QObject *parent = nullptr);
    ~AccountService() override;

    static QStringList types(); // "ttrss", "greader"

    struct Added
    {
        qint64 id = 0;
        QString note; // e.g. the keyring could not keep the password
    };
    QFuture<Result<Added>> add(const QString &type, const QUrl &url, const QString &user, const QString &password);

    // An account as the window shows it (its subtree's root, its state).
    struct AccountInfo
    {
        qint64 id = 0;
        qint64 categoryId = 0; // the root of its subtree in the category tree
        QString type;
        QUrl url;
        QString user;
        QDateTime lastSync; // invalid: never synced
        QString status;     // empty: the last sync went well
    };
    // Read on the storage thread at once, not behind a running sync.
    QFuture<Result<QList<AccountInfo>>> accounts();
    // Removes the account, its subtree and articles here (the server keeps
    // them) and its password.
    QFuture<Result<>> remove(qint64 accountId);

    struct Synced
    {
        int accounts = 0;
        int fetched = 0;
        int sent = 0;
        QStringList failures;
        QList<qint64> stored; // articles new or changed, for their offline copies
    };
    // Syncs one account, or every one (0).
    QFuture<Synced> sync(qint64 accountId = 0);
    QFuture<Synced> syncAll() { return sync(0); }

private:
    StorageThread &m_storage;
    CredentialStore &m_keyring;
    CredentialStore &m_session;
    QThreadPool m_pool;
};
