#pragma once

#include "discovery.h"

#include <QSignalSpy>

// Runs one discovery to its end (or a timeout, as an Unreachable error).
inline DiscoveryResult discover(Discovery &discovery, const QUrl &url, int timeoutMs = 30000)
{
    QSignalSpy spy(&discovery, &Discovery::finished);
    discovery.start(url);
    if (!spy.wait(timeoutMs))
        return DiscoveryError {DiscoveryError::Kind::Unreachable, QStringLiteral("the test timed out")};
    return spy.first().first().value<DiscoveryResult>();
}

// The first node of a category tree with that name, at any depth.
inline const DiscoveredCategory *findNode(const QList<DiscoveredCategory> &nodes, const QString &name)
{
    for (const DiscoveredCategory &node : nodes) {
        if (node.name == name)
            return &node;
        if (const DiscoveredCategory *below = findNode(node.children, name))
            return below;
    }
    return nullptr;
}
