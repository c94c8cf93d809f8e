#pragma once

#include "appsettings.h"
#include "librarycleanup.h"
#include "result.h"

#include <QFuture>

class StorageThread;

// The settings' "Clean up now": retention, the cache folder's stray files
// and compaction (LibraryCleanup) as a job on the storage thread, the one
// writer, so the window never waits for it. The future brings the report
// back; continue with QFuture::then(context, …).
class StorageCleanup final
{
public:
    // Cache files younger than this are spared: the image cache may have
    // written one whose row it is about to store.
    static constexpr int SpareFilesYoungerThanSeconds = 10 * 60;

    explicit StorageCleanup(StorageThread &storage);

    QFuture<Result<CleanupReport>> run(const AppSettings::Storage &limits);

private:
    StorageThread &m_storage;
};
