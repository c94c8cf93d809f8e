#pragma once

#include "feed/feeddocument.h"

#include <QByteArray>
#include <QUrl>

// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), read with QJsonDocument.
namespace JsonFeedParser {

// True when the bytes (after BOM and white space) start like a JSON object.
bool looksLikeJson(const QByteArray &bytes);

// Returns false with error set when the bytes are not a JSON Feed.
bool parse(const QByteArray &bytes, const QUrl &base, FeedDocument &feed, QString *error);

} // namespace JsonFeedParser
