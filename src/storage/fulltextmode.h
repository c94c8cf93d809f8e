#pragma once

#include "result.h"

#include <QSqlDatabase>

// Whether refresh fetches the web page of a feed's items for their full text
// (feeds.full_text). Auto does it for items that carry only a summary.
enum class FullTextMode { Auto = 0, Always = 1, Never = 2 };

// The feed's setting; Auto for an unknown feed.
Result<FullTextMode> feedFullTextMode(const QSqlDatabase &db, qint64 feedId);
Result<> setFeedFullTextMode(const QSqlDatabase &db, qint64 feedId, FullTextMode mode);
