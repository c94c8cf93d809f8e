#pragma once

#include "commandline.h"

#include <functional>
#include <optional>

class CredentialStore;
class Library;
class Output;
class SyncHttp;
struct Account;

// The sync commands of the contract: `account add|list|remove`, `sync` and
// `mark`. Each returns the process exit code.
class AccountCommands final
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommands)

public:
    AccountCommands(Library &library, CredentialStore &credentials, const Invocation &invocation, Output &out);

    int account();
    int sync();
    int mark();
    // `add URL --category PATH` where PATH is an account's category, and
    // `remove FEED-ID` of an account's feed: done on the server, then synced.
    // Nothing (the caller goes on) for a local category or feed.
    std::optional<int> addOnServer();
    std::optional<int> removeOnServer();

private:
    int add();
    int list();
    int remove();
    // The password for an account: the keyring's, else --password-file's.
    QString passwordFor(const Account &account, QString *why) const;
    // Runs change on the account's server, then syncs the account.
    int onServer(const QString &what, qint64 accountId,
                 const std::function<Result<>(class SyncClient &)> &change);

    Library &m_library;
    CredentialStore &m_credentials;
    const Invocation &m_inv;
    Output &m_out;
};
