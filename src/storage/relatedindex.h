#pragma once

#include "related/storybandindex.h"

#include "result.h"
#include "sqlutil.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

// The stored side of "More like this" and "same story", written as articles
// are indexed: each article's term vector and story signature, document
// frequencies kept up to date a batch at a time, and same-story clusters
// assigned when an article arrives (candidates found through signature
// bands, never by a full scan). RelatedStories reads it.
class RelatedIndex final
{
public:
    // The term_df row that holds the number of documents counted.
    static constexpr qint64 DocumentCountRow = -1;

    // `bands`: the same-story band index of this connection (Library keeps
    // one, so it is loaded once); without one, the index keeps its own.
    explicit RelatedIndex(QSqlDatabase db, StoryBandIndex *bands = nullptr);

    // What indexing an article needs: its features, computed from its text.
    struct Entry
    {
        qint64 articleId = 0;
        qint64 feedId = 0;
        QDateTime published;
        qint64 sortTime = 0;  // articles.sort_time: its place in the same-story window
        QByteArray vector;    // TermVector, encoded
        QByteArray signature; // StorySignature, encoded
    };

    // Stores (or replaces) the features of a batch of articles and files
    // each in a story cluster, in order; the document frequencies change
    // once per term for the whole batch, not once per article. Run inside
    // the caller's transaction.
    Result<> index(const QList<Entry> &entries);

    // Forgets the bands of the articles that lie more than the same-story
    // window (plus a day) before the newest article indexed: no arrival in
    // time order can be their story any more, so the band index holds the
    // window's articles, not the library's. Their clusters stay. Measured
    // from the newest article *indexed*, so a backlog indexed in the order it
    // was stored still meets the copies stored before it.
    void pruneBands();

    // Takes an article out of the document frequencies (before it is deleted).
    Result<> forget(qint64 articleId);

    // Band entries read by the same-story candidate search so far:
    // bounded per article whatever the library's size (checked by a test).
    qint64 bandRowsRead() const { return m_bandRowsRead; }

private:
    // Adds each (term, change) of `changes` to the document frequencies.
    Result<> applyFrequencyChanges(const QHash<qint64, int> &changes);
    // Adds the entry's signature bands to the band index and finds its
    // story's cluster (0: none yet).
    Result<qint64> clusterFor(const Entry &entry);
    // Fills the band index from the stored signatures of the window's
    // articles: once, and again after another connection wrote.
    Result<> loadBands();

    QSqlDatabase m_db;
    SqlUtil::StatementCache m_statements; // the write path's, reused per article
    SqlUtil::RawStatementCache m_raw;     // the features and same-story reads
    std::unique_ptr<StoryBandIndex> m_ownBands;
    StoryBandIndex *m_bands;
    qint64 m_bandRowsRead = 0;
};
