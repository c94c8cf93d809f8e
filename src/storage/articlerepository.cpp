#include "articlerepository.h"
#include "articleheaderrows.h"
#include "sortedpages.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <optional>
#include <limits>

using namespace Qt::StringLiterals;

#define ARTICLE_COLUMNS                                                                        \
    "id, feed_id, guid, link, title, author, published, updated, summary, content_html, "       \
    "content_text, read, starred, fetched_at"

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ArticleRepository)
};

Article articleFrom(const QSqlQuery &q)
{
    Article a;
    a.id = q.value(0).toLongLong();
    a.feedId = q.value(1).toLongLong();
    a.guid = q.value(2).toString();
    a.link = QUrl(q.value(3).toString());
    a.title = q.value(4).toString();
    a.author = q.value(5).toString();
    a.published = SqlUtil::toTime(q.value(6));
    a.updated = SqlUtil::toTime(q.value(7));
    a.summary = q.value(8).toString();
    a.contentHtml = q.value(9).toString();
    a.contentText = q.value(10).toString();
    a.read = q.value(11).toBool();
    a.starred = q.value(12).toBool();
    a.fetchedAt = SqlUtil::toTime(q.value(13));
    return a;
}

} // namespace

ArticleRepository::ArticleRepository(QSqlDatabase db, SqlUtil::RawStatementCache *statements)
    : m_db(std::move(db)), m_statements(statements)
{
}

namespace {

void bindTime(SqlUtil::RawStatement &statement, int index, const QDateTime &time)
{
    if (time.isValid())
        statement.bind(index, time.toSecsSinceEpoch());
    else
        statement.bindNull(index);
}

// Binds, from `first` on: title, author, published, updated, summary,
// content HTML, content text and content hash, the run insert and update share.
void bindContent(SqlUtil::RawStatement &statement, int first, const QByteArray (&utf8)[5],
                 const Article &article, const QByteArray &hash)
{
    statement.bind(first, utf8[0]);
    statement.bind(first + 1, utf8[1]);
    bindTime(statement, first + 2, article.published);
    bindTime(statement, first + 3, article.updated);
    statement.bind(first + 4, utf8[2]);
    statement.bind(first + 5, utf8[3]);
    statement.bind(first + 6, utf8[4]);
    statement.bind(first + 7, hash);
}

// Runs a statement that returns no rows, ready to run again.
Result<> runOnce(SqlUtil::RawStatement &statement)
{
    auto done = statement.step();
    statement.reset();
    if (!done)
        return done.error();
    return {};
}

} // namespace

// Straight on SQLite (SqlUtil::RawStatement): every text is converted to
// UTF-8 once, hashed and bound from the same bytes. Through QSqlQuery, the
// QVariant binding and SQLite's own UTF-16 translation were half the cost.
Result<ArticleRepository::UpsertCounts>
ArticleRepository::upsert(qint64 feedId, const QList<Article> &articles, const QDateTime &fetchedAt)
{
    using SqlUtil::RawStatement;
    // The batch's one foreign key, its feed, is checked once below, not per
    // article: an insert that may fail on a key (or on the unique key, hence
    // OR FAIL: any failure here ends the whole transaction anyway) and fires
    // triggers makes SQLite keep a statement journal of every page it
    // touches -- 30% of the instructions of storing an article (callgrind).
    // OR FAIL also rules the insert's triggers: none may meet a conflict
    // (resources/sql/0008).
    const SqlUtil::ForeignKeysOff keysCheckedHere(m_db);
    SqlUtil::Transaction tx(m_db);
    std::optional<SqlUtil::RawStatementCache> own;
    if (!m_statements)
        own.emplace(m_db); // finalized when this call ends
    SqlUtil::RawStatementCache &statements = m_statements ? *m_statements : *own;
    auto lookup = statements.get("SELECT id, content_hash FROM articles WHERE feed_id = ? AND dedupe_key = ?");
    auto insert = statements.get(
            "INSERT OR FAIL INTO articles (feed_id, dedupe_key, guid, link, title, author, published,"
            " updated, summary, content_html, content_text, content_hash, read, starred,"
            " fetched_at, sort_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    // An update refreshes what the source says and keeps what the reader did.
    auto update = statements.get(
            "UPDATE articles SET link = ?, title = ?, author = ?, published = ?, updated = ?,"
            " summary = ?, content_html = ?, content_text = ?, content_hash = ?,"
            " sort_time = coalesce(?, sort_time) WHERE id = ?");
    // Unchanged under the hash of an earlier version: only the hash is new.
    auto rehash = statements.get("UPDATE articles SET content_hash = ? WHERE id = ?");
    auto tag = statements.get("INSERT OR IGNORE INTO article_tags (article_id, term) VALUES (?, ?)");
    auto feed = statements.get("SELECT 1 FROM feeds WHERE id = ?");
    for (auto *prepared : {&lookup, &insert, &update, &rehash, &tag, &feed}) {
        if (!*prepared)
            return prepared->error();
    }
    feed.value()->bind(1, feedId);
    auto feedFound = feed.value()->step();
    if (!feedFound)
        return feedFound.error();
    feed.value()->reset();
    if (!feedFound.value())
        return makeError(Error::NotFound, Tr::tr("feed %1 is not in the library").arg(feedId));

    UpsertCounts counts;
    counts.ids.reserve(articles.size());
    for (const Article &article : articles) {
        const QByteArray key = articleDedupeKey(article).toUtf8();
        // title, author, summary, content HTML, content text: as hashed
        const QByteArray utf8[5]{article.title.toUtf8(), article.author.toUtf8(), article.summary.toUtf8(),
                                 article.contentHtml.toUtf8(), article.contentText.toUtf8()};
        const QByteArray hash = articleContentHash(utf8);
        const QByteArray link = article.link.toString(QUrl::FullyEncoded).toUtf8();

        RawStatement &find = *lookup.value();
        find.bind(1, feedId);
        find.bind(2, key);
        auto row = find.step();
        if (!row)
            return row.error();
        qint64 id = 0;
        if (row.value()) {
            id = find.int64(0);
            const QByteArray stored = find.text(1).toByteArray();
            find.reset();
            const bool legacySame = stored.size() == 40 && stored == legacyArticleContentHash(article);
            if (stored == hash || legacySame) {
                if (legacySame) {
                    rehash.value()->bind(1, hash);
                    rehash.value()->bind(2, id);
                    if (auto done = runOnce(*rehash.value()); !done)
                        return done.error();
                }
                ++counts.unchanged;
                counts.ids.append(id);
                continue;
            }
            RawStatement &u = *update.value();
            u.bind(1, link);
            bindContent(u, 2, utf8, article, hash);
            bindTime(u, 10, article.published);
            u.bind(11, id);
            if (auto done = runOnce(u); !done)
                return done.error();
            ++counts.updated;
        } else {
            find.reset();
            RawStatement &i = *insert.value();
            const QByteArray guid = article.guid.toUtf8();
            i.bind(1, feedId);
            i.bind(2, key);
            i.bind(3, guid);
            i.bind(4, link);
            bindContent(i, 5, utf8, article, hash);
            i.bind(13, qint64(article.read ? 1 : 0));
            i.bind(14, qint64(article.starred ? 1 : 0));
            bindTime(i, 15, fetchedAt);
            bindTime(i, 16, article.published.isValid() ? article.published : fetchedAt);
            if (auto done = runOnce(i); !done)
                return done.error();
            id = i.lastInsertId();
            ++counts.inserted;
        }
        counts.ids.append(id); // queued for the search and related indexes (ArticleIndexer)
        for (const QString &term : article.tags) {
            const QByteArray utf8Term = term.toUtf8();
            tag.value()->bind(1, id);
            tag.value()->bind(2, utf8Term);
            if (auto done = runOnce(*tag.value()); !done)
                return done.error();
        }
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    return counts;
}

Result<std::optional<Article>> ArticleRepository::find(qint64 id) const
{
    auto q = SqlUtil::run(m_db, QStringLiteral("SELECT " ARTICLE_COLUMNS " FROM articles WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Article>();
    Article article = articleFrom(q.value());
    auto tags = SqlUtil::textColumn(m_db, u"SELECT term FROM article_tags WHERE article_id = ? ORDER BY term"_s, {id});
    if (!tags)
        return tags.error();
    article.tags = tags.value();
    return std::optional<Article>(std::move(article));
}

namespace {

enum class Select { Headers, Keys };

// The statement for one page of `query`, of one feed if given: whole list
// rows, or only their (sort time, id) keys.
std::pair<QString, QVariantList> pageStatement(const ArticleQuery &query, std::optional<qint64> feedId, Select select)
{
    // The statement is put together from fixed fragments only (values are
    // always bound), so that each shape gets the plan that fits it: literal
    // `read = 0` lets SQLite use the partial unread index, and `+feed_id`
    // keeps a long feed list from turning the walk into a sort. Keys alone
    // come from the feed's time index without reading the row, unless a
    // filter needs the row's read or starred flag.
    QString sql = select == Select::Headers ? ArticleHeaderRows::select()
            : query.collapseStories
            ? u"SELECT a.sort_time, a.id FROM articles a LEFT JOIN article_features s ON s.article_id = a.id"_s
            : u"SELECT a.sort_time, a.id FROM articles a"_s;
    sql += u" WHERE (a.sort_time, a.id) < (?, ?)"_s;
    QVariantList values{query.after ? query.after->first : std::numeric_limits<qint64>::max(),
                        query.after ? query.after->second : std::numeric_limits<qint64>::max()};
    // The list's filter on the articles named by `alias`.
    const auto filter = [&](const QString &alias, bool keepWalkingTheTimeIndex) {
        if (feedId && alias == u"a"_s) {
            sql += u" AND a.feed_id = ?"_s;
            values.append(*feedId);
        } else if (!query.feedIds.isEmpty()) {
            sql += (keepWalkingTheTimeIndex ? u" AND +"_s : u" AND "_s) + alias
                    + u".feed_id IN (SELECT value FROM json_each(?))"_s;
            values.append(SqlUtil::idList(query.feedIds));
        }
        if (query.unreadOnly)
            sql += u" AND "_s + alias + u".read = 0"_s;
        if (query.starredOnly)
            sql += u" AND "_s + alias + u".starred = 1"_s;
    };
    filter(u"a"_s, true);
    if (query.collapseStories) {
        // A story's row is its first member in this list's order and filter,
        // so every page agrees on which one stands for the cluster.
        sql += u" AND (coalesce(s.story_cluster, 0) = 0 OR NOT EXISTS (SELECT 1 FROM article_features c"
               " JOIN articles b ON b.id = c.article_id WHERE c.story_cluster <> 0 AND c.story_cluster = s.story_cluster"
               " AND (b.sort_time, b.id) > (a.sort_time, a.id)"_s;
        filter(u"b"_s, false);
        sql += u"))"_s;
    }
    sql += u" ORDER BY a.sort_time DESC, a.id DESC LIMIT ?"_s;
    values.append(std::max(1, query.limit));
    return {sql, values};
}

} // namespace

Result<QList<ArticleHeader>> ArticleRepository::headers(const ArticleQuery &query) const
{
    if (query.order != ArticleOrder::Newest)
        return SortedPages(m_db, m_sortBudget).page(query);
    // Many feeds or all of them: one walk down the global time index.
    constexpr int PerFeedLimit = 64;
    if (query.feedIds.isEmpty() || query.feedIds.size() > PerFeedLimit) {
        auto [sql, values] = pageStatement(query, std::nullopt, Select::Headers);
        return ArticleHeaderRows::read(SqlUtil::run(m_db, sql, values));
    }
    // A few feeds: each feed's own time index gives its newest keys, merged
    // here, and only the rows that make the page are read. Reading each
    // feed's whole page of rows instead (40 feeds x 100) was 2,300 random
    // page reads on a cold million-article library.
    using Key = std::pair<qint64, qint64>; // (sort time, id)
    QList<Key> keys;
    for (qint64 feedId : query.feedIds) {
        auto [sql, values] = pageStatement(query, feedId, Select::Keys);
        auto q = SqlUtil::run(m_db, sql, values);
        if (!q)
            return q.error();
        while (q.value().next())
            keys.append({q.value().value(0).toLongLong(), q.value().value(1).toLongLong()});
    }
    std::sort(keys.begin(), keys.end(), std::greater<Key>());
    if (keys.size() > std::max(1, query.limit))
        keys.resize(std::max(1, query.limit));
    if (keys.isEmpty())
        return QList<ArticleHeader>();
    QList<qint64> ids;
    ids.reserve(keys.size());
    for (const Key &key : keys)
        ids.append(key.second);
    return ArticleHeaderRows::read(SqlUtil::run(
            m_db, ArticleHeaderRows::select() + u" WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.sort_time DESC, a.id DESC"_s,
            {SqlUtil::idList(ids)}));
}

Result<std::pair<qint64, qint64>> ArticleRepository::keyOf(qint64 id) const
{
    auto q = SqlUtil::run(m_db, u"SELECT sort_time, id FROM articles WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(Error::NotFound, QStringLiteral("article %1").arg(id));
    return std::pair{q.value().value(0).toLongLong(), q.value().value(1).toLongLong()};
}

Result<> ArticleRepository::setRead(const QList<qint64> &ids, bool read)
{
    // OR FAIL: nothing here can break a constraint, and without a possible
    // abort SQLite keeps no statement journal of the pages (a copy of each
    // one touched). The transaction keeps it all or nothing.
    SqlUtil::Transaction tx(m_db);
    auto q = SqlUtil::run(m_db,
                          u"UPDATE OR FAIL articles SET read = ? WHERE read <> ? AND id IN (SELECT value FROM json_each(?))"_s,
                          {read ? 1 : 0, read ? 1 : 0, SqlUtil::idList(ids)});
    if (!q)
        return q.error();
    q.value().finish();
    if (auto done = tx.commit(); !done)
        return done.error();
    return {};
}

Result<QList<qint64>> ArticleRepository::unreadStarred() const
{
    return SqlUtil::idColumn(m_db, u"SELECT id FROM articles WHERE starred = 1 AND read = 0"_s);
}

Result<qint64> ArticleRepository::starredCount() const
{
    auto q = SqlUtil::run(m_db, u"SELECT count(*) FROM articles WHERE starred = 1"_s);
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

Result<QList<qint64>> ArticleRepository::unreadIn(const QList<qint64> &feedIds) const
{
    if (feedIds.isEmpty())
        return SqlUtil::idColumn(m_db, u"SELECT id FROM articles WHERE read = 0"_s, {});
    return SqlUtil::idColumn(m_db,
                             u"SELECT id FROM articles WHERE read = 0 AND feed_id IN (SELECT value FROM json_each(?))"_s,
                             {SqlUtil::idList(feedIds)});
}

Result<QList<qint64>> ArticleRepository::sameStory(qint64 id) const
{
    return SqlUtil::idColumn(m_db,
                             u"SELECT c.article_id FROM article_features s JOIN article_features c"
                             " ON c.story_cluster <> 0 AND c.story_cluster = s.story_cluster"
                             " WHERE s.article_id = ? AND s.story_cluster <> 0 AND c.article_id <> s.article_id"
                             " ORDER BY c.article_id"_s,
                             {id});
}

Result<> ArticleRepository::setStarred(qint64 id, bool starred)
{
    auto q = SqlUtil::run(m_db, u"UPDATE articles SET starred = ? WHERE id = ?"_s, {starred ? 1 : 0, id});
    if (!q)
        return q.error();
    return {};
}

Result<QList<Article>> ArticleRepository::recent(int limit) const
{
    auto q = SqlUtil::run(m_db,
                          QStringLiteral("SELECT " ARTICLE_COLUMNS
                                         " FROM articles ORDER BY sort_time DESC, id DESC LIMIT ?"),
                          {limit});
    if (!q)
        return q.error();
    QList<Article> out;
    while (q.value().next())
        out.append(articleFrom(q.value()));
    return out;
}

Result<qint64> ArticleRepository::idInFeed(qint64 feedId, const Article &article) const
{
    auto q = SqlUtil::run(m_db, u"SELECT id FROM articles WHERE feed_id = ? AND dedupe_key = ?"_s,
                          {feedId, articleDedupeKey(article)});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : qint64(0);
}

Result<qint64> ArticleRepository::findIdByLink(const QString &link) const
{
    auto q = SqlUtil::run(m_db, u"SELECT id FROM articles WHERE link = ? ORDER BY sort_time DESC LIMIT 1"_s,
                          {QUrl(link).toString(QUrl::FullyEncoded)});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : qint64(0);
}
