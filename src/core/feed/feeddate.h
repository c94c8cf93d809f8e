#pragma once

#include <QDateTime>
#include <QStringView>

// Parses the date formats seen in feeds into a UTC QDateTime: RFC 822/1123/2822
// (with or without weekday, seconds or zone; 2- and 4-digit years; named, numeric
// and military zones), ISO 8601 / W3C-DTF in its common shapes (basic and extended,
// ordinal dates, reduced precision, a space instead of T), asctime, Perforce, and
// the Greek, Hungarian and Korean (Nate, OnBlog) variants found in the wild.
// A time without zone is UTC. Anything unparseable, out of range, or with a year
// outside 1..9999 gives an invalid QDateTime (= null); a date is never guessed.
QDateTime parseFeedDate(QStringView text);
