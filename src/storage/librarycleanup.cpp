#include "librarycleanup.h"

#include "library.h"
#include "sqlutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

LibraryCleanup::LibraryCleanup(Library &library) : m_library(library) { }

Result<CleanupReport> LibraryCleanup::run(const RetentionPolicy &policy,
                                          const QDateTime &keepFilesNewerThan)
{
    CleanupReport report;
    report.databaseBytesBefore = databaseBytes();
    Retention retention(m_library.database().connection());
    auto removed = retention.apply(policy);
    if (!removed)
        return removed.error();
    report.removedArticles = removed.value();
    if (auto swept = removeUnreferencedFiles(keepFilesNewerThan, report); !swept)
        return swept.error();
    if (auto done = retention.compact(); !done)
        return done.error();
    report.databaseBytesAfter = databaseBytes();
    return report;
}

Result<> LibraryCleanup::removeUnreferencedFiles(const QDateTime &keepFilesNewerThan,
                                                 CleanupReport &report)
{
    auto kept = SqlUtil::run(m_library.database().connection(),
                             u"SELECT local_path FROM images WHERE local_path IS NOT NULL"_s);
    if (!kept)
        return kept.error();
    const QDir cache(m_library.cacheDir());
    QSet<QString> referenced;
    while (kept.value().next())
        referenced.insert(
                QDir::cleanPath(cache.absoluteFilePath(kept.value().value(0).toString())));
    kept.value().finish();
    QDirIterator files(cache.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = QDir::cleanPath(files.next());
        if (referenced.contains(path))
            continue;
        const QFileInfo info = files.fileInfo();
        if (keepFilesNewerThan.isValid() && info.lastModified() > keepFilesNewerThan)
            continue;
        const qint64 size = info.size();
        if (QFile::remove(path)) {
            ++report.removedCacheFiles;
            report.cacheBytesFreed += size;
        }
    }
    return {};
}

qint64 LibraryCleanup::databaseBytes() const
{
    const QString path = m_library.database().path();
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
}
