#include "storagecleanup.h"

#include "retention.h"
#include "storagethread.h"

StorageCleanup::StorageCleanup(StorageThread &storage) : m_storage(storage) { }

QFuture<Result<CleanupReport>> StorageCleanup::run(const AppSettings::Storage &limits)
{
    const RetentionPolicy policy = AppSettings::clamped(limits).retentionPolicy();
    const QDateTime spareAfter =
            QDateTime::currentDateTimeUtc().addSecs(-SpareFilesYoungerThanSeconds);
    return m_storage.run([policy, spareAfter](Library &library) -> Result<CleanupReport> {
        return LibraryCleanup(library).run(policy, spareAfter);
    });
}
