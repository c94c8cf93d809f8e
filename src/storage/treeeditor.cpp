#include "treeeditor.h"

#include "categoryrepository.h"
#include "feedrepository.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

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
    auto q = SqlUtil::run(m_db, u"SELECT 1 FROM categories WHERE id = ?"_s, {id});
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
                          u"SELECT id FROM categories WHERE coalesce(parent_id, 0) = ? AND name = ? AND id <> ?"_s,
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
    auto below = CategoryRepository(m_db).subtree(id);
    if (!below)
        return below.error();
    auto feeds = FeedRepository(m_db).inCategories(below.value());
    if (!feeds)
        return feeds.error();
    for (qint64 feed : feeds.value()) {
        if (auto done = FeedRepository(m_db).remove(feed); !done)
            return done;
    }
    // Deepest first: a child goes before its parent.
    for (auto it = below->crbegin(); it != below->crend(); ++it) {
        if (auto q = SqlUtil::run(m_db, u"DELETE FROM categories WHERE id = ?"_s, {*it}); !q)
            return q.error();
    }
    return tx.commit();
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

Result<> TreeEditor::setFeedSettings(qint64 id, const QString &title, FullTextMode fullText)
{
    SqlUtil::Transaction tx(m_db);
    if (auto done = renameFeed(id, title); !done)
        return done;
    if (auto done = setFeedFullTextMode(m_db, id, fullText); !done)
        return done;
    return tx.commit();
}
