#pragma once

// Helpers for the storage tests: a plain SQLite connection beside Masthead's
// own (to look at or tamper with a library file directly), and a snapshot of
// a file's bytes and modification time, to prove a file was left untouched.

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

struct FileSnapshot
{
    bool exists = false;
    qint64 size = -1;
    QByteArray sha256;
    QDateTime modified;

    static FileSnapshot of(const QString &path)
    {
        FileSnapshot snapshot;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return snapshot;
        snapshot.exists = true;
        snapshot.size = file.size();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        snapshot.sha256 = hash.result().toHex();
        snapshot.modified = QFileInfo(path).lastModified();
        return snapshot;
    }

    bool operator==(const FileSnapshot &other) const = default;
};

// The names in a directory, to show that no journal or WAL file appeared.
inline QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                               QDir::Name);
}

// A connection of its own to a SQLite file, closed and removed with the object.
class RawConnection final
{
public:
    explicit RawConnection(const QString &path)
    {
        static QAtomicInteger<quint64> counter;
        m_name = QStringLiteral("raw-test-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Runs one statement; returns the error text, empty on success.
    QString exec(const QString &sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql) ? QString() : query.lastError().text();
    }

    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    QStringList column(const QString &sql) const
    {
        QStringList out;
        QSqlQuery query(db());
        if (!query.exec(sql))
            return {QStringLiteral("error: ") + query.lastError().text()};
        while (query.next())
            out.append(query.value(0).toString());
        return out;
    }

    // Every object of the schema with its SQL, in a stable order.
    QStringList schema() const
    {
        return column(QStringLiteral(
                "SELECT type || ' ' || name || ' ' || tbl_name || ': ' || coalesce(sql, '')"
                " FROM sqlite_schema ORDER BY type, name"));
    }

    QStringList tables() const
    {
        return column(QStringLiteral(
                "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
    }

    int userVersion() const { return scalar(QStringLiteral("PRAGMA user_version")).toInt(); }

private:
    QString m_name;
    bool m_open = false;
};
