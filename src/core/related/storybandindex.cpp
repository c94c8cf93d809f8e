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
        rebuildFences();
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
    rebuildFences();
}

void StoryBandIndex::rebuildFences()
{
    m_fences.clear();
    m_fences.reserve(m_sorted.size() / FenceStep + 1);
    for (size_t i = 0; i < m_sorted.size(); i += FenceStep)
        m_fences.push_back(m_sorted[i].band);
}

std::pair<std::vector<StoryBandIndex::Entry>::const_iterator, std::vector<StoryBandIndex::Entry>::const_iterator>
StoryBandIndex::sortedRange(quint32 band) const
{
    // Fence j is the band of entry j * FenceStep. The band's first entry
    // lies after the last fence below it, at most one step before the first
    // fence at or above it; its end the same way with the first fence above.
    const auto within = [this](std::vector<quint32>::const_iterator fence) {
        const size_t j = size_t(fence - m_fences.begin());
        const size_t from = j == 0 ? 0 : (j - 1) * FenceStep;
        const size_t to = std::min(m_sorted.size(), j * FenceStep + 1);
        return std::pair {m_sorted.begin() + qsizetype(from), m_sorted.begin() + qsizetype(to)};
    };
    const auto [lowFrom, lowTo] = within(std::lower_bound(m_fences.begin(), m_fences.end(), band));
    const auto begin = std::lower_bound(lowFrom, lowTo, Entry {band, 0});
    const auto [highFrom, highTo] = within(std::upper_bound(m_fences.begin(), m_fences.end(), band));
    const auto end = std::upper_bound(std::max(begin, highFrom), highTo, Entry {band, std::numeric_limits<quint32>::max()});
    return {begin, end};
}

QHash<qint64, int> StoryBandIndex::sharing(const QList<quint64> &bandKeys, qint64 self, int perBand,
                                           qint64 &rowsRead) const
{
    QHash<qint64, int> shared;
    for (const quint64 key : bandKeys) {
        const quint32 band = bandOf(key);
        const Entry low{band, 0};
        const Entry high{band, std::numeric_limits<quint32>::max()};
        // Both ranges hold the band's articles in ascending order: walked
        // from their ends together, newest first.
        auto [sortedBegin, sortedEnd] = sortedRange(band);
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
    rebuildFences();
    m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(), gone), m_pending.end());
    m_gone.clear();
}
