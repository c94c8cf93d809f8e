#pragma once

#include "category.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

// The category tree as stored: nested categories and their subscription state.
class CategoryRepository final
{
public:
    explicit CategoryRepository(QSqlDatabase db);

    Result<QList<Category>> all() const;
    Result<std::optional<Category>> find(qint64 id) const;
    // The category at a "/"-separated path, if it exists.
    Result<std::optional<Category>> findByPath(const QString &path) const;
    // Creates every missing segment of the path; returns the last one's id.
    Result<qint64> ensurePath(const QStringList &segments);
    // The names from the root down to the category.
    Result<QStringList> pathOf(qint64 id) const;
    // Sets the state on the category and everything below it.
    Result<> setSubscribed(qint64 id, bool subscribed);
    // The category and all its descendants (none of them deleted).
    Result<QList<qint64>> subtree(qint64 id) const;

private:
    QSqlDatabase m_db;
};
