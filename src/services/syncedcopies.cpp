#include "syncedcopies.h"
#include "fulltextfetcher.h"
#include "fulltextmode.h"
#include "imagecache.h"
#include "library.h"
#include "nextturn.h"
#include "storagethread.h"

#include <QHash>

namespace {

// On the storage thread: the stored articles that want their page, by
// their feed's setting (Auto: only those carrying a summary).
Result<QList<Article>> wantingPages(Library &library, const QList<qint64> &articleIds)
{
    QList<Article> wanted;
    QHash<qint64, FullTextMode> modes;
    for (qint64 id : articleIds) {
        auto found = library.articles().find(id);
        if (!found)
            return found.error();
        if (!found.value() || !found.value()->link.isValid() || found.value()->link.isEmpty())
            continue;
        const Article &article = *found.value();
        if (!modes.contains(article.feedId)) {
            const auto mode = feedFullTextMode(library.database().connection(), article.feedId);
            modes.insert(article.feedId, mode ? mode.value() : FullTextMode::Auto);
        }
        const FullTextMode mode = modes.value(article.feedId);
        if (mode == FullTextMode::Always
            || (mode == FullTextMode::Auto && FullTextFetcher::carriesOnlySummary(article)))
            wanted.append(article);
    }
    return wanted;
}

} // namespace

SyncedCopies::SyncedCopies(StorageThread &storage, FullTextFetcher &fullText, ImageCache &images, QObject *parent)
    : QObject(parent), m_storage(storage), m_fullText(fullText), m_images(images)
{
}

void SyncedCopies::keep(const QList<qint64> &articleIds)
{
    if (articleIds.isEmpty())
        return;
    ++m_busy;
    m_storage.run([articleIds](Library &library) { return wantingPages(library, articleIds); })
            .then(this, nextTurn(this, [this, articleIds](const Result<QList<Article>> &wanted) {
                if (!wanted || wanted->isEmpty()) {
                    keepImages(articleIds, 0);
                    return;
                }
                m_fullText.complete(wanted.value())
                        .then(this, nextTurn(this, [this, articleIds, asked = wanted.value()](const QList<Article> &completed) {
                            QHash<qint64, QList<Article>> byFeed;
                            for (qsizetype i = 0; i < completed.size() && i < asked.size(); ++i)
                                if (completed.at(i).contentHtml != asked.at(i).contentHtml)
                                    byFeed[completed.at(i).feedId].append(completed.at(i));
                            if (byFeed.isEmpty()) {
                                keepImages(articleIds, 0);
                                return;
                            }
                            // Same identity: the rows are updated in place, read and
                            // starred stay as they are (nothing is queued to the server).
                            m_storage
                                    .run([byFeed](Library &library) -> Result<int> {
                                        int updated = 0;
                                        const QDateTime now = QDateTime::currentDateTimeUtc();
                                        for (auto it = byFeed.cbegin(); it != byFeed.cend(); ++it) {
                                            auto stored = library.articles().upsert(it.key(), it.value(), now);
                                            if (!stored)
                                                return stored.error();
                                            updated += stored->updated;
                                        }
                                        return updated;
                                    })
                                    .then(this, nextTurn(this, [this, articleIds](const Result<int> &updated) {
                                        keepImages(articleIds, updated ? updated.value() : 0);
                                    }));
                        }));
            }));
}

void SyncedCopies::keepImages(const QList<qint64> &articleIds, int completed)
{
    m_storage
            .run([articleIds](Library &library) -> Result<QList<CachedImage>> {
                return ImageCache::recordImages(library, articleIds);
            })
            .then(this, nextTurn(this, [this, completed](const Result<QList<CachedImage>> &recorded) {
                if (recorded)
                    m_images.download(recorded.value());
                --m_busy;
                Q_EMIT kept(completed);
            }));
}
