#pragma once

#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QUrl>

// One row of the image cache index.
struct CachedImage
{
    // Evicted: dropped to keep the cache within its size limit, not fetched again.
    enum class State { Pending = 0, Stored = 1, Failed = 2, TooLarge = 3, Evicted = 4 };

    qint64 id = 0;
    QUrl url;
    QString localPath; // relative to the library's cache folder ("images/<key>.png")
    QString mimeType;
    qint64 bytes = 0;
    State state = State::Pending;
    QDateTime fetchedAt;
};

// The images articles show: one row per distinct URL (so two articles naming
// the same picture share one download), linked to the articles that use it.
class ImageRepository final
{
public:
    explicit ImageRepository(QSqlDatabase db);

    // Links the article to these images, adding unknown URLs as pending, in
    // one transaction; returns the rows, in the order of `urls`.
    Result<QList<CachedImage>> link(qint64 articleId, const QList<QUrl> &urls);
    // The same for many articles (a refresh's batch) with its statements
    // prepared once; returns the rows of all of them, in order.
    struct ArticleImages
    {
        qint64 articleId = 0;
        QList<QUrl> urls;
    };
    Result<QList<CachedImage>> linkAll(const QList<ArticleImages> &articles);

    // What became of one download, for markAll().
    struct Outcome
    {
        qint64 imageId = 0;
        CachedImage::State state = CachedImage::State::Stored;
        QString localPath; // with Stored
        QString mimeType;
        qint64 bytes = 0;
        QDateTime fetchedAt;
    };
    // markStored() / markFailed() for many images with their statements
    // prepared once, in one transaction: which rows were written (all false
    // when the transaction could not be committed).
    QList<bool> markAll(const QList<Outcome> &outcomes);

    Result<> markStored(qint64 imageId, const QString &localPath, const QString &mimeType,
                        qint64 bytes, const QDateTime &fetchedAt);
    // Records a failed download (state Failed or TooLarge).
    Result<> markFailed(qint64 imageId, CachedImage::State state, const QDateTime &fetchedAt);

    Result<std::optional<CachedImage>> find(const QUrl &url) const;
    Result<QList<CachedImage>> forArticle(qint64 articleId) const;
    // The URLs of the article's images that are on disk.
    Result<QList<QUrl>> storedUrls(qint64 articleId) const;
    // Images still waiting for a download, oldest first.
    Result<QList<CachedImage>> pending(int limit) const;

    // Bytes of stored images, as the cache quota counts them.
    Result<qint64> storedBytes() const;
    // Keeps the stored images within `maxBytes`: images of starred articles
    // first, then the most recently fetched; the rest are marked evicted and
    // their local paths returned, so the caller can delete the files.
    Result<QStringList> evictBeyond(qint64 maxBytes);
    // Removes rows no article links to; returns the local paths that were
    // stored for them, so the caller can delete the files.
    Result<QStringList> removeOrphans();

private:
    QSqlDatabase m_db;
};
