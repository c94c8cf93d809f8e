#include "treeeditor.h"

#include "categoryrepository.h"
#include "feedrepository.h"
#include "refreshpolicy.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TreeEditor)
};
} // namespace

TreeEditor::TreeEditor(QSqlDatabase db) : m_db(std::move(db)) { }

Result<bool> TreeEditor::categoryExists(qint64 id) const
{
    auto q = SqlUtil::run(m_db, u"SELECT 1 FROM categories WHERE id = ? AND deleted_at IS NULL"_s, {id});
    if (!q)
        return q.error();
    return q.value().next();
}

// A sibling (other than `except`) with the same name makes the tree
// ambiguous (paths name categories): refused with a message.
Result<> TreeEditor::checkName(qint64 parentId, const QString &name, qint64 except) const
{
    if (name.isEmpty() || name.contains(u'/'))
        return makeError(Error::BadInput, Tr::tr("A folder needs a name without “/”."));
    auto q = SqlUtil::run(m_db,
                          u"SELECT id FROM categories WHERE coalesce(parent_id, 0) = ? AND name = ? AND id <> ?"
                          " AND deleted_at IS NULL"_s,
                          {parentId, name, except});
    if (!q)
        return q.error();
    if (q.value().next())
        return makeError(Error::BadInput, Tr::tr("There is already a folder named “%1” here.").arg(name));
    return {};
}

Result<qint64> TreeEditor::newFolder(qint64 parentId, const QString &name)
{
    const QString clean = name.simplified();
    SqlUtil::Transaction tx(m_db);
    if (parentId != 0) {
        auto exists = categoryExists(parentId);
        if (!exists)
            return exists.error();
        if (!exists.value())
            return makeError(Error::NotFound, Tr::tr("That folder no longer exists."));
    }
    if (auto ok = checkName(parentId, clean, 0); !ok)
        return ok.error();
    auto q = SqlUtil::run(m_db,
                          u"INSERT INTO categories (parent_id, name, position) VALUES (nullif(?, 0), ?, "
                          "(SELECT coalesce(max(position), -1) + 1 FROM categories WHERE coalesce(parent_id, 0) = ?))"_s,
                          {parentId, clean, parentId});
    if (!q)
        return q.error();
    const qint64 id = q.value().lastInsertId().toLongLong();
    if (auto done = tx.commit(); !done)
        return done.error();
    return id;
}

Result<> TreeEditor::renameCategory(qint64 id, const QString &name)
{
    const QString clean = name.simplified();
    SqlUtil::Transaction tx(m_db);
    auto parent = SqlUtil::run(m_db, u"SELECT coalesce(parent_id, 0) FROM categories WHERE id = ?"_s, {id});
    if (!parent)
        return parent.error();
    if (!parent.value().next())
        return makeError(Error::NotFound, Tr::tr("That folder no longer exists."));
    const qint64 parentId = parent.value().value(0).toLongLong();
    parent.value().finish();
    if (auto ok = checkName(parentId, clean, id); !ok)
        return ok;
    if (auto q = SqlUtil::run(m_db, u"UPDATE categories SET name = ? WHERE id = ?"_s, {clean, id}); !q)
        return q.error();
    return tx.commit();
}

Result<> TreeEditor::renameFeed(qint64 id, const QString &title)
{
    const QString clean = title.simplified();
    if (clean.isEmpty())
        return makeError(Error::BadInput, Tr::tr("A feed needs a name."));
    auto q = SqlUtil::run(m_db, u"UPDATE feeds SET title = ? WHERE id = ?"_s, {clean, id});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return makeError(Error::NotFound, Tr::tr("That feed no longer exists."));
    return {};
}

Result<> TreeEditor::moveCategory(qint64 id, qint64 parentId)
{
    SqlUtil::Transaction tx(m_db);
    auto below = CategoryRepository(m_db).subtree(id);
    if (!below)
        return below.error();
    if (below->isEmpty())
        return makeError(Error::NotFound, Tr::tr("That folder no longer exists."));
    if (below->contains(parentId))
        return makeError(Error::BadInput, Tr::tr("A folder cannot go into itself or into a folder it holds."));
    if (parentId != 0) {
        auto exists = categoryExists(parentId);
        if (!exists)
            return exists.error();
        if (!exists.value())
            return makeError(Error::NotFound, Tr::tr("That folder no longer exists."));
    }
    auto name = SqlUtil::run(m_db, u"SELECT name FROM categories WHERE id = ?"_s, {id});
    if (!name)
        return name.error();
    const QString current = name.value().next() ? name.value().value(0).toString() : QString();
    name.value().finish();
    if (auto ok = checkName(parentId, current, id); !ok)
        return ok;
    if (auto q = SqlUtil::run(m_db, u"UPDATE categories SET parent_id = nullif(?, 0) WHERE id = ?"_s, {parentId, id});
        !q)
        return q.error();
    return tx.commit();
}

Result<> TreeEditor::moveFeed(qint64 id, qint64 categoryId)
{
    SqlUtil::Transaction tx(m_db);
    if (categoryId != 0) {
        auto exists = categoryExists(categoryId);
        if (!exists)
            return exists.error();
        if (!exists.value())
            return makeError(Error::NotFound, Tr::tr("That folder no longer exists."));
    }
    auto q = SqlUtil::run(m_db, u"UPDATE feeds SET category_id = nullif(?, 0) WHERE id = ?"_s, {categoryId, id});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return makeError(Error::NotFound, Tr::tr("That feed no longer exists."));
    return tx.commit();
}

Result<> TreeEditor::deleteFeed(qint64 id)
{
    return FeedRepository(m_db).remove(id);
}

Result<> TreeEditor::deleteCategory(qint64 id)
{
    // A sync account's own folder goes with its account (its password, its
    // queued changes), never alone: the next sync would spill its folders.
    auto account = SqlUtil::idColumn(m_db, u"SELECT id FROM accounts WHERE category_id = ?"_s, {id});
    if (!account)
        return account.error();
    if (!account->isEmpty())
        return makeError(Error::BadInput, Tr::tr("This folder is a sync account's; remove the account instead "
                                                 "(its context menu: Remove Account…)."));
    SqlUtil::Transaction tx(m_db);
    auto marked = markCategoryDeleted(id);
    if (!marked)
        return marked.error();
    if (auto done = purge(marked.value()); !done)
        return done;
    return tx.commit();
}

Result<> TreeEditor::countArticles(DeletedItems &items) const
{
    auto q = SqlUtil::run(m_db,
                          u"SELECT coalesce(sum(c.total), 0), (SELECT count(*) FROM articles a WHERE a.starred = 1"
                          " AND a.feed_id IN (SELECT value FROM json_each(?))) FROM feed_counts c"
                          " WHERE c.feed_id IN (SELECT value FROM json_each(?))"_s,
                          {SqlUtil::idList(items.feeds), SqlUtil::idList(items.feeds)});
    if (!q)
        return q.error();
    if (q.value().next()) {
        items.articles = q.value().value(0).toLongLong();
        items.starred = q.value().value(1).toLongLong();
    }
    return {};
}

Result<DeletedItems> TreeEditor::markFeedDeleted(qint64 id)
{
    SqlUtil::Transaction tx(m_db);
    auto q = SqlUtil::run(m_db,
                          u"UPDATE feeds SET deleted_at = CAST(strftime('%s', 'now') AS INTEGER)"
                          " WHERE id = ? AND deleted_at IS NULL"_s,
                          {id});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return makeError(Error::NotFound, Tr::tr("That feed no longer exists."));
    DeletedItems items;
    items.feeds = {id};
    if (auto counted = countArticles(items); !counted)
        return counted.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return items;
}

Result<DeletedItems> TreeEditor::markCategoryDeleted(qint64 id)
{
    SqlUtil::Transaction tx(m_db);
    auto below = CategoryRepository(m_db).subtree(id);
    if (!below)
        return below.error();
    if (below->isEmpty())
        return makeError(Error::NotFound, Tr::tr("That folder no longer exists."));
    auto feeds = FeedRepository(m_db).inCategories(below.value());
    if (!feeds)
        return feeds.error();
    DeletedItems items{below.value(), feeds.value(), 0, 0};
    const QString ids = SqlUtil::idList(items.feeds);
    if (auto q = SqlUtil::run(m_db,
                              u"UPDATE feeds SET deleted_at = CAST(strftime('%s', 'now') AS INTEGER)"
                              " WHERE id IN (SELECT value FROM json_each(?))"_s,
                              {ids});
        !q)
        return q.error();
    if (auto q = SqlUtil::run(m_db,
                              u"UPDATE categories SET deleted_at = CAST(strftime('%s', 'now') AS INTEGER)"
                              " WHERE id IN (SELECT value FROM json_each(?))"_s,
                              {SqlUtil::idList(items.categories)});
        !q)
        return q.error();
    if (auto counted = countArticles(items); !counted)
        return counted.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return items;
}

Result<> TreeEditor::restore(const DeletedItems &items)
{
    SqlUtil::Transaction tx(m_db);
    // Parents first: the folder's name is checked against its live siblings.
    for (qint64 id : items.categories) {
        auto q = SqlUtil::run(m_db,
                              u"SELECT coalesce(parent_id, 0), name FROM categories WHERE id = ?"
                              " AND deleted_at IS NOT NULL"_s,
                              {id});
        if (!q)
            return q.error();
        if (!q.value().next())
            return makeError(Error::NotFound, Tr::tr("That folder can no longer be brought back."));
        const qint64 parent = q.value().value(0).toLongLong();
        const QString name = q.value().value(1).toString();
        q.value().finish();
        if (auto free = checkName(parent, name, id); !free)
            return free;
        if (auto done = SqlUtil::run(m_db, u"UPDATE categories SET deleted_at = NULL WHERE id = ?"_s, {id}); !done)
            return done.error();
    }
    if (auto q = SqlUtil::run(m_db,
                              u"UPDATE feeds SET deleted_at = NULL WHERE id IN (SELECT value FROM json_each(?))"_s,
                              {SqlUtil::idList(items.feeds)});
        !q)
        return q.error();
    return tx.commit();
}

Result<> TreeEditor::purge(const DeletedItems &items)
{
    SqlUtil::Transaction tx(m_db);
    auto feeds = SqlUtil::idColumn(m_db,
                                   u"SELECT id FROM feeds WHERE deleted_at IS NOT NULL"
                                   " AND id IN (SELECT value FROM json_each(?))"_s,
                                   {SqlUtil::idList(items.feeds)});
    if (!feeds)
        return feeds.error();
    for (qint64 feed : feeds.value()) {
        if (auto done = FeedRepository(m_db).remove(feed); !done)
            return done;
    }
    // Deepest first: a child goes before its parent. A feed kept for its
    // starred articles loses its folder (ON DELETE SET NULL).
    for (auto it = items.categories.crbegin(); it != items.categories.crend(); ++it) {
        if (auto q = SqlUtil::run(m_db, u"DELETE FROM categories WHERE id = ? AND deleted_at IS NOT NULL"_s, {*it});
            !q)
            return q.error();
    }
    return tx.commit();
}

Result<int> TreeEditor::purgeAllDeleted()
{
    SqlUtil::Transaction tx(m_db);
    DeletedItems all;
    // Feeds kept for their starred articles are purged again: an article
    // unstarred since goes now, and a feed left with none goes too.
    const QString deletedFeeds = u"SELECT id FROM feeds WHERE deleted_at IS NOT NULL"_s;
    auto feeds = SqlUtil::idColumn(m_db, deletedFeeds);
    if (!feeds)
        return feeds.error();
    all.feeds = feeds.value();
    // Children after their parents (as a deleted subtree lists them).
    auto categories = SqlUtil::idColumn(m_db,
                                        u"WITH RECURSIVE down(id, depth) AS (SELECT id, 0 FROM categories"
                                        " WHERE deleted_at IS NOT NULL AND (parent_id IS NULL OR parent_id IN"
                                        " (SELECT id FROM categories WHERE deleted_at IS NULL))"
                                        " UNION ALL SELECT c.id, down.depth + 1 FROM categories c"
                                        " JOIN down ON c.parent_id = down.id WHERE down.depth < 64)"
                                        " SELECT id FROM down ORDER BY depth"_s);
    if (!categories)
        return categories.error();
    all.categories = categories.value();
    if (auto done = purge(all); !done)
        return done.error();
    auto kept = SqlUtil::idColumn(m_db, deletedFeeds); // kept for their starred articles, still marked
    if (!kept)
        return kept.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return int(all.feeds.size() - kept->size() + all.categories.size());
}

Result<TreeEditor::FeedProperties> TreeEditor::feedProperties(qint64 id) const
{
    auto feed = FeedRepository(m_db).find(id);
    if (!feed)
        return feed.error();
    if (!feed.value())
        return makeError(Error::NotFound, Tr::tr("That feed no longer exists."));
    FeedProperties properties;
    properties.feed = *feed.value();
    auto mode = feedFullTextMode(m_db, id);
    if (!mode)
        return mode.error();
    properties.fullText = mode.value();
    auto text = SqlUtil::run(m_db,
                             u"SELECT count(*), coalesce(sum(coalesce(length(CAST(summary AS BLOB)), 0)"
                             " + coalesce(length(CAST(content_html AS BLOB)), 0)"
                             " + coalesce(length(CAST(content_text AS BLOB)), 0)), 0)"
                             " FROM articles WHERE feed_id = ?"_s,
                             {id});
    if (!text)
        return text.error();
    if (text.value().next()) {
        properties.articles = text.value().value(0).toLongLong();
        properties.bytes = text.value().value(1).toLongLong();
    }
    text.value().finish();
    // Images shared with another feed's articles count here too.
    auto images = SqlUtil::run(m_db,
                               u"SELECT coalesce(sum(bytes), 0) FROM images WHERE state = 1 AND id IN"
                               " (SELECT ai.image_id FROM article_images ai JOIN articles a ON a.id = ai.article_id"
                               " WHERE a.feed_id = ?)"_s,
                               {id});
    if (!images)
        return images.error();
    if (images.value().next())
        properties.bytes += images.value().value(0).toLongLong();
    return properties;
}

Result<> TreeEditor::setFeedSettings(qint64 id, const QString &title, FullTextMode fullText, int refreshMinutes)
{
    SqlUtil::Transaction tx(m_db);
    if (auto done = renameFeed(id, title); !done)
        return done;
    if (auto done = setFeedFullTextMode(m_db, id, fullText); !done)
        return done;
    const int chosen = refreshMinutes <= 0
            ? 0
            : std::clamp(refreshMinutes, RefreshPolicy::MinIntervalMinutes, RefreshPolicy::MaxIntervalMinutes);
    if (auto q = SqlUtil::run(m_db, u"UPDATE feeds SET refresh_choice = ? WHERE id = ?"_s, {chosen, id}); !q)
        return q.error();
    return tx.commit();
}
