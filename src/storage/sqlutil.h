#pragma once

#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

// Helpers for prepared statements: every query binds its values.
namespace SqlUtil {

// Prepares sql on db; an Error names what failed.
Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql);
// Executes a prepared query, turning a failure into an Error.
Result<> exec(QSqlQuery &query);
// Prepares, binds the values in order and executes.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql,
                      const QVariantList &values = {});
Error errorFrom(const QSqlError &error, const QString &what);

// Runs several statements of a trusted script (a migration) through SQLite
// directly, since QSqlQuery takes one statement at a time.
Result<> execScript(const QSqlDatabase &db, const QByteArray &sql);

// Runs a query whose first column is an id, and returns that column.
Result<QList<qint64>> idColumn(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
// The same for a text column.
Result<QStringList> textColumn(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
// A list of ids bound as one value: use as `x IN (SELECT value FROM json_each(?))`.
QString idList(const QList<qint64> &ids);

QVariant fromTime(const QDateTime &time); // NULL for an invalid time
QDateTime toTime(const QVariant &value);  // invalid for NULL

// RAII transaction: the outermost is BEGIN IMMEDIATE (it takes the write lock
// up front, waiting out another writer), nested ones are savepoints; anything
// not committed is rolled back when it goes out of scope.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    Result<> commit();

private:
    QSqlDatabase m_db;
    QString m_name;
    std::optional<Error> m_startError;
    bool m_active = false;
    bool m_outermost = false;
};

} // namespace SqlUtil
