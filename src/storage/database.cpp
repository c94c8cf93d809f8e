#include "database.h"
#include "migrator.h"
#include "sqlutil.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

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

QString Database::fileNameIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"library.sqlite"_s);
}

int Database::schemaVersion() const
{
    auto query = SqlUtil::run(connection(), u"PRAGMA user_version"_s);
    return query && query.value().next() ? query.value().value(0).toInt() : -1;
}

Result<Database> Database::open(const QString &path, Mode mode)
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

    Database database(nextConnectionName(), path);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, database.m_connectionName);
    db.setDatabaseName(path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=3000"_s;
    if (mode == Mode::ReadOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(options);
    if (!db.open())
        return SqlUtil::errorFrom(db.lastError(), Tr::tr("cannot open %1").arg(path));

    // Reading the schema makes SQLite look at the file: a damaged one fails
    // here, before any write.
    if (auto probe = SqlUtil::run(db, u"SELECT count(*) FROM sqlite_schema"_s); !probe)
        return makeError(Error::Database,
                         Tr::tr("cannot read %1: %2; it was left untouched")
                                 .arg(path, probe.error().message));

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
    if (mode == Mode::ReadOnly)
        return database;

    // WAL lets readers run beside the one writer; NORMAL sync is durable
    // across application crashes and loses at most the last commit on power
    // loss, which for a cache of refetchable news is the right trade.
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
                                  u"PRAGMA foreign_keys=ON"_s}) {
        if (auto done = SqlUtil::run(db, pragma); !done)
            return done.error();
    }
    if (auto migrated = migrator.migrate(db); !migrated)
        return migrated.error();
    return database;
}
