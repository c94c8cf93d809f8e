#pragma once

// Value types of a parsed feed. They mirror shared/contracts/feed.schema.json
// field by field (feedToJson() in feedjson.h writes exactly that shape); a few
// extra hints for the scheduler and the article store are kept here too but
// are not part of the JSON contract (marked "not in the schema").

#include <optional>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

enum class FeedFormat {
    Unknown,
    Rss090,
    Rss091,
    Rss092,
    Rss093,
    Rss094,
    Rss20,
    Rss, // RSS with no or an unknown version
    Rss10,
    Atom03,
    Atom10,
    Json10,
    Json11,
};

struct FeedPerson
{
    QString name;
    QString email;
    QString uri;

    bool isEmpty() const { return name.isEmpty() && email.isEmpty() && uri.isEmpty(); }
    friend bool operator==(const FeedPerson &, const FeedPerson &) = default;
};

struct FeedCategory
{
    QString term;
    QString scheme;
    QString label;

    friend bool operator==(const FeedCategory &, const FeedCategory &) = default;
};

struct FeedLink
{
    QString href;
    QString rel;
    QString type;
    QString title;
    std::optional<qint64> length;

    friend bool operator==(const FeedLink &, const FeedLink &) = default;
};

struct FeedEnclosure
{
    QString url;
    QString type;
    std::optional<qint64> length;

    friend bool operator==(const FeedEnclosure &, const FeedEnclosure &) = default;
};

struct FeedSource
{
    QString title;
    QString url;

    bool isEmpty() const { return title.isEmpty() && url.isEmpty(); }
    friend bool operator==(const FeedSource &, const FeedSource &) = default;
};

struct FeedEntry
{
    QString id; // guid / atom:id / JSON id, exactly as given
    QString title; // plain text
    QString titleHtml; // only when the source carried markup
    QString link;
    QList<FeedLink> links;
    QDateTime published; // UTC; invalid = null
    QDateTime updated;
    QList<FeedPerson> authors;
    QString summary; // plain text
    QString summaryHtml;
    QString contentHtml;
    QString contentType; // "text", "html", "xhtml" or empty
    QList<FeedCategory> categories;
    QList<FeedEnclosure> enclosures;
    QString comments; // URL of the comments page
    QString image;
    std::optional<FeedSource> source;
    QString rights;

    // Not in the schema: extension hints kept for the article store.
    QString language; // effective xml:lang / JSON language of the entry
    QString commentsFeedUrl; // wfw:commentRss
    std::optional<int> commentCount; // slash:comments
};

struct FeedDocument
{
    FeedFormat format = FeedFormat::Unknown;
    bool wellformed = true;
    QStringList errors;
    QString encoding; // decoder actually used, lower-case IANA name

    QString title;
    QString titleHtml;
    QString link;
    QString feedUrl;
    QString subtitle;
    QString language;
    QDateTime updated;
    QDateTime published;
    QString image;
    QString icon;
    QString rights;
    QString generator;
    std::optional<int> ttlMinutes;
    QList<FeedPerson> authors;
    QList<FeedCategory> categories;
    QList<FeedLink> links;
    QList<FeedEntry> entries;

    // Not in the schema: refresh hint for the scheduler, from sy:updatePeriod
    // x sy:updateFrequency (RSS 1.0 syndication module), else ttl.
    std::optional<int> updateIntervalMinutes;
};

// The schema's name for a format ("rss20", "atom10", ...); empty for Unknown.
QString feedFormatName(FeedFormat format);
