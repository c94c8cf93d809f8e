#pragma once

#include "commandline.h"

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

private:
    int add();
    int list();
    int remove();
    // The password for an account: the keyring's, else --password-file's.
    QString passwordFor(const Account &account, QString *why) const;

    Library &m_library;
    CredentialStore &m_credentials;
    const Invocation &m_inv;
    Output &m_out;
};
