#include "accountrepository.h"
#include "categoryrepository.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

#define ACCOUNT_COLUMNS "id, type, url, user, coalesce(category_id, 0), created_at, last_sync, status, state"

namespace {


Account accountFrom(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.type = q.value(1).toString();
    a.url = QUrl(q.value(2).toString());
    a.user = q.value(3).toString();
    a.categoryId = q.value(4).toLongLong();
    a.createdAt = SqlUtil::toTime(q.value(5));
    a.lastSync = SqlUtil::toTime(q.value(6));
    a.status = q.value(7).toString();
    a.state = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    return a;
}

} // namespace

AccountRepository::AccountRepository(QSqlDatabase db) : m_db(std::move(db)) { }

Result<qint64> AccountRepository::add(const Account &account)
{
    SqlUtil::Transaction tx(m_db);
    auto existing = SqlUtil::idColumn(m_db, u"SELECT id FROM accounts WHERE type = ? AND url = ? AND user = ?"_s,
                                      {account.type, account.url.toString(), account.user});
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return makeError(Error::Usage, tr("this account is already there (#%1)").arg(existing->first()));
    // The root is named after the server; a second account on the same host
    // gets the user in its name as well.
    QString name = u"%1@%2"_s.arg(account.user, account.url.host().isEmpty() ? account.url.toString()
                                                                            : account.url.host());
    auto taken = SqlUtil::idColumn(m_db, u"SELECT id FROM categories WHERE parent_id IS NULL AND name = ?"_s, {name});
    if (!taken)
        return taken.error();
    if (!taken->isEmpty())
        name += u" (%1)"_s.arg(account.type);
    auto root = CategoryRepository(m_db).ensurePath({name});
    if (!root)
        return root.error();
    auto q = SqlUtil::run(m_db,
                          u"INSERT INTO accounts (type, url, user, category_id, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                          {account.type, account.url.toString(), account.user, root.value(),
                           QDateTime::currentSecsSinceEpoch()});
    if (!q)
        return q.error();
    const qint64 id = q.value().lastInsertId().toLongLong();
    if (auto done = tx.commit(); !done)
        return done.error();
    return id;
}

Result<QList<Account>> AccountRepository::all() const
{
    auto q = SqlUtil::run(m_db, QStringLiteral("SELECT " ACCOUNT_COLUMNS " FROM accounts ORDER BY id"));
    if (!q)
        return q.error();
    QList<Account> accounts;
    while (q.value().next())
        accounts.append(accountFrom(q.value()));
    return accounts;
}

Result<std::optional<Account>> AccountRepository::find(qint64 id) const
{
    auto q = SqlUtil::run(m_db, QStringLiteral("SELECT " ACCOUNT_COLUMNS " FROM accounts WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Account>();
    return std::optional<Account>(accountFrom(q.value()));
}

Result<> AccountRepository::remove(qint64 id)
{
    auto found = find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(Error::NotFound, tr("no account with id %1").arg(id));
    SqlUtil::Transaction tx(m_db);
    // Its feeds (their articles go with them), then its subtree, then itself
    // (its remote ids and queued changes go with it).
    for (const QString &sql : {u"DELETE FROM feeds WHERE id IN (SELECT feed_id FROM remote_feeds WHERE account_id = ?)"_s,
                               u"DELETE FROM categories WHERE id IN (SELECT category_id FROM remote_categories WHERE account_id = ?)"_s}) {
        auto q = SqlUtil::run(m_db, sql, {id});
        if (!q)
            return q.error();
    }
    if (found.value()->categoryId > 0) {
        auto q = SqlUtil::run(m_db, u"DELETE FROM categories WHERE id = ?"_s, {found.value()->categoryId});
        if (!q)
            return q.error();
    }
    auto q = SqlUtil::run(m_db, u"DELETE FROM accounts WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    return tx.commit();
}

Result<> AccountRepository::recordSync(qint64 id, const QDateTime &when, const QString &status)
{
    auto q = SqlUtil::run(m_db, u"UPDATE accounts SET last_sync = ?, status = ? WHERE id = ?"_s,
                          {SqlUtil::fromTime(when), status.isNull() ? u""_s : status, id});
    if (!q)
        return q.error();
    return {};
}

Result<> AccountRepository::setState(qint64 id, const QJsonObject &state)
{
    auto q = SqlUtil::run(m_db, u"UPDATE accounts SET state = ? WHERE id = ?"_s,
                          {QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)), id});
    if (!q)
        return q.error();
    return {};
}

Result<> AccountRepository::setStatus(qint64 id, const QString &status)
{
    auto q = SqlUtil::run(m_db, u"UPDATE accounts SET status = ? WHERE id = ?"_s, {status.isNull() ? u""_s : status, id});
    if (!q)
        return q.error();
    return {};
}

Result<qint64> AccountRepository::accountOfArticle(qint64 articleId) const
{
    auto ids = SqlUtil::idColumn(m_db, u"SELECT account_id FROM remote_articles WHERE article_id = ?"_s, {articleId});
    if (!ids)
        return ids.error();
    return ids->isEmpty() ? 0 : ids->first();
}

Result<std::optional<AccountRepository::Place>> AccountRepository::placeOfCategory(qint64 categoryId) const
{
    // Up the tree to the first category the server knows, or an account's root.
    qint64 id = categoryId;
    for (int depth = 0; id > 0 && depth < 256; ++depth) {
        auto mapped = SqlUtil::run(m_db, u"SELECT account_id, remote_id FROM remote_categories WHERE category_id = ?"_s, {id});
        if (!mapped)
            return mapped.error();
        if (mapped.value().next()) {
            if (id != categoryId) // below a server category, made here: not one the server has
                return makeError(Error::Usage, tr("this category is not on the account's server; "
                                                  "create it there and sync first"));
            return std::optional<Place>(Place{mapped.value().value(0).toLongLong(), mapped.value().value(1).toString()});
        }
        auto root = SqlUtil::idColumn(m_db, u"SELECT id FROM accounts WHERE category_id = ?"_s, {id});
        if (!root)
            return root.error();
        if (!root->isEmpty()) {
            if (id != categoryId)
                return makeError(Error::Usage, tr("this category is not on the account's server; "
                                                  "create it there and sync first"));
            return std::optional<Place>(Place{root->first(), QString()});
        }
        auto parent = SqlUtil::idColumn(m_db, u"SELECT coalesce(parent_id, 0) FROM categories WHERE id = ?"_s, {id});
        if (!parent)
            return parent.error();
        id = parent->isEmpty() ? 0 : parent->first();
    }
    return std::optional<Place>();
}

Result<std::optional<std::pair<qint64, QString>>> AccountRepository::remoteFeed(qint64 feedId) const
{
    auto q = SqlUtil::run(m_db, u"SELECT account_id, remote_id FROM remote_feeds WHERE feed_id = ?"_s, {feedId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<std::pair<qint64, QString>>();
    return std::optional<std::pair<qint64, QString>>(
            std::pair{q.value().value(0).toLongLong(), q.value().value(1).toString()});
}
