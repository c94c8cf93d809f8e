#pragma once

#include "storysignature.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

// What same-story detection needs to know about an article.
struct StoryItem
{
    qint64 id = 0;
    qint64 feedId = 0;
    QDateTime published; // invalid: unknown (then the time window does not apply)
    StorySignature signature;
};

// Same story across sources, and incremental clustering: a new article joins
// the cluster of its best same-story match among recent articles, or starts
// a new cluster. Never the same story for two articles of the same feed.
class StoryClusterer final
{
public:
    struct Options
    {
        double threshold = 0.28;               // minimum estimated weighted Jaccard similarity
        qint64 windowSeconds = 2 * 24 * 3600; // published at most this far apart
    };

    struct Member
    {
        StoryItem item;
        qint64 cluster = 0;
    };

    static bool sameStory(const StoryItem &a, const StoryItem &b, const Options &options);
    static bool sameStory(const StoryItem &a, const StoryItem &b)
    {
        return sameStory(a, b, Options{});
    }

    // Stateless step for an index that keeps clusters itself: the cluster of
    // the best same-story match of `item` among `recent`, or nullopt (new cluster).
    static std::optional<qint64> findCluster(const StoryItem &item, const QList<Member> &recent,
                                             const Options &options);

    StoryClusterer() = default;
    explicit StoryClusterer(const Options &options) : m_options(options) { }

    // Assigns `item` to a cluster (ids count up from 1) and remembers it.
    // Adding an id again returns its cluster unchanged.
    qint64 add(const StoryItem &item);
    qint64 clusterOf(qint64 id) const { return m_clusterById.value(id, 0); }
    QList<qint64> members(qint64 cluster) const;
    qsizetype size() const { return m_members.size(); }
    // Forgets articles published before `time` (bounds memory); clusters of
    // later articles keep their ids.
    void forgetBefore(const QDateTime &time);

private:
    Options m_options;
    QList<Member> m_members;
    QHash<qint64, qint64> m_clusterById;
    qint64 m_nextCluster = 1;
};
