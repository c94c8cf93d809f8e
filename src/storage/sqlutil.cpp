#include "sqlutil.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace SqlUtil {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlUtil)
};

QString explain(int code, const QString &fallback)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Tr::tr("the library is in use by another program (database is locked)");
    case SQLITE_FULL:
        return Tr::tr("the disk is full");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Tr::tr("the library file is damaged or is not a Masthead library");
    case SQLITE_READONLY:
        return Tr::tr("the library file is read-only");
    case SQLITE_IOERR:
        return Tr::tr("the library file could not be read or written (%1)").arg(fallback);
    case SQLITE_CANTOPEN:
        return Tr::tr("the library file could not be opened (%1)").arg(fallback);
    default:
        return fallback;
    }
}

} // namespace

Error errorFrom(const QSqlError &error, const QString &what)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    QString why = error.databaseText();
    if (why.isEmpty())
        why = error.driverText();
    why = ok ? explain(code, why) : why;
    return makeError(Error::Database, what.isEmpty() ? why : u"%1: %2"_s.arg(what, why));
}

Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return errorFrom(query.lastError(), QString());
    return query;
}

Result<> exec(QSqlQuery &query)
{
    if (!query.exec())
        return errorFrom(query.lastError(), QString());
    return {};
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto query = prepare(db, sql);
    if (!query)
        return query.error();
    for (const QVariant &value : values)
        query.value().addBindValue(value);
    if (auto done = exec(query.value()); !done)
        return done.error();
    return query;
}

Result<QSqlQuery *> StatementCache::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery *query = nullptr;
    for (auto &[text, cached] : m_queries) {
        if (text == sql) {
            query = &cached;
            break;
        }
    }
    if (!query) {
        auto prepared = prepare(m_db, sql);
        if (!prepared)
            return prepared.error();
        m_queries.emplace_back(sql, std::move(prepared.value()));
        query = &m_queries.back().second;
    }
    query->finish(); // rows of the last use, if the caller left any
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (auto done = exec(*query); !done)
        return done.error();
    return query;
}

namespace {

Result<sqlite3 *> handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return makeError(Error::Database, Tr::tr("not a SQLite connection"));
    sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.constData());
    if (!raw)
        return makeError(Error::Database, Tr::tr("the library is not open"));
    return raw;
}

Error errorOf(sqlite3 *db, int code)
{
    return makeError(Error::Database, explain(code, QString::fromUtf8(sqlite3_errmsg(db))));
}

} // namespace

Result<RawStatement> RawStatement::prepare(const QSqlDatabase &db, const char *sql)
{
    auto raw = handleOf(db);
    if (!raw)
        return raw.error();
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v3(raw.value(), sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        return errorOf(raw.value(), rc);
    }
    return RawStatement(raw.value(), statement);
}

RawStatement::RawStatement(RawStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_statement(std::exchange(other.m_statement, nullptr))
{
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

void RawStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void RawStatement::bind(int index, const QByteArray &utf8)
{
    if (utf8.isNull())
        sqlite3_bind_null(m_statement, index);
    else
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void RawStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void RawStatement::bindBlob(int index, const QByteArray &bytes)
{
    if (bytes.isNull())
        sqlite3_bind_null(m_statement, index);
    else
        sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

Result<bool> RawStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = errorOf(m_db, sqlite3_extended_errcode(m_db));
    sqlite3_reset(m_statement);
    return error;
}

void RawStatement::reset()
{
    sqlite3_reset(m_statement);
}

qint64 RawStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView RawStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray RawStatement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

bool RawStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 RawStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

Result<RawStatement *> RawStatementCache::get(const char *sql)
{
    for (auto &[text, statement] : m_statements) {
        if (text == sql || qstrcmp(text, sql) == 0) {
            statement.reset();
            return &statement;
        }
    }
    auto prepared = RawStatement::prepare(m_db, sql);
    if (!prepared)
        return prepared.error();
    m_statements.emplace_back(sql, std::move(prepared.value()));
    return &m_statements.back().second;
}

Result<> execScript(const QSqlDatabase &db, const QByteArray &sql)
{
    auto handle = handleOf(db);
    if (!handle)
        return handle.error();
    sqlite3 *raw = handle.value();
    char *message = nullptr;
    const int rc = sqlite3_exec(raw, sql.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : QString::number(rc);
        sqlite3_free(message);
        return makeError(Error::Database, explain(rc, text));
    }
    return {};
}

Result<QList<qint64>> idColumn(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto q = run(db, sql, values);
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids.append(q.value().value(0).toLongLong());
    return ids;
}

Result<QStringList> textColumn(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto q = run(db, sql, values);
    if (!q)
        return q.error();
    QStringList texts;
    while (q.value().next())
        texts.append(q.value().value(0).toString());
    return texts;
}

QString idList(const QList<qint64> &ids)
{
    QString out(u'[');
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            out += u',';
        out += QString::number(ids.at(i));
    }
    return out + u']';
}

QVariant fromTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant();
}

QDateTime toTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

namespace {

// Whether no transaction is open on the connection.
bool inAutocommit(const QSqlDatabase &db)
{
    const auto raw = handleOf(db);
    return raw && sqlite3_get_autocommit(raw.value()) != 0;
}

} // namespace

ForeignKeysOff::ForeignKeysOff(QSqlDatabase db) : m_db(std::move(db))
{
    (void)run(m_db, u"PRAGMA foreign_keys = OFF"_s); // failing, the keys stay on: slower, as safe
}

ForeignKeysOff::~ForeignKeysOff()
{
    (void)run(m_db, u"PRAGMA foreign_keys = ON"_s);
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    // The outermost transaction takes the write lock at once (BEGIN
    // IMMEDIATE), so another writer makes it wait the busy timeout instead
    // of failing later when a read turns into a write; nested ones are
    // savepoints inside it.
    m_outermost = inAutocommit(m_db);
    static QAtomicInteger<quint64> counter;
    m_name = u"masthead_tx_%1"_s.arg(counter.fetchAndAddRelaxed(1));
    QSqlQuery query(m_db);
    if (query.exec(m_outermost ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT "_s + m_name))
        m_active = true;
    else
        m_startError = errorFrom(query.lastError(), Tr::tr("could not start a transaction"));
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    if (m_outermost) {
        query.exec(u"ROLLBACK"_s);
        return;
    }
    query.exec(u"ROLLBACK TO "_s + m_name);
    query.exec(u"RELEASE "_s + m_name);
}

Result<> Transaction::commit()
{
    if (!m_active)
        return m_startError.value_or(makeError(Error::Database, Tr::tr("transaction already ended")));
    QSqlQuery query(m_db);
    if (!query.exec(m_outermost ? u"COMMIT"_s : u"RELEASE "_s + m_name))
        return errorFrom(query.lastError(), Tr::tr("could not save"));
    m_active = false;
    return {};
}

} // namespace SqlUtil
