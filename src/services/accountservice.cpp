#include "accountservice.h"
#include "credentialstore.h"
#include "library.h"
#include "librarysteps.h"
#include "storagethread.h"
#include "syncclientfactory.h"
#include "syncengine.h"
#include "synchttp.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)
};
} // namespace

AccountService::AccountService(StorageThread &storage, CredentialStore &keyring, CredentialStore &session,
                               QObject *parent)
    : QObject(parent), m_storage(storage), m_keyring(keyring), m_session(session)
{
    m_pool.setMaxThreadCount(1); // one job at a time, in order
}

AccountService::~AccountService()
{
    m_pool.waitForDone();
}

QStringList AccountService::types()
{
    return SyncClientFactory::types();
}

QFuture<Result<AccountService::Added>> AccountService::add(const QString &type, const QUrl &url, const QString &user,
                                                           const QString &password)
{
    return QtConcurrent::run(&m_pool, [steps = LibrarySteps::on(m_storage), &keyring = m_keyring,
                                       &session = m_session, type, url, user, password]() -> Result<Added> {
        if (!SyncClientFactory::types().contains(type))
            return makeError(Error::Usage, Tr::tr("unknown account type %1").arg(type));
        if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1))
            return makeError(Error::BadInput, Tr::tr("%1 is not an http(s) address").arg(url.toString()));
        SyncHttp http;
        auto client = SyncClientFactory::create(type, http, url, user, password);
        if (auto in = client->login(); !in)
            return in.error();
        Account account;
        account.type = type;
        account.url = url;
        account.user = user;
        auto id = steps.run([&account](Library &library) { return library.accounts().add(account); });
        if (!id)
            return id.error();
        Added added{id.value(), {}};
        const QString key = CredentialStore::keyFor(type, url.toString(), user);
        if (auto saved = keyring.save(key, password); !saved) {
            (void)session.save(key, password);
            added.note = Tr::tr("%1: the password is kept for this session only and asked for again "
                                "after a restart.").arg(saved.error().message);
        }
        return added;
    });
}

namespace {

AccountService::AccountInfo infoOf(const Account &account)
{
    return {account.id, account.categoryId, account.type, account.url, account.user, account.lastSync, account.status};
}

} // namespace

QFuture<Result<QList<AccountService::AccountInfo>>> AccountService::accounts()
{
    return m_storage.run([](Library &library) -> Result<QList<AccountInfo>> {
        auto accounts = library.accounts().all();
        if (!accounts)
            return accounts.error();
        QList<AccountInfo> infos;
        for (const Account &account : accounts.value())
            infos.append(infoOf(account));
        return infos;
    });
}

QFuture<Result<>> AccountService::remove(qint64 accountId)
{
    // On the worker, after a sync that runs: its steps never find the
    // account gone half-way. The password goes once the rows have.
    return QtConcurrent::run(&m_pool, [steps = LibrarySteps::on(m_storage), &keyring = m_keyring,
                                       &session = m_session, accountId]() -> Result<> {
        auto removed = steps.run([accountId](Library &library) -> Result<Account> {
            auto found = library.accounts().find(accountId);
            if (!found)
                return found.error();
            if (!found.value())
                return makeError(Error::NotFound, Tr::tr("no account with id %1").arg(accountId));
            if (auto done = library.accounts().remove(accountId); !done)
                return done.error();
            return *found.value();
        });
        if (!removed)
            return removed.error();
        const Account &account = removed.value();
        const QString key = CredentialStore::keyFor(account.type, account.url.toString(), account.user);
        (void)keyring.remove(key);
        (void)session.remove(key);
        return {};
    });
}

QFuture<AccountService::Synced> AccountService::sync(qint64 accountId)
{
    return QtConcurrent::run(&m_pool, [steps = LibrarySteps::on(m_storage), &keyring = m_keyring,
                                       &session = m_session, accountId] {
        Synced synced;
        auto accounts = steps.run([](Library &library) { return library.accounts().all(); });
        if (!accounts) {
            synced.failures.append(accounts.error().message);
            return synced;
        }
        SyncHttp http;
        SyncEngine engine(steps);
        for (const Account &account : accounts.value()) {
            if (accountId > 0 && account.id != accountId)
                continue;
            ++synced.accounts;
            const QString key = CredentialStore::keyFor(account.type, account.url.toString(), account.user);
            QString password = session.load(key).valueOr(QString());
            if (password.isEmpty())
                password = keyring.load(key).valueOr(QString());
            if (password.isEmpty()) {
                const QString why = Tr::tr("no password is kept for this account; add it again");
                const qint64 id = account.id;
                (void)steps.run([id, &why](Library &library) { return library.accounts().setStatus(id, why); });
                synced.failures.append(Tr::tr("%1: %2").arg(account.url.host(), why));
                continue;
            }
            auto client = SyncClientFactory::create(account.type, http, account.url, account.user, password);
            const auto report = engine.sync(account, *client);
            synced.fetched += report.fetched;
            synced.sent += report.sent;
            synced.stored += report.stored;
            if (!report.error.isEmpty())
                synced.failures.append(Tr::tr("%1: %2").arg(account.url.host(), report.error));
        }
        return synced;
    });
}
