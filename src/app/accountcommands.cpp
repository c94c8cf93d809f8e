#include "accountcommands.h"
#include "credentialstore.h"
#include "fetcher.h"
#include "imagecache.h"
#include "library.h"
#include "output.h"
#include "syncclientfactory.h"
#include "syncengine.h"
#include "synchttp.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// The first line of a password file (or stdin for "-"), without its newline.
Result<QString> readPasswordFile(const QString &path)
{
    QFile file(path);
    const bool ok = path == "-"_L1 ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!ok)
        return makeError(Error::BadInput, AccountCommands::tr("cannot read %1: %2").arg(path, file.errorString()));
    QByteArray line = file.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

QJsonObject accountJson(const Account &a)
{
    return {{"id"_L1, a.id},
            {"type"_L1, a.type},
            {"url"_L1, a.url.toString()},
            {"user"_L1, a.user},
            {"last_sync"_L1, a.lastSync.isValid() ? QJsonValue(a.lastSync.toUTC().toString(Qt::ISODate)) : QJsonValue()},
            {"status"_L1, a.status.isEmpty() ? (a.lastSync.isValid() ? u"ok"_s : u"never synced"_s) : a.status}};
}

} // namespace

AccountCommands::AccountCommands(Library &library, CredentialStore &credentials, const Invocation &invocation,
                                 Output &out)
    : m_library(library), m_credentials(credentials), m_inv(invocation), m_out(out)
{
}

int AccountCommands::account()
{
    const QString verb = m_inv.arguments.value(0);
    if (verb == "add"_L1)
        return add();
    if (verb == "list"_L1)
        return list();
    if (verb == "remove"_L1)
        return remove();
    return m_out.fail(u"account"_s, makeError(Error::Usage, tr("give add, list or remove")));
}

int AccountCommands::add()
{
    if (m_inv.arguments.size() != 3)
        return m_out.fail(u"account add"_s,
                          makeError(Error::Usage, tr("give the type and the address: account add ttrss|greader URL "
                                                     "--user NAME --password-file FILE")));
    Account account;
    account.type = m_inv.arguments.at(1);
    if (!SyncClientFactory::types().contains(account.type))
        return m_out.fail(u"account add"_s, makeError(Error::Usage, tr("unknown account type %1 (give %2)")
                                                                         .arg(account.type, SyncClientFactory::types().join(u'|'))));
    account.url = QUrl(m_inv.arguments.at(2), QUrl::StrictMode);
    if (!account.url.isValid() || (account.url.scheme() != "http"_L1 && account.url.scheme() != "https"_L1))
        return m_out.fail(u"account add"_s, makeError(Error::BadInput, tr("%1 is not an http(s) address").arg(m_inv.arguments.at(2))));
    account.user = m_inv.option(u"user"_s);
    if (account.user.isEmpty() || !m_inv.has(u"password-file"_s))
        return m_out.fail(u"account add"_s, makeError(Error::Usage, tr("give --user NAME and --password-file FILE")));
    auto password = readPasswordFile(m_inv.option(u"password-file"_s));
    if (!password)
        return m_out.fail(u"account add"_s, password.error());
    if (m_inv.offline)
        return m_out.fail(u"account add"_s, makeError(Error::Network, tr("an account is tested live before it is saved; not with --offline")));
    // Tested live before it is saved.
    SyncHttp http;
    auto client = SyncClientFactory::create(account.type, http, account.url, account.user, password.value());
    if (auto in = client->login(); !in)
        return m_out.fail(u"account add"_s, in.error());
    auto id = m_library.accounts().add(account);
    if (!id)
        return m_out.fail(u"account add"_s, id.error());
    account.id = id.value();
    const QString key = CredentialStore::keyFor(account.type, account.url.toString(), account.user);
    if (auto saved = m_credentials.save(key, password.value()); !saved)
        m_out.info(tr("the password was not saved: %1. Give it to each sync with --password-file FILE.")
                           .arg(saved.error().message));
    else if (!m_credentials.isPersistent())
        m_out.info(tr("no desktop keyring is in use: the password was kept for this run only. "
                      "Give it to each sync with --password-file FILE."));
    if (m_inv.json) {
        auto stored = m_library.accounts().find(account.id);
        m_out.json(QJsonDocument(accountJson(stored && stored.value() ? *stored.value() : account)));
    } else {
        m_out.info(tr("Added account #%1 (%2 %3 as %4); run `masthead sync` to bring its articles")
                           .arg(account.id).arg(account.type, account.url.toString(), account.user));
    }
    return 0;
}

int AccountCommands::list()
{
    auto accounts = m_library.accounts().all();
    if (!accounts)
        return m_out.fail(u"account list"_s, accounts.error());
    if (m_inv.json) {
        QJsonArray rows;
        for (const Account &a : accounts.value())
            rows.append(accountJson(a));
        m_out.json(QJsonDocument(rows));
        return 0;
    }
    for (const Account &a : accounts.value()) {
        const QJsonObject row = accountJson(a);
        m_out.line(tr("#%1 %2 %3 as %4: last sync %5, %6")
                           .arg(a.id).arg(a.type, a.url.toString(), a.user,
                                          a.lastSync.isValid() ? QLocale().toString(a.lastSync.toLocalTime(), QLocale::ShortFormat)
                                                               : tr("never"),
                                          row.value("status"_L1).toString()));
    }
    if (accounts->isEmpty())
        m_out.info(tr("No accounts; add one with `masthead account add ttrss|greader URL --user NAME --password-file FILE`."));
    return 0;
}

int AccountCommands::remove()
{
    bool ok = false;
    const qint64 id = m_inv.arguments.value(1).toLongLong(&ok);
    if (m_inv.arguments.size() != 2 || !ok)
        return m_out.fail(u"account remove"_s, makeError(Error::Usage, tr("give one account id")));
    auto found = m_library.accounts().find(id);
    if (!found)
        return m_out.fail(u"account remove"_s, found.error());
    if (!found.value())
        return m_out.fail(u"account remove"_s, makeError(Error::NotFound, tr("no account with id %1").arg(id)));
    if (auto done = m_library.accounts().remove(id); !done)
        return m_out.fail(u"account remove"_s, done.error());
    const Account &a = *found.value();
    (void)m_credentials.remove(CredentialStore::keyFor(a.type, a.url.toString(), a.user));
    m_out.info(tr("Removed account #%1; its articles stay on the server").arg(id));
    return 0;
}

QString AccountCommands::passwordFor(const Account &account, QString *why) const
{
    if (m_inv.has(u"password-file"_s)) {
        auto password = readPasswordFile(m_inv.option(u"password-file"_s));
        if (!password) {
            *why = password.error().message;
            return {};
        }
        return password.value();
    }
    auto stored = m_credentials.load(CredentialStore::keyFor(account.type, account.url.toString(), account.user));
    if (!stored) {
        *why = tr("%1; give the password with --password-file FILE").arg(stored.error().message);
        return {};
    }
    if (stored->isEmpty())
        *why = tr("no password is saved for this account; give it with --password-file FILE");
    return stored.value();
}

int AccountCommands::sync()
{
    QElapsedTimer clock;
    clock.start();
    auto accounts = m_library.accounts().all();
    if (!accounts)
        return m_out.fail(u"sync"_s, accounts.error());
    QList<qint64> only;
    for (const QString &arg : m_inv.arguments) {
        bool ok = false;
        only.append(arg.toLongLong(&ok));
        if (!ok)
            return m_out.fail(u"sync"_s, makeError(Error::Usage, tr("%1 is not an account id").arg(arg)));
    }
    SyncHttp http;
    http.setOffline(m_inv.offline);
    SyncEngine engine(m_library);
    int count = 0;
    int fetched = 0;
    int sent = 0;
    int networkFailures = 0;
    QJsonArray failed;
    QList<qint64> stored;
    for (const Account &account : accounts.value()) {
        if (!only.isEmpty() && !only.contains(account.id))
            continue;
        ++count;
        QString why;
        const QString password = passwordFor(account, &why);
        SyncEngine::Report report;
        report.accountId = account.id;
        if (password.isEmpty() && !why.isEmpty()) {
            report.error = why;
            (void)m_library.accounts().setStatus(account.id, why);
        } else {
            auto client = SyncClientFactory::create(account.type, http, account.url, account.user, password);
            report = engine.sync(account, *client);
        }
        fetched += report.fetched;
        sent += report.sent;
        stored += report.stored;
        m_out.verbose(tr("#%1: %2 articles, %3 changes sent").arg(account.id).arg(report.fetched).arg(report.sent));
        if (!report.error.isEmpty()) {
            failed.append(QJsonObject{{"account"_L1, account.id}, {"error"_L1, report.error}});
            if (!m_inv.json)
                m_out.info(tr("#%1 %2: %3").arg(account.id).arg(account.url.toString(), report.error));
            if (report.unreachable)
                ++networkFailures;
        }
    }
    if (!only.isEmpty() && count == 0)
        return m_out.fail(u"sync"_s, makeError(Error::NotFound, tr("no such account")));
    // Synced articles read offline like any feed's: their images are kept.
    if (!stored.isEmpty() && !m_inv.offline) {
        Fetcher fetcher;
        ImageCache images(m_library, fetcher);
        images.cacheArticles(stored);
        if (!images.isIdle()) {
            QEventLoop loop;
            QObject::connect(&images, &ImageCache::idle, &loop, &QEventLoop::quit);
            loop.exec();
        }
        m_out.verbose(tr("%1 images stored, %2 failed").arg(images.report().stored).arg(images.report().failed));
    }
    const double seconds = clock.elapsed() / 1000.0;
    if (m_inv.json) {
        m_out.json(QJsonDocument(QJsonObject{{"accounts"_L1, count},
                                             {"fetched"_L1, fetched},
                                             {"sent"_L1, sent},
                                             {"failed"_L1, failed},
                                             {"seconds"_L1, seconds}}));
    } else {
        m_out.info(tr("%1 accounts: %2 articles fetched, %3 changes sent, %4 failed")
                           .arg(count).arg(fetched).arg(sent).arg(failed.size()));
    }
    if (count > 0 && networkFailures == count)
        return m_out.fail(u"sync"_s, makeError(Error::Network, tr("no server could be reached")));
    return 0;
}

int AccountCommands::mark()
{
    const QStringList flags = {u"read"_s, u"unread"_s, u"star"_s, u"unstar"_s};
    QStringList given;
    for (const QString &flag : flags)
        if (m_inv.has(flag))
            given.append(flag);
    if (given.size() != 1)
        return m_out.fail(u"mark"_s, makeError(Error::Usage, tr("give one of --read, --unread, --star, --unstar")));
    if (m_inv.arguments.isEmpty())
        return m_out.fail(u"mark"_s, makeError(Error::Usage, tr("give article ids")));
    QList<qint64> ids;
    for (const QString &arg : m_inv.arguments) {
        bool ok = false;
        const qint64 id = arg.toLongLong(&ok);
        if (!ok || id <= 0)
            return m_out.fail(u"mark"_s, makeError(Error::Usage, tr("%1 is not an article id").arg(arg)));
        auto found = m_library.articles().find(id);
        if (!found)
            return m_out.fail(u"mark"_s, found.error());
        if (!found.value())
            return m_out.fail(u"mark"_s, makeError(Error::NotFound, tr("no article with id %1").arg(id)));
        ids.append(id);
    }
    // All or none; a synced article's change is queued for its server by
    // the same transaction (the library's triggers).
    SqlUtil::Transaction tx(m_library.database().connection());
    const QString flag = given.first();
    Result<> done;
    if (flag == "read"_L1 || flag == "unread"_L1) {
        done = m_library.articles().setRead(ids, flag == "read"_L1);
    } else {
        for (qint64 id : std::as_const(ids)) {
            done = m_library.articles().setStarred(id, flag == "star"_L1);
            if (!done)
                break;
        }
    }
    if (done)
        done = tx.commit();
    if (!done)
        return m_out.fail(u"mark"_s, done.error());
    m_out.verbose(tr("%n article(s) marked", nullptr, int(ids.size())));
    return 0;
}

int AccountCommands::onServer(const QString &what, qint64 accountId, const std::function<Result<>(SyncClient &)> &change)
{
    auto account = m_library.accounts().find(accountId);
    if (!account || !account.value())
        return m_out.fail(what, account ? makeError(Error::NotFound, tr("no account with id %1").arg(accountId))
                                        : account.error());
    if (m_inv.offline)
        return m_out.fail(what, makeError(Error::Network, tr("this is an account's; its server cannot be reached "
                                                             "with --offline")));
    QString why;
    const QString password = passwordFor(*account.value(), &why);
    if (password.isEmpty() && !why.isEmpty())
        return m_out.fail(what, makeError(Error::Usage, why));
    SyncHttp http;
    auto client = SyncClientFactory::create(account.value()->type, http, account.value()->url, account.value()->user,
                                            password);
    if (auto in = client->login(); !in)
        return m_out.fail(what, in.error());
    if (auto done = change(*client); !done)
        return m_out.fail(what, done.error());
    // The server's tree now has it (or not): brought here at once.
    const auto report = SyncEngine(m_library).sync(*account.value(), *client);
    if (!report.error.isEmpty())
        return m_out.fail(what, makeError(Error::Network, tr("done on the server, but the sync after it failed: %1")
                                                                  .arg(report.error)));
    return 0;
}

std::optional<int> AccountCommands::addOnServer()
{
    if (!m_inv.has(u"category"_s) || m_inv.arguments.size() != 1)
        return std::nullopt;
    auto category = m_library.categories().findByPath(m_inv.option(u"category"_s));
    if (!category || !category.value())
        return std::nullopt; // a local path (made by add), or add's own error
    auto place = m_library.accounts().placeOfCategory(category.value()->id);
    if (!place)
        return m_out.fail(u"add"_s, place.error());
    if (!place.value())
        return std::nullopt;
    const QUrl url(m_inv.arguments.first(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1))
        return m_out.fail(u"add"_s, makeError(Error::BadInput, tr("%1 is not an http(s) address: the server fetches it")
                                                                   .arg(m_inv.arguments.first())));
    const QString remoteCategory = place.value()->remoteCategoryId;
    const int code = onServer(u"add"_s, place.value()->accountId,
                              [&](SyncClient &client) { return client.subscribe(url, remoteCategory); });
    if (code == 0)
        m_out.info(tr("Subscribed to %1 on the account's server").arg(url.toString()));
    return code;
}

std::optional<int> AccountCommands::removeOnServer()
{
    bool ok = false;
    const qint64 id = m_inv.arguments.value(0).toLongLong(&ok);
    if (m_inv.arguments.size() != 1 || !ok)
        return std::nullopt;
    auto remote = m_library.accounts().remoteFeed(id);
    if (!remote)
        return m_out.fail(u"remove"_s, remote.error());
    if (!remote.value())
        return std::nullopt;
    const QString remoteFeed = remote.value()->second;
    const int code = onServer(u"remove"_s, remote.value()->first,
                              [&](SyncClient &client) { return client.unsubscribe(remoteFeed); });
    if (code == 0)
        m_out.info(tr("Unsubscribed on the account's server"));
    return code;
}
