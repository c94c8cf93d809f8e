#include "storyclusterer.h"

#include <algorithm>
#include <cstdlib>

bool StoryClusterer::sameStory(const StoryItem &a, const StoryItem &b, const Options &options)
{
    if (a.feedId == b.feedId || a.signature.isEmpty() || b.signature.isEmpty())
        return false;
    if (a.published.isValid() && b.published.isValid()
        && std::abs(a.published.secsTo(b.published)) > options.windowSeconds) {
        return false;
    }
    return a.signature.similarity(b.signature) >= options.threshold;
}

std::optional<qint64> StoryClusterer::findCluster(const StoryItem &item,
                                                  const QList<Member> &recent,
                                                  const Options &options)
{
    std::optional<qint64> best;
    double bestSimilarity = -1;
    for (const Member &member : recent) {
        if (member.item.id == item.id || member.cluster == 0
            || !sameStory(item, member.item, options)) {
            continue;
        }
        const double similarity = item.signature.similarity(member.item.signature);
        if (similarity > bestSimilarity) {
            bestSimilarity = similarity;
            best = member.cluster;
        }
    }
    return best;
}

qint64 StoryClusterer::add(const StoryItem &item)
{
    if (const qint64 known = clusterOf(item.id))
        return known;
    const qint64 cluster = findCluster(item, m_members, m_options).value_or(m_nextCluster);
    if (cluster == m_nextCluster)
        ++m_nextCluster;
    m_members.append({item, cluster});
    m_clusterById.insert(item.id, cluster);
    return cluster;
}

QList<qint64> StoryClusterer::members(qint64 cluster) const
{
    QList<qint64> ids;
    for (auto it = m_clusterById.cbegin(); it != m_clusterById.cend(); ++it) {
        if (it.value() == cluster)
            ids.append(it.key());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void StoryClusterer::forgetBefore(const QDateTime &time)
{
    m_members.removeIf([&](const Member &member) {
        const bool old = member.item.published.isValid() && member.item.published < time;
        if (old)
            m_clusterById.remove(member.item.id);
        return old;
    });
}
