#pragma once

#include "result.h"
#include "retention.h"

#include <QDateTime>

class Library;

// What a clean-up did, and the disk space it gave back.
struct CleanupReport
{
    int removedArticles = 0;
    int removedCacheFiles = 0;
    qint64 cacheBytesFreed = 0; // of the cache files removed
    qint64 databaseBytesBefore = 0; // the database file and its WAL
    qint64 databaseBytesAfter = 0;

    qint64 bytesFreed() const
    {
        return cacheBytesFreed + std::max<qint64>(0, databaseBytesBefore - databaseBytesAfter);
    }
};

// `masthead vacuum` and the settings' "Clean up now": applies retention,
// removes the files in the cache folder that no stored image points at, and
// compacts the database. Runs on the thread that owns the library's (writing)
// connection; the app's storage thread.
class LibraryCleanup final
{
public:
    explicit LibraryCleanup(Library &library);

    // Cache files modified after keepFilesNewerThan are left alone: the
    // app's image cache writes a file before the row that names it, and a
    // clean-up running between the two must not take the file away. An
    // invalid time (the default) removes every unreferenced file.
    Result<CleanupReport> run(const RetentionPolicy &policy,
                              const QDateTime &keepFilesNewerThan = {});

private:
    Result<> removeUnreferencedFiles(const QDateTime &keepFilesNewerThan, CleanupReport &report);
    qint64 databaseBytes() const;

    Library &m_library;
};
