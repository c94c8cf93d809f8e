#include "database.h"
#include "migrator.h"
#include "searchrank.h"
#include "sqlutil.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

// Runs a PRAGMA for its effect; whatever row it answers with is not wanted.
Result<> runPragma(const QSqlDatabase &db, const QString &pragma)
{
    auto q = SqlUtil::run(db, pragma);
    if (!q)
        return q.error();
    return {};
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"masthead-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// A non-empty file must start with SQLite's magic before we let the driver
// near it: anything else is reported, and left exactly as it is.
Result<> checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Database,
                         Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray magic = file.read(16);
    if (magic != QByteArrayView("SQLite format 3\0", 16))
        return makeError(Error::Database,
                         Tr::tr("%1 is not a Masthead library (not a SQLite database); "
                                "it was left untouched")
                                 .arg(path));
    return {};
}

// Below this size quick_check reads the whole library in a few tens of
// milliseconds (some 600 MB/s from the page cache). Above it opening reads
// only the schema, so a million articles still open at once; damage deeper
// in shows when an operation meets it, and then a thorough look names it.
constexpr qint64 kQuickCheckBytes = 8 * 1024 * 1024;

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// SQLite checkpoints the WAL into the file when the last connection closes.
// While we only look at a file we may refuse, it must not: the file keeps
// its bytes even when a crash left committed pages in its WAL.
void setCheckpointOnClose(const QSqlDatabase &db, bool on)
{
    if (sqlite3 *raw = handleOf(db))
        sqlite3_db_config(raw, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, on ? 0 : 1, nullptr);
}

bool isDamageCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == SQLITE_CORRUPT || code == SQLITE_NOTADB);
}

QString oneLine(QString text)
{
    text = text.simplified();
    return text.size() > 160 ? text.left(157) + u"..."_s : text;
}

struct Finding
{
    bool damaged = false;
    QString why;
};

// Looks for damage on an open connection; an Error only when it could not
// look at all (locked, unreadable), which says nothing about the file.
Result<Finding> lookForDamage(const QSqlDatabase &db, bool quickCheck)
{
    QStringList statements{u"SELECT count(*) FROM sqlite_schema"_s};
    if (quickCheck)
        statements.append(u"PRAGMA quick_check"_s);
    for (const QString &sql : std::as_const(statements)) {
        QSqlQuery query(db);
        QStringList rows;
        const bool ran = query.prepare(sql) && query.exec();
        while (ran && query.next())
            rows.append(query.value(0).toString());
        const QSqlError error = query.lastError();
        if (error.isValid()) {
            if (isDamageCode(error))
                return Finding{true, oneLine(error.databaseText())};
            return SqlUtil::errorFrom(error, QString());
        }
        if (sql.startsWith(u"PRAGMA"_s) && rows != QStringList{u"ok"_s})
            return Finding{true, oneLine(rows.value(0))};
    }
    return Finding{};
}

Error damagedError(const QString &path, const QString &why)
{
    return makeError(Error::Database,
                     Tr::tr("the library %1 is damaged (%2); it was left untouched").arg(path, why));
}

// The -wal and -shm files opening a library may create: gone again when the
// library is refused, unless they were there before or hold something.
class SidecarGuard final
{
public:
    explicit SidecarGuard(const QString &path)
        : m_wal(path + u"-wal"_s), m_shm(path + u"-shm"_s),
          m_hadWal(QFileInfo::exists(m_wal)), m_hadShm(QFileInfo::exists(m_shm))
    {
    }
    ~SidecarGuard()
    {
        if (m_keep || m_hadWal || !QFileInfo::exists(m_wal) || QFileInfo(m_wal).size() > 0)
            return;
        QFile::remove(m_wal);
        if (!m_hadShm)
            QFile::remove(m_shm);
    }
    SidecarGuard(const SidecarGuard &) = delete;
    SidecarGuard &operator=(const SidecarGuard &) = delete;
    void keep() { m_keep = true; }

private:
    QString m_wal;
    QString m_shm;
    bool m_hadWal;
    bool m_hadShm;
    bool m_keep = false;
};

bool hasSqliteMagic(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path))
{
}

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, QString())),
      m_path(std::move(other.m_path))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_connectionName = std::exchange(other.m_connectionName, QString());
        m_path = std::move(other.m_path);
    }
    return *this;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<> Database::setAutoCheckpoint(bool on)
{
    return runPragma(connection(), on ? u"PRAGMA wal_autocheckpoint = 1000"_s : u"PRAGMA wal_autocheckpoint = 0"_s);
}

Result<> Database::setPageCacheKiB(int kib)
{
    return runPragma(connection(), u"PRAGMA cache_size=-%1"_s.arg(std::max(kib, 1024)));
}

Result<> Database::checkpoint()
{
    return runPragma(connection(), u"PRAGMA wal_checkpoint(PASSIVE)"_s);
}

QString Database::fileNameIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"library.sqlite"_s);
}

int Database::schemaVersion() const
{
    auto query = SqlUtil::run(connection(), u"PRAGMA user_version"_s);
    return query && query.value().next() ? query.value().value(0).toInt() : -1;
}

Result<Database> Database::open(const QString &path, Mode mode, Check check)
{
    if (auto header = checkHeader(path); !header)
        return header.error();
    if (mode == Mode::ReadOnly && !QFileInfo::exists(path))
        return makeError(Error::NotFound, Tr::tr("no library at %1").arg(path));
    if (mode == Mode::ReadWrite) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(Error::Database,
                             Tr::tr("cannot create the folder %1").arg(info.absolutePath()));
    }

    // Declared before the connection, so it tidies up after the connection closed.
    SidecarGuard sidecars(path);
    Database database(nextConnectionName(), path);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, database.m_connectionName);
    db.setDatabaseName(path);
    // Bounded: another Masthead writing makes us wait this long, then say
    // so, never hang.
    QString options = u"QSQLITE_BUSY_TIMEOUT=3000"_s;
    if (mode == Mode::ReadOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(options);
    if (!db.open())
        return SqlUtil::errorFrom(db.lastError(), Tr::tr("cannot open %1").arg(path));
    setCheckpointOnClose(db, false);

    // Reading the schema makes SQLite look at the file: a damaged one fails
    // here, before any write.
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
    auto found = lookForDamage(db, check == Check::Thorough || bytes <= kQuickCheckBytes);
    if (!found)
        return makeError(Error::Database,
                         Tr::tr("cannot read %1: %2; it was left untouched")
                                 .arg(path, found.error().message));
    if (found.value().damaged)
        return damagedError(path, found.value().why);

    const Migrator migrator = Migrator::builtIn();
    const int version = database.schemaVersion();
    if (version == 0) {
        // Another program's database: never add our tables to it.
        auto tables = SqlUtil::run(db, u"SELECT count(*) FROM sqlite_schema"_s);
        const bool foreign = tables && tables.value().next() && tables.value().value(0).toInt() > 0;
        if (foreign)
            return makeError(Error::Database,
                             Tr::tr("%1 is a database of another program, not a Masthead library; "
                                    "it was left untouched")
                                     .arg(path));
    }
    if (version > migrator.latestVersion()) {
        return makeError(Error::Database,
                         Tr::tr("%1 was created by a newer version of Masthead (schema %2; this "
                                "version knows up to %3); it was left untouched")
                                 .arg(path)
                                 .arg(version)
                                 .arg(migrator.latestVersion()));
    }
    // Search ranks with it (searchrank.h).
    if (!SearchRank::registerOn(handleOf(db)))
        return makeError(Error::Database,
                         Tr::tr("cannot open %1: this SQLite has no full-text search (FTS5)").arg(path));
    if (mode == Mode::ReadOnly) {
        sidecars.keep();
        return database;
    }

    // A write that meets a damaged page deep in the file fails vaguely;
    // look closely before blaming anything else.
    const auto failed = [&](const Error &error) -> Error {
        setCheckpointOnClose(db, false);
        auto closer = lookForDamage(db, true);
        return closer && closer.value().damaged ? damagedError(path, closer.value().why) : error;
    };
    setCheckpointOnClose(db, true);
    // WAL lets readers run beside the one writer. synchronous=NORMAL in WAL
    // syncs the WAL at each checkpoint, not at each commit: a killed process
    // loses nothing committed (the WAL is in the OS already), and a power
    // loss can lose only the last commits, never corrupt the file. For
    // refetchable news and a few read flags that beats FULL's fsync per
    // commit (README, "Durability").
    // A 64 MiB page cache (SQLite's default is 2 MiB) keeps the hot index
    // pages of a large library in memory instead of re-reading them per row.
    // No memory map: with one, every page the cache misses on a cold start
    // is a page fault, and the kernel answers a fault by reading around it
    // (up to read_ahead_kb: 8 MB on the test host) where a read() fetches
    // the one page. At a million articles that made the first list 240-380
    // ms instead of 18, the slowest searches 120-230 ms instead of 53
    // (bench_library, caches dropped); warm, the map was 10-20% faster.
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
                                  u"PRAGMA foreign_keys=ON"_s, u"PRAGMA cache_size=-65536"_s,
                                  u"PRAGMA temp_store=MEMORY"_s, u"PRAGMA mmap_size=0"_s}) {
        if (auto done = runPragma(db, pragma); !done)
            return failed(done.error());
    }
    if (auto migrated = migrator.migrate(db); !migrated)
        return failed(migrated.error());
    sidecars.keep();
    return database;
}

Result<bool> Database::isDamaged(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.size() == 0 || !hasSqliteMagic(path))
        return false;
    SidecarGuard sidecars(path);
    Database database(nextConnectionName(), path);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, database.m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=3000;QSQLITE_OPEN_READONLY"_s);
    if (!db.open())
        return SqlUtil::errorFrom(db.lastError(), Tr::tr("cannot open %1").arg(path));
    setCheckpointOnClose(db, false);
    auto found = lookForDamage(db, true);
    if (!found)
        return found.error();
    return found.value().damaged;
}

Result<QString> Database::moveAside(const QString &path, const QDateTime &now)
{
    const QString stamp = now.toString(u"yyyyMMdd-HHmmss"_s);
    const QStringList sidecars{u"-wal"_s, u"-shm"_s};
    const auto taken = [&](const QString &target) {
        if (QFileInfo::exists(target))
            return true;
        for (const QString &suffix : sidecars) {
            if (QFileInfo::exists(target + suffix))
                return true;
        }
        return false;
    };
    QString target = u"%1.corrupt-%2"_s.arg(path, stamp);
    for (int n = 2; taken(target); ++n)
        target = u"%1.corrupt-%2-%3"_s.arg(path, stamp).arg(n);

    // The WAL goes first: left behind, SQLite would replay the old pages
    // into the fresh library.
    QStringList moved;
    const auto undo = [&] {
        for (const QString &suffix : std::as_const(moved))
            QFile::rename(target + suffix, path + suffix);
    };
    for (const QString &suffix : sidecars) {
        if (!QFileInfo::exists(path + suffix))
            continue;
        if (!QFile::rename(path + suffix, target + suffix)) {
            undo();
            return makeError(Error::Database, Tr::tr("cannot move %1 aside to %2")
                                                      .arg(path + suffix, target + suffix));
        }
        moved.append(suffix);
    }
    if (!QFile::rename(path, target)) {
        undo();
        return makeError(Error::Database, Tr::tr("cannot move %1 aside to %2").arg(path, target));
    }
    return target;
}
