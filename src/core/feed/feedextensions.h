#pragma once

#include "feed/feedcommon.h"

// The extension modules that may appear in RSS items and Atom entries alike:
// Dublin Core (+ terms), content, Media RSS, iTunes, slash, wfw, syndication.
namespace FeedExtensions {

// Extension elements of an item/entry. Returns true when the element was
// recognised. Fallback values (dc:date when no pubDate...) are resolved by
// finishEntry().
struct EntryExtras
{
    QDateTime dcDate;
    QDateTime dcIssued;
    QDateTime dcModified;
    QList<FeedPerson> creators;
    QString itunesAuthor;
    QString itunesSummary;
    QString mediaImage;
    QString itunesImage;
    QString dcRights;
    QString dcTitle;
    QString mediaTitle;
    FeedCommon::TextValue mediaDescription;
    FeedCommon::TextValue dcDescription;
};
bool readEntryExtension(FeedXml::Document &doc, const xmlNode *node, const FeedXml::Scope &scope,
                        FeedEntry &entry, EntryExtras &extras);
void finishEntry(FeedEntry &entry, EntryExtras &extras);

// Extension elements of a channel/feed.
struct FeedExtras
{
    QDateTime dcDate;
    QDateTime dcIssued;
    QDateTime dcModified;
    QList<FeedPerson> creators;
    QString itunesAuthor;
    QString itunesImage;
    QString itunesSubtitle;
    QString itunesSummary;
    QString mediaImage;
    QString dcTitle;
    QString dcLanguage;
    QString dcRights;
    QString dcPublisher;
    QString syPeriod;
    int syFrequency = 1;
};
bool readFeedExtension(FeedXml::Document &doc, const xmlNode *node, const FeedXml::Scope &scope,
                       FeedDocument &feed, FeedExtras &extras);
void finishFeed(FeedDocument &feed, FeedExtras &extras);

} // namespace FeedExtensions
