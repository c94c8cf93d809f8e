#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QtGlobal>

#include <map>
#include <vector>

// Which articles share a band of their StorySignature (a hash of two of its
// rows): the same-story candidates of a new article, for the articles of the
// same-story window, held in memory.
//
// It lived in a table (story_bands). A cold refresh brings tens of thousands
// of articles that are all inside the window, so none could be pruned, and
// each article's 64 rows went to random places of a B-tree that soon outgrew
// the page cache: at 50,000 articles the band writes were half of indexing.
// Here an entry is 8 bytes in a sorted array: 64 per article, 26 MB at the
// 50,000-article window, and a lookup is a binary search.
//
// Articles are added in batches: add() keeps a batch's entries apart (found
// by later articles of the same batch) and settle() merges them in.
class StoryBandIndex final
{
public:
    // At most this many articles are held (the newest by sort time).
    static constexpr qsizetype MaxArticles = 100'000;

    // Adds an article's bands, replacing any it had. sortTime (seconds)
    // places it in time for pruneBefore(). Ids past 32 bits are not held.
    void add(qint64 articleId, qint64 sortTime, const QList<quint64> &bandKeys);
    // Adds a stored article's bands while filling the index: kept unsorted
    // (found only after settle()), so filling is one sort, not a merge per
    // article. The article must not be held yet.
    void fill(qint64 articleId, qint64 sortTime, const QList<quint64> &bandKeys);
    // Merges the entries add() and fill() collected into the sorted index.
    void settle();
    // The articles other than `self` sharing a band with bandKeys, with how
    // many bands each shares. Each band is read newest article first, at
    // most perBand entries deep; rowsRead counts the entries read.
    QHash<qint64, int> sharing(const QList<quint64> &bandKeys, qint64 self, int perBand, qint64 &rowsRead) const;
    // Forgets the articles placed before sortTime, and the oldest past MaxArticles.
    void pruneBefore(qint64 sortTime);

    qsizetype articleCount() const { return m_sortTimes.size(); }
    qsizetype entryCount() const { return qsizetype(m_sorted.size() + m_pending.size()); }
    // The latest sort time held (0: none).
    qint64 newestSortTime() const { return m_byTime.empty() ? 0 : m_byTime.rbegin()->first; }

    // Whether it was filled from the library (RelatedIndex loads it once per
    // connection, before the first article is indexed), and the library's
    // data version then: another connection's writes (another process
    // indexing) make it stale, and it is filled again.
    bool isLoaded() const { return m_loaded; }
    qint64 loadedVersion() const { return m_loadedVersion; }
    void setLoaded(qint64 dataVersion)
    {
        m_loaded = true;
        m_loadedVersion = dataVersion;
    }
    // Forgets everything (to be filled again).
    void clear() { *this = StoryBandIndex(); }

private:
    struct Entry
    {
        quint32 band;
        quint32 article;
        friend bool operator<(const Entry &a, const Entry &b)
        {
            return a.band != b.band ? a.band < b.band : a.article < b.article;
        }
    };
    void forget(quint32 article);
    // The article's entries, sorted and without repeats; none for an id
    // that cannot be held.
    static std::vector<Entry> entriesOf(qint64 articleId, const QList<quint64> &bandKeys);
    void compactIfMostlyGone();

    std::vector<Entry> m_sorted;  // by band, then article
    std::vector<Entry> m_pending; // the batch being added, sorted the same way
    bool m_pendingSorted = true;  // false after fill(), until settle()
    QHash<quint32, qint64> m_sortTimes;           // every article held
    std::multimap<qint64, quint32> m_byTime;      // the same, oldest first
    QSet<quint32> m_gone; // forgotten, entries not yet dropped (skipped when read)
    bool m_loaded = false;
    qint64 m_loadedVersion = 0;
};
