#pragma once

#include "feed/feeddocument.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

struct FeedParseOptions
{
    QUrl documentUrl; // where the bytes came from (last resort base URL)
    QUrl baseUrl; // Content-Location header or --base-url (wins over documentUrl)
    QByteArray contentType; // HTTP Content-Type, e.g. "text/xml; charset=windows-1252"
    QString contentLanguage; // HTTP Content-Language: default feed language
    qint64 maxBytes = 64 * 1024 * 1024; // larger documents are refused
    int maxDepth = 200; // element nesting cap (libxml2 stops at 256 anyway)
};

struct FeedParseResult
{
    bool isFeed = false; // false: empty, too large, or no feed root (exit 2 in the CLI)
    QString error; // why isFeed is false
    FeedDocument feed; // recoverable problems are in feed.errors / feed.wellformed
};

// Bytes in, values out: RSS 0.90-2.0, RSS 1.0 (RDF), Atom 0.3/1.0 and JSON
// Feed 1.0/1.1. Pure and reentrant: safe to run on any thread, no QObject.
class FeedParser final
{
public:
    static FeedParseResult parse(const QByteArray &bytes, const FeedParseOptions &options = {});
};
