#pragma once

#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

// One connection to the library file. The storage thread owns the one that
// writes; readers open their own (WAL lets them run beside the writer).
//
// Opening never damages what is there: a file that is not a SQLite database,
// a library from a newer Masthead, or one SQLite finds damaged, is refused
// before anything is written (not even a checkpoint of its WAL).
class Database final
{
public:
    enum class Mode { ReadWrite, ReadOnly };
    // How hard opening looks for damage. Fast reads the schema, and runs
    // quick_check only on a library small enough to read in a blink, so a
    // million-article library still opens at once; Thorough always runs it.
    enum class Check { Fast, Thorough };

    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if missing, in ReadWrite) and migrates the library at path.
    static Result<Database> open(const QString &path, Mode mode = Mode::ReadWrite,
                                 Check check = Check::Fast);

    // Whether SQLite finds the database at path damaged (a thorough look,
    // reading the whole file). A missing, empty or healthy file, or one that
    // is not SQLite at all (another program's file), is not damaged; an
    // Error means it could not look (locked, unreadable).
    static Result<bool> isDamaged(const QString &path);
    // Moves a damaged library aside, with its -wal and -shm, as
    // <name>.corrupt-<yyyyMMdd-HHmmss>(-wal|-shm), never deleting anything;
    // returns the new path. No connection may be open on it.
    static Result<QString> moveAside(const QString &path, const QDateTime &now);

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // SQLite checkpoints the WAL from whichever connection's commit crosses
    // 1000 pages, fsyncs included. Off for a connection whose thread must
    // not wait (the window's), when another one checkpoints instead.
    Result<> setAutoCheckpoint(bool on);
    // The connection's page cache, in KiB (64 MiB unless set).
    Result<> setPageCacheKiB(int kib);
    // Copies what it can of the WAL into the database without waiting for
    // or blocking writers (PASSIVE).
    Result<> checkpoint();

    // The file name of the library inside a data directory.
    static QString fileNameIn(const QString &dataDir);

private:
    Database(QString connectionName, QString path);
    void close();

    QString m_connectionName;
    QString m_path;
};
