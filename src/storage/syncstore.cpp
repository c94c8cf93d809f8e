#include "syncstore.h"
#include "articlerepository.h"
#include "sqlutil.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QVariant parentValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString textList(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

// The address a server feed is stored under. The feeds table keeps one row
// per address, and the same feed may be in the local library and in several
// accounts: the fragment (never sent to a server) keeps them apart.
QString storedFeedUrl(qint64 accountId, const RemoteFeed &feed)
{
    QUrl url = feed.url.isValid() && !feed.url.isEmpty() ? feed.url : QUrl(u"about:blank"_s);
    url.setFragment(u"masthead-account-%1-feed-%2"_s.arg(accountId).arg(feed.id));
    return url.toString();
}

} // namespace

SyncStore::SyncStore(QSqlDatabase db, SqlUtil::RawStatementCache *statements)
    : m_db(std::move(db)), m_statements(statements)
{
}

Result<> SyncStore::setApplying(bool on)
{
    auto q = SqlUtil::run(m_db, u"UPDATE sync_applying SET active = ? WHERE one = 1"_s, {on ? 1 : 0});
    if (!q)
        return q.error();
    return {};
}

Result<qint64> SyncStore::placeCategory(qint64 accountId, qint64 parentId, const RemoteCategory &category)
{
    const QString name = category.name.trimmed().isEmpty() ? category.id : category.name.trimmed();
    auto mapped = SqlUtil::idColumn(m_db, u"SELECT category_id FROM remote_categories WHERE account_id = ? AND remote_id = ?"_s,
                                    {accountId, category.id});
    if (!mapped)
        return mapped.error();
    auto sibling = SqlUtil::idColumn(m_db, u"SELECT id FROM categories WHERE coalesce(parent_id, 0) = ? AND name = ?"_s,
                                     {parentId, name});
    if (!sibling)
        return sibling.error();
    if (!mapped->isEmpty()) {
        const qint64 id = mapped->first();
        // Renamed or moved on the server; a clash with a sibling keeps the old place.
        if (sibling->isEmpty() || sibling->first() == id) {
            auto q = SqlUtil::run(m_db, u"UPDATE categories SET name = ?, parent_id = ? WHERE id = ?"_s,
                                  {name, parentValue(parentId), id});
            if (!q)
                return q.error();
        }
        return id;
    }
    qint64 id = 0;
    if (!sibling->isEmpty()) {
        id = sibling->first();
    } else {
        auto q = SqlUtil::run(m_db, u"INSERT INTO categories (parent_id, name) VALUES (?, ?)"_s,
                              {parentValue(parentId), name});
        if (!q)
            return q.error();
        id = q.value().lastInsertId().toLongLong();
    }
    auto q = SqlUtil::run(m_db, u"INSERT OR REPLACE INTO remote_categories (category_id, account_id, remote_id) VALUES (?, ?, ?)"_s,
                          {id, accountId, category.id});
    if (!q)
        return q.error();
    return id;
}

Result<qint64> SyncStore::placeFeed(qint64 accountId, qint64 categoryId, const RemoteFeed &feed)
{
    auto mapped = feedOf(accountId, feed.id);
    if (!mapped)
        return mapped.error();
    const QString title = feed.title.isEmpty() ? feed.url.toString() : feed.title;
    if (mapped.value() > 0) {
        auto q = SqlUtil::run(m_db, u"UPDATE feeds SET category_id = ?, title = ?, site_url = ?, url = ? WHERE id = ?"_s,
                              {parentValue(categoryId), title, feed.siteUrl.toString(),
                               storedFeedUrl(accountId, feed), mapped.value()});
        if (!q)
            return q.error();
        return mapped.value();
    }
    auto q = SqlUtil::run(m_db,
                          u"INSERT INTO feeds (category_id, url, title, site_url, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                          {parentValue(categoryId), storedFeedUrl(accountId, feed), title, feed.siteUrl.toString(),
                           QDateTime::currentSecsSinceEpoch()});
    if (!q)
        return q.error();
    const qint64 id = q.value().lastInsertId().toLongLong();
    auto map = SqlUtil::run(m_db, u"INSERT INTO remote_feeds (feed_id, account_id, remote_id) VALUES (?, ?, ?)"_s,
                            {id, accountId, feed.id});
    if (!map)
        return map.error();
    return id;
}

Result<SyncStore::TreeCounts> SyncStore::applyTree(qint64 accountId, qint64 rootCategoryId,
                                                   const QList<RemoteCategory> &categories,
                                                   const QList<RemoteFeed> &feeds)
{
    SqlUtil::Transaction tx(m_db);
    TreeCounts counts;
    QHash<QString, qint64> local; // remote category id -> local id
    // Parents first, whatever order the server listed them in; a category
    // whose parent never comes (a cycle, a dangling id) goes to the root.
    QList<RemoteCategory> left = categories;
    while (!left.isEmpty()) {
        bool progressed = false;
        for (qsizetype i = 0; i < left.size();) {
            const RemoteCategory &c = left.at(i);
            const bool parentKnown = c.parentId.isEmpty() || local.contains(c.parentId);
            const bool parentListed = std::any_of(categories.cbegin(), categories.cend(),
                                                  [&](const RemoteCategory &o) { return o.id == c.parentId; });
            if (!parentKnown && parentListed) {
                ++i;
                continue;
            }
            auto id = placeCategory(accountId, parentKnown && !c.parentId.isEmpty() ? local.value(c.parentId)
                                                                                   : rootCategoryId, c);
            if (!id)
                return id.error();
            local.insert(c.id, id.value());
            ++counts.categories;
            left.removeAt(i);
            progressed = true;
        }
        if (!progressed) { // a cycle: break it at the first one
            RemoteCategory c = left.takeFirst();
            c.parentId.clear();
            left.prepend(c);
        }
    }
    QStringList keptFeeds;
    for (const RemoteFeed &feed : feeds) {
        auto id = placeFeed(accountId, local.value(feed.categoryId, rootCategoryId), feed);
        if (!id)
            return id.error();
        keptFeeds.append(feed.id);
        ++counts.feeds;
    }
    // What the server no longer has: its feeds (and their articles) go, then
    // its categories.
    auto gone = SqlUtil::run(m_db,
                             u"DELETE FROM feeds WHERE id IN (SELECT feed_id FROM remote_feeds WHERE account_id = ?"
                             " AND remote_id NOT IN (SELECT value FROM json_each(?)))"_s,
                             {accountId, textList(keptFeeds)});
    if (!gone)
        return gone.error();
    counts.removedFeeds = gone.value().numRowsAffected();
    auto goneCategories = SqlUtil::run(m_db,
                                       u"DELETE FROM categories WHERE id IN (SELECT category_id FROM remote_categories"
                                       " WHERE account_id = ? AND remote_id NOT IN (SELECT value FROM json_each(?)))"_s,
                                       {accountId, textList(local.keys())});
    if (!goneCategories)
        return goneCategories.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return counts;
}

Result<SyncStore::StoreCounts> SyncStore::storeArticles(qint64 accountId, const QList<RemoteArticle> &articles)
{
    SqlUtil::Transaction tx(m_db);
    if (auto on = setApplying(true); !on)
        return on.error();
    StoreCounts counts;
    QHash<QString, qint64> feeds;
    QHash<qint64, QList<const RemoteArticle *>> byFeed;
    for (const RemoteArticle &remote : articles) {
        if (!feeds.contains(remote.feedId)) {
            auto feed = feedOf(accountId, remote.feedId);
            if (!feed)
                return feed.error();
            feeds.insert(remote.feedId, feed.value());
        }
        const qint64 feedId = feeds.value(remote.feedId);
        if (feedId <= 0) {
            ++counts.skipped;
            continue;
        }
        byFeed[feedId].append(&remote);
    }
    ArticleRepository repository(m_db, m_statements);
    auto map = SqlUtil::prepare(m_db, u"INSERT OR IGNORE INTO remote_articles (article_id, account_id, remote_id) VALUES (?, ?, ?)"_s);
    // The server's flags, unless a local change of that flag still waits to go.
    auto read = SqlUtil::prepare(m_db, u"UPDATE articles SET read = ? WHERE id = ? AND read <> ? AND NOT EXISTS"
                                       " (SELECT 1 FROM sync_queue WHERE article_id = articles.id AND flag = 'read')"_s);
    auto starred = SqlUtil::prepare(m_db, u"UPDATE articles SET starred = ? WHERE id = ? AND starred <> ? AND NOT EXISTS"
                                          " (SELECT 1 FROM sync_queue WHERE article_id = articles.id AND flag = 'starred')"_s);
    if (!map || !read || !starred)
        return !map ? map.error() : !read ? read.error() : starred.error();
    auto known = storedVersions(accountId, articles);
    if (!known)
        return known.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = byFeed.cbegin(); it != byFeed.cend(); ++it) {
        QList<Article> batch;
        batch.reserve(it.value().size());
        for (const RemoteArticle *remote : it.value()) {
            Article a = remote->article;
            a.guid = u"masthead-sync:%1"_s.arg(remote->id); // the server's id is the identity
            keepLocalText(known.value(), *remote, a);
            a.read = remote->read;
            a.starred = remote->starred;
            batch.append(std::move(a));
        }
        auto stored = repository.upsert(it.key(), batch, now);
        if (!stored)
            return stored.error();
        counts.inserted += stored->inserted;
        counts.updated += stored->updated;
        if (stored->inserted + stored->updated > 0)
            counts.ids += stored->ids; // unchanged ones too: the cache skips what it has
        for (qsizetype i = 0; i < stored->ids.size(); ++i) {
            const RemoteArticle *remote = it.value().at(i);
            const qint64 id = stored->ids.at(i);
            QSqlQuery &m = map.value();
            m.bindValue(0, id);
            m.bindValue(1, accountId);
            m.bindValue(2, remote->id);
            if (auto done = SqlUtil::exec(m); !done)
                return done.error();
            for (auto [query, value] : {std::pair{&read.value(), remote->read}, std::pair{&starred.value(), remote->starred}}) {
                query->bindValue(0, value ? 1 : 0);
                query->bindValue(1, id);
                query->bindValue(2, value ? 1 : 0);
                if (auto done = SqlUtil::exec(*query); !done)
                    return done.error();
            }
        }
    }
    if (auto off = setApplying(false); !off)
        return off.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return counts;
}

Result<QHash<QString, SyncStore::StoredVersion>> SyncStore::storedVersions(qint64 accountId,
                                                                           const QList<RemoteArticle> &articles) const
{
    QHash<QString, StoredVersion> versions;
    QStringList ids;
    ids.reserve(articles.size());
    for (const RemoteArticle &remote : articles)
        ids.append(remote.id);
    // One query per page (a first sync finds none).
    auto q = SqlUtil::run(m_db,
                          u"SELECT ra.remote_id, coalesce(a.updated, a.published), a.content_html, a.content_text"
                          " FROM remote_articles ra JOIN articles a ON a.id = ra.article_id"
                          " WHERE ra.account_id = ? AND ra.remote_id IN (SELECT value FROM json_each(?))"_s,
                          {accountId, textList(ids)});
    if (!q)
        return q.error();
    while (q.value().next())
        versions.insert(q.value().value(0).toString(), {SqlUtil::toTime(q.value().value(1)),
                                                        q.value().value(2).toString(), q.value().value(3).toString()});
    return versions;
}

void SyncStore::keepLocalText(const QHash<QString, StoredVersion> &stored, const RemoteArticle &remote,
                              Article &article)
{
    const auto it = stored.constFind(remote.id);
    if (it == stored.cend())
        return; // new here
    const QDateTime incoming = article.updated.isValid() ? article.updated : article.published;
    // The same version again (a page boundary, an item given twice): the
    // full text fetched here for a summary stays. A newer version replaces it.
    if (incoming.isValid() && it->changed.isValid() && incoming > it->changed)
        return;
    if (it->text.simplified().size() > article.contentText.simplified().size()) {
        article.contentHtml = it->html;
        article.contentText = it->text;
    }
}

Result<int> SyncStore::applyFlagSet(qint64 accountId, QueuedChange::Flag flag, const QStringList &remoteIds,
                                    bool idsAreTrue)
{
    SqlUtil::Transaction tx(m_db);
    if (auto on = setApplying(true); !on)
        return on.error();
    // In the set: the flag is idsAreTrue; out of it, the opposite. The set is
    // looked up through the (account, remote id) index, one probe per id:
    // joined the other way round, SQLite scanned the set once per article.
    const QString readSql =
            u"UPDATE articles SET read = 1 - read"
            " WHERE id IN (SELECT article_id FROM remote_articles WHERE account_id = ?)"
            " AND NOT EXISTS (SELECT 1 FROM sync_queue WHERE article_id = articles.id AND flag = 'read')"
            " AND read <> (CASE WHEN id IN (SELECT article_id FROM remote_articles WHERE account_id = ?"
            "   AND remote_id IN (SELECT value FROM json_each(?))) THEN ? ELSE 1 - ? END)"_s;
    const QString starredSql =
            u"UPDATE articles SET starred = 1 - starred"
            " WHERE id IN (SELECT article_id FROM remote_articles WHERE account_id = ?)"
            " AND NOT EXISTS (SELECT 1 FROM sync_queue WHERE article_id = articles.id AND flag = 'starred')"
            " AND starred <> (CASE WHEN id IN (SELECT article_id FROM remote_articles WHERE account_id = ?"
            "   AND remote_id IN (SELECT value FROM json_each(?))) THEN ? ELSE 1 - ? END)"_s;
    auto q = SqlUtil::run(m_db, flag == QueuedChange::Flag::Read ? readSql : starredSql,
                          {accountId, accountId, textList(remoteIds), idsAreTrue ? 1 : 0, idsAreTrue ? 1 : 0});
    if (!q)
        return q.error();
    const int changed = q.value().numRowsAffected();
    if (auto off = setApplying(false); !off)
        return off.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return changed;
}

Result<QStringList> SyncStore::outdated(qint64 accountId, const QList<std::pair<QString, QDateTime>> &stamps) const
{
    QStringList ids;
    if (stamps.isEmpty())
        return ids;
    QHash<QString, QDateTime> changed;
    QStringList asked;
    for (const auto &[id, when] : stamps) {
        if (!when.isValid())
            continue;
        changed.insert(id, when);
        asked.append(id);
    }
    // An article stored without its own change time has its date.
    auto q = SqlUtil::run(m_db,
                          u"SELECT ra.remote_id, coalesce(a.updated, a.published) FROM remote_articles ra"
                          " JOIN articles a ON a.id = ra.article_id"
                          " WHERE ra.account_id = ? AND ra.remote_id IN (SELECT value FROM json_each(?))"_s,
                          {accountId, textList(asked)});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QString id = q.value().value(0).toString();
        const QDateTime stored = SqlUtil::toTime(q.value().value(1));
        if (!stored.isValid() || stored < changed.value(id))
            ids.append(id);
    }
    return ids;
}

Result<int> SyncStore::articleCount(qint64 accountId) const
{
    auto q = SqlUtil::run(m_db, u"SELECT count(*) FROM remote_articles WHERE account_id = ?"_s, {accountId});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 0;
}

Result<qint64> SyncStore::feedOf(qint64 accountId, const QString &remoteFeedId) const
{
    auto ids = SqlUtil::idColumn(m_db, u"SELECT feed_id FROM remote_feeds WHERE account_id = ? AND remote_id = ?"_s,
                                 {accountId, remoteFeedId});
    if (!ids)
        return ids.error();
    return ids->isEmpty() ? 0 : ids->first();
}

Result<QString> SyncStore::remoteFeedOf(qint64 feedId) const
{
    auto ids = SqlUtil::textColumn(m_db, u"SELECT remote_id FROM remote_feeds WHERE feed_id = ?"_s, {feedId});
    if (!ids)
        return ids.error();
    return ids->isEmpty() ? QString() : ids->first();
}
