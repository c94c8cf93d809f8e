#pragma once

#include "feed.h"

// What a feed's Properties show: the feed as stored, how its full text is
// fetched, and what it stores. The window's view of TreeEditor's answer
// (the storage layer's types stay below services).
struct FeedProperties
{
    // As storage's FullTextMode: Auto fetches the page of items that carry
    // only a summary.
    enum class FullText { Auto = 0, Always = 1, Never = 2 };

    Feed feed;
    FullText fullText = FullText::Auto;
    qint64 articles = 0;
    qint64 bytes = 0; // its articles' text and their stored images
};
