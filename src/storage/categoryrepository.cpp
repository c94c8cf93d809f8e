#include "categoryrepository.h"
#include "sqlutil.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

#define CATEGORY_COLUMNS "id, coalesce(parent_id, 0), name, position, subscribed"

namespace {

Category categoryFrom(const QSqlQuery &q)
{
    return Category{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).toInt(), q.value(4).toBool()};
}


} // namespace

CategoryRepository::CategoryRepository(QSqlDatabase db) : m_db(std::move(db)) { }

Result<QList<Category>> CategoryRepository::all() const
{
    auto q = SqlUtil::run(m_db, QStringLiteral("SELECT " CATEGORY_COLUMNS " FROM categories WHERE deleted_at IS NULL ORDER BY position, name"));
    if (!q)
        return q.error();
    QList<Category> out;
    while (q.value().next())
        out.append(categoryFrom(q.value()));
    return out;
}

Result<std::optional<Category>> CategoryRepository::find(qint64 id) const
{
    auto q = SqlUtil::run(m_db, QStringLiteral("SELECT " CATEGORY_COLUMNS " FROM categories WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Category>();
    return std::optional<Category>(categoryFrom(q.value()));
}

Result<std::optional<Category>> CategoryRepository::findByPath(const QString &path) const
{
    qint64 parent = 0;
    std::optional<Category> found;
    const QStringList segments = splitCategoryPath(path);
    if (segments.isEmpty())
        return found;
    for (const QString &name : segments) {
        auto q = SqlUtil::run(
                m_db,
                QStringLiteral("SELECT " CATEGORY_COLUMNS
                               " FROM categories WHERE coalesce(parent_id, 0) = ? AND name = ?"
                               " AND deleted_at IS NULL"),
                {parent, name});
        if (!q)
            return q.error();
        if (!q.value().next())
            return std::optional<Category>();
        found = categoryFrom(q.value());
        parent = found->id;
    }
    return found;
}

Result<qint64> CategoryRepository::ensurePath(const QStringList &segments)
{
    qint64 parent = 0;
    for (const QString &raw : segments) {
        const QString name = raw.simplified();
        if (name.isEmpty())
            continue;
        auto q = SqlUtil::run(
                m_db, u"SELECT id FROM categories WHERE coalesce(parent_id, 0) = ? AND name = ? AND deleted_at IS NULL"_s,
                {parent, name});
        if (!q)
            return q.error();
        if (q.value().next()) {
            parent = q.value().value(0).toLongLong();
            continue;
        }
        auto insert = SqlUtil::run(
                m_db,
                u"INSERT INTO categories (parent_id, name, position) VALUES (?, ?, "
                "(SELECT coalesce(max(position), -1) + 1 FROM categories WHERE coalesce(parent_id, 0) = ?))"_s,
                {parent ? QVariant(parent) : QVariant(QMetaType(QMetaType::LongLong)), name, parent});
        if (!insert)
            return insert.error();
        parent = insert.value().lastInsertId().toLongLong();
    }
    return parent;
}

Result<QStringList> CategoryRepository::pathOf(qint64 id) const
{
    return SqlUtil::textColumn(m_db,
                               u"WITH RECURSIVE up(id, parent_id, name, depth) AS ("
                               " SELECT id, parent_id, name, 0 FROM categories WHERE id = ?"
                               " UNION ALL SELECT c.id, c.parent_id, c.name, up.depth + 1"
                               " FROM categories c JOIN up ON c.id = up.parent_id WHERE up.depth < 64)"
                               " SELECT name FROM up ORDER BY depth DESC"_s,
                               {id});
}

Result<QList<qint64>> CategoryRepository::subtree(qint64 id) const
{
    return SqlUtil::idColumn(m_db,
                             u"WITH RECURSIVE down(id, depth) AS (SELECT id, 0 FROM categories WHERE id = ?"
                             " AND deleted_at IS NULL"
                             " UNION ALL SELECT c.id, down.depth + 1 FROM categories c"
                             " JOIN down ON c.parent_id = down.id WHERE down.depth < 64 AND c.deleted_at IS NULL)"
                             " SELECT id FROM down"_s,
                             {id});
}

Result<> CategoryRepository::setSubscribed(qint64 id, bool subscribed)
{
    auto ids = subtree(id);
    if (!ids)
        return ids.error();
    SqlUtil::Transaction tx(m_db);
    for (qint64 each : ids.value()) {
        if (auto q = SqlUtil::run(m_db, u"UPDATE categories SET subscribed = ? WHERE id = ?"_s,
                                  {subscribed ? 1 : 0, each});
            !q)
            return q.error();
    }
    return tx.commit();
}
