#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QUrl>

#include <optional>

// A server the library syncs with. The password is not here: it lives in
// the desktop's keyring (src/sync/credentialstore.h).
struct Account
{
    qint64 id = 0;
    QString type; // "ttrss" or "greader"
    QUrl url;
    QString user;
    qint64 categoryId = 0; // the account's subtree in the category tree
    QDateTime createdAt;
    QDateTime lastSync; // invalid: never synced
    QString status;     // empty: the last sync went well
    QJsonObject state;  // the protocol's bookmarks (newest id, last sync time)
};

// Server accounts as stored. Removing one removes its subtree, feeds and
// articles (the server keeps them) and its queued changes.
class AccountRepository final
{
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)

public:
    explicit AccountRepository(QSqlDatabase db);

    // Adds the account with its own root category, named after the server.
    Result<qint64> add(const Account &account);
    Result<QList<Account>> all() const;
    Result<std::optional<Account>> find(qint64 id) const;
    Result<> remove(qint64 id);
    // What one sync ended with; the state only when given.
    Result<> recordSync(qint64 id, const QDateTime &when, const QString &status);
    Result<> setState(qint64 id, const QJsonObject &state);
    Result<> setStatus(qint64 id, const QString &status);
    // Where a category stands on a server: its account and the server's id
    // of it (empty for the account's root); nothing for a local category.
    struct Place
    {
        qint64 accountId = 0;
        QString remoteCategoryId;
    };
    Result<std::optional<Place>> placeOfCategory(qint64 categoryId) const;
    // The account and server id of a synced feed; nothing for a local one.
    Result<std::optional<std::pair<qint64, QString>>> remoteFeed(qint64 feedId) const;
    // The account a synced article belongs to, 0 for a local one.
    Result<qint64> accountOfArticle(qint64 articleId) const;

private:
    QSqlDatabase m_db;
};
