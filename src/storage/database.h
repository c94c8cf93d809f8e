#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

// One connection to the library file. The storage thread owns the one that
// writes; readers open their own (WAL lets them run beside the writer).
//
// Opening never damages what is there: a file that is not a SQLite database,
// or a library from a newer Masthead, is refused before anything is written.
class Database final
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if missing, in ReadWrite) and migrates the library at path.
    static Result<Database> open(const QString &path, Mode mode = Mode::ReadWrite);

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // The file name of the library inside a data directory.
    static QString fileNameIn(const QString &dataDir);

private:
    Database(QString connectionName, QString path);
    void close();

    QString m_connectionName;
    QString m_path;
};
