#pragma once

#include <optional>

#include <QString>
#include <QStringView>

// Lookup tables behind parseFeedDate().
namespace FeedDateNames {

// Offset in minutes of a zone written as a name (EST, CEST, ...), a military
// letter or numerically ("+0530", "-05:00", "GMT+1", "Etc/GMT"). nullopt: not a zone.
std::optional<int> zoneOffsetMinutes(QStringView zone);

// Greek, Hungarian and Korean month/day names and markers rewritten to the
// English/ISO forms the generic patterns read; *korean is set for Korean dates
// (which default to KST).
QString delocalise(QStringView text, bool *korean);

} // namespace FeedDateNames
