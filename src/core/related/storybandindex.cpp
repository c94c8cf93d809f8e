#include "storybandindex.h"

#include <algorithm>
#include <limits>

namespace {

quint32 bandOf(quint64 key)
{
    // 32 bits of the band's 64-bit hash: among a window's few million
    // entries a chance match is rare, and a candidate is checked against
    // its signature anyway.
    return quint32(key ^ (key >> 32));
}

} // namespace

std::vector<StoryBandIndex::Entry> StoryBandIndex::entriesOf(qint64 articleId, const QList<quint64> &bandKeys)
{
    std::vector<Entry> entries;
    if (articleId <= 0 || articleId > qint64(std::numeric_limits<quint32>::max()))
        return entries;
    entries.reserve(size_t(bandKeys.size()));
    for (const quint64 key : bandKeys)
        entries.push_back({bandOf(key), quint32(articleId)});
    std::sort(entries.begin(), entries.end());
    entries.erase(std::unique(entries.begin(), entries.end(),
                              [](const Entry &a, const Entry &b) { return !(a < b) && !(b < a); }),
                  entries.end());
    return entries;
}

void StoryBandIndex::add(qint64 articleId, qint64 sortTime, const QList<quint64> &bandKeys)
{
    const std::vector<Entry> entries = entriesOf(articleId, bandKeys);
    if (entries.empty())
        return;
    const auto article = quint32(articleId);
    if (!m_pendingSorted)
        settle(); // what fill() collected is sorted in first
    if (m_sortTimes.contains(article) || m_gone.contains(article)) {
        // Indexed again (its text changed): the old bands go at once, since
        // the new ones share its id.
        const auto ofArticle = [article](const Entry &e) { return e.article == article; };
        m_sorted.erase(std::remove_if(m_sorted.begin(), m_sorted.end(), ofArticle), m_sorted.end());
        m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(), ofArticle), m_pending.end());
        forget(article);
        m_gone.remove(article);
    }
    const auto middle = m_pending.insert(m_pending.end(), entries.begin(), entries.end());
    std::inplace_merge(m_pending.begin(), middle, m_pending.end());
    m_sortTimes.insert(article, sortTime);
    m_byTime.emplace(sortTime, article);
}

void StoryBandIndex::fill(qint64 articleId, qint64 sortTime, const QList<quint64> &bandKeys)
{
    const std::vector<Entry> entries = entriesOf(articleId, bandKeys);
    if (entries.empty() || m_sortTimes.contains(quint32(articleId)))
        return;
    m_pending.insert(m_pending.end(), entries.begin(), entries.end());
    m_pendingSorted = false;
    m_sortTimes.insert(quint32(articleId), sortTime);
    m_byTime.emplace(sortTime, quint32(articleId));
}

void StoryBandIndex::settle()
{
    if (!m_pendingSorted) {
        std::sort(m_pending.begin(), m_pending.end());
        m_pendingSorted = true;
    }
    if (m_pending.empty())
        return;
    // Grown by a quarter, not doubled: at a 50,000-article window the
    // entries are 26 MB, and doubling kept up to as much again unused.
    if (const size_t needed = m_sorted.size() + m_pending.size(); m_sorted.capacity() < needed)
        m_sorted.reserve(needed + needed / 4);
    const auto middle = m_sorted.insert(m_sorted.end(), m_pending.begin(), m_pending.end());
    std::inplace_merge(m_sorted.begin(), middle, m_sorted.end());
    m_pending.clear();
}

QHash<qint64, int> StoryBandIndex::sharing(const QList<quint64> &bandKeys, qint64 self, int perBand,
                                           qint64 &rowsRead) const
{
    QHash<qint64, int> shared;
    for (const quint64 key : bandKeys) {
        const Entry low{bandOf(key), 0};
        const Entry high{bandOf(key), std::numeric_limits<quint32>::max()};
        // Both ranges hold the band's articles in ascending order: walked
        // from their ends together, newest first.
        auto sortedBegin = std::lower_bound(m_sorted.begin(), m_sorted.end(), low);
        auto sortedEnd = std::upper_bound(sortedBegin, m_sorted.end(), high);
        auto pendingBegin = std::lower_bound(m_pending.begin(), m_pending.end(), low);
        auto pendingEnd = std::upper_bound(pendingBegin, m_pending.end(), high);
        for (int taken = 0; taken < perBand && (sortedEnd != sortedBegin || pendingEnd != pendingBegin);) {
            quint32 article;
            if (pendingEnd == pendingBegin
                || (sortedEnd != sortedBegin && std::prev(sortedEnd)->article > std::prev(pendingEnd)->article))
                article = (--sortedEnd)->article;
            else
                article = (--pendingEnd)->article;
            ++rowsRead;
            if (qint64(article) == self || m_gone.contains(article))
                continue;
            ++taken;
            ++shared[qint64(article)];
        }
    }
    return shared;
}

void StoryBandIndex::pruneBefore(qint64 sortTime)
{
    while (!m_byTime.empty()
           && (m_byTime.begin()->first < sortTime || qsizetype(m_byTime.size()) > MaxArticles)) {
        const quint32 article = m_byTime.begin()->second;
        forget(article);
        m_gone.insert(article);
    }
    compactIfMostlyGone();
}

void StoryBandIndex::forget(quint32 article)
{
    const auto time = m_sortTimes.constFind(article);
    if (time == m_sortTimes.cend())
        return;
    auto [first, last] = m_byTime.equal_range(time.value());
    for (auto it = first; it != last; ++it) {
        if (it->second == article) {
            m_byTime.erase(it);
            break;
        }
    }
    m_sortTimes.erase(time);
}

void StoryBandIndex::compactIfMostlyGone()
{
    // Dropping entries is a pass over all of them: done once a quarter of
    // the articles held are gone, not after every batch.
    if (m_gone.isEmpty() || m_gone.size() * 4 < m_sortTimes.size())
        return;
    const auto gone = [this](const Entry &e) { return m_gone.contains(e.article); };
    m_sorted.erase(std::remove_if(m_sorted.begin(), m_sorted.end(), gone), m_sorted.end());
    m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(), gone), m_pending.end());
    m_gone.clear();
}
