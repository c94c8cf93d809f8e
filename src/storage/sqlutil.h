#pragma once

#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <deque>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

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

// Statements prepared on first use and reused for the life of the cache.
// Preparing one compiles every trigger it fires as well, which for the
// index's small statements costs more than running them. Keep a cache no
// longer than its connection, and finish() a query once its rows are read.
class StatementCache final
{
public:
    explicit StatementCache(QSqlDatabase db) : m_db(std::move(db)) { }

    // Binds the values in order and executes; the query stays owned here.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values = {});

private:
    QSqlDatabase m_db;
    // A handful, so looked up in order; a deque keeps a query in place while
    // another is added (a caller may still be reading the first one's rows).
    std::deque<std::pair<QString, QSqlQuery>> m_queries;
};

// A statement run on SQLite directly, for the one hot path where QSqlQuery's
// per-value QVariant and UTF-16 round trip cost more than SQLite's own work
// (ArticleRepository::upsert). Text is bound as UTF-8 without a copy: keep
// the bytes alive until the statement is reset or bound again. Keep it no
// longer than its connection.
class RawStatement final
{
public:
    static Result<RawStatement> prepare(const QSqlDatabase &db, const char *sql);
    RawStatement(RawStatement &&other) noexcept;
    RawStatement &operator=(RawStatement &&other) = delete;
    RawStatement(const RawStatement &) = delete;
    ~RawStatement();

    void bind(int index, qint64 value);     // index from 1, as SQLite counts
    void bind(int index, const QByteArray &utf8); // a null QByteArray binds NULL
    void bindNull(int index);
    void bindBlob(int index, const QByteArray &bytes); // kept by reference until the next reset
    // Runs to the next row: true for a row, false when done.
    Result<bool> step();
    // Ends the run so the statement can be bound and run again.
    void reset();

    qint64 int64(int column) const; // columns from 0
    QByteArrayView text(int column) const; // valid until the next step or reset
    QByteArray blob(int column) const;     // a copy
    bool isNull(int column) const;
    qint64 lastInsertId() const;

private:
    RawStatement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) { }
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

// RawStatements prepared on first use and kept for the life of the cache,
// which must end before its connection closes. Preparing the store's
// statements compiles the triggers they fire, a cost paid once per feed
// stored without it.
class RawStatementCache final
{
public:
    explicit RawStatementCache(QSqlDatabase db) : m_db(std::move(db)) { }
    // The statement for sql (a string literal: kept by address), reset and
    // ready to bind.
    Result<RawStatement *> get(const char *sql);

private:
    QSqlDatabase m_db;
    std::deque<std::pair<const char *, RawStatement>> m_statements;
};

// Foreign keys off on this connection while it lives, back on after. A no-op
// inside a transaction already open (SQLite ignores the pragma there): then
// the keys are simply checked as always. For writes that check their one key
// themselves (ArticleRepository::upsert: an insert that may fail on a key
// makes SQLite journal every page it touches); open it before the
// outermost transaction of a batch of them.
class ForeignKeysOff final
{
public:
    explicit ForeignKeysOff(QSqlDatabase db);
    ~ForeignKeysOff();
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    QSqlDatabase m_db;
};

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
