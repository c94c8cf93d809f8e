#pragma once

#include "feed/feeddocument.h"

#include <QDateTime>
#include <QJsonObject>

// The normalized JSON shape of shared/contracts/feed.schema.json: absent values
// omitted, dates as YYYY-MM-DDTHH:MM:SSZ (UTC), empty arrays omitted except
// "entries".
QJsonObject feedToJson(const FeedDocument &feed);
QJsonObject feedEntryToJson(const FeedEntry &entry);
QString feedDateToJson(const QDateTime &date); // empty for a null date
