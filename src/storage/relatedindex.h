#pragma once

#include "result.h"
#include "sqlutil.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

// The stored side of "More like this" and "same story": each article's term
// vector and story signature, document frequencies kept up to date one
// article at a time, and same-story clusters assigned when an article
// arrives (candidates found through signature bands, never by a full scan).
class RelatedIndex final
{
public:
    struct Related
    {
        qint64 id = 0;
        qint64 feedId = 0;
        QString feedTitle;
        QString title;
        QString link;
        QString summary; // one line
        double score = 0;
        bool sameStory = false;
    };

    explicit RelatedIndex(QSqlDatabase db);

    // What indexing an article needs: its features, computed from its text.
    struct Entry
    {
        qint64 articleId = 0;
        qint64 feedId = 0;
        QDateTime published;
        QByteArray vector;    // TermVector, encoded
        QByteArray signature; // StorySignature, encoded
    };

    // Stores (or replaces) the features of a batch of articles and files
    // each in a story cluster, in order; the document frequencies change
    // once per term for the whole batch, not once per article. Run inside
    // the caller's transaction.
    Result<> index(const QList<Entry> &entries);

    // Drops the band rows of up to `articles` of the first-arrived articles
    // that lie more than the same-story window (plus a day) before the
    // newest article: no arrival in time order can be their story any more,
    // and the band index stays the size of the window's articles instead of
    // growing with the library (random inserts into a band index larger than
    // the page cache made indexing slower the larger the library). Their
    // clusters stay. Run inside the caller's transaction, after each batch.
    // (A backlog is indexed in the order it was stored: an old story's copy
    // that waits behind it there no longer finds it. Keeping the bands
    // until the queue is empty made a 100k backlog index at half the rate:
    // the band index then outgrows the cache and each commit rewrites it.)
    Result<> pruneBands(int articles);

    // Takes an article out of the document frequencies (before it is deleted).
    Result<> forget(qint64 articleId);

    // The related list for a stored article, best first.
    Result<QList<Related>> related(qint64 articleId, int limit = 5, int candidates = 300) const;
    // Titles of the other feeds covering the same story.
    Result<QStringList> alsoCoveredBy(qint64 articleId) const;

    // Rows of story_bands read by the same-story candidate search so far:
    // bounded per article whatever the library's size (checked by a test).
    qint64 bandRowsRead() const { return m_bandRowsRead; }

private:
    // Adds each (term, change) of `changes` to the document frequencies.
    Result<> applyFrequencyChanges(const QHash<qint64, int> &changes);
    // Writes the entry's signature bands and finds its story's cluster (0:
    // none yet). `replacing`: the article has bands from an earlier text.
    Result<qint64> clusterFor(const Entry &entry, bool replacing);

    QSqlDatabase m_db;
    SqlUtil::StatementCache m_statements; // the write path's, reused per article
    SqlUtil::RawStatementCache m_raw;     // the features, bands and same-story reads
    qint64 m_bandRowsRead = 0;
};
