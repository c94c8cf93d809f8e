#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// OPML 1.0/2.0 subscription lists: a reader (recovering from broken XML, no
// external entities or DTDs, same caps as the feed parser) and an OPML 2.0
// writer. Reading what writeOpml() wrote gives back the same document.
struct OpmlOutline
{
    QString text;
    QString title;
    QString type; // "rss" for a subscription, empty for a folder
    QString xmlUrl; // the feed URL (subscriptions only)
    QString htmlUrl;
    QString description;
    QList<OpmlOutline> children;

    bool isFeed() const { return !xmlUrl.isEmpty(); }
    friend bool operator==(const OpmlOutline &a, const OpmlOutline &b)
    {
        if (a.text != b.text || a.title != b.title || a.type != b.type || a.xmlUrl != b.xmlUrl
            || a.htmlUrl != b.htmlUrl || a.description != b.description
            || a.children.size() != b.children.size())
            return false;
        for (qsizetype i = 0; i < a.children.size(); ++i) {
            if (!(a.children[i] == b.children[i]))
                return false;
        }
        return true;
    }
};

struct OpmlDocument
{
    QString title;
    QDateTime created; // invalid = absent
    QList<OpmlOutline> outlines;

    friend bool operator==(const OpmlDocument &a, const OpmlDocument &b)
    {
        if (a.title != b.title || a.created != b.created || a.outlines.size() != b.outlines.size())
            return false;
        for (qsizetype i = 0; i < a.outlines.size(); ++i) {
            if (!(a.outlines[i] == b.outlines[i]))
                return false;
        }
        return true;
    }
};

struct OpmlParseResult
{
    bool ok = false; // false: empty or not OPML (error says why)
    QString error;
    bool wellformed = true; // false when the XML had to be recovered
    QStringList errors;
    OpmlDocument document;
};

OpmlParseResult parseOpml(const QByteArray &bytes);
QByteArray writeOpml(const OpmlDocument &document);

// A subscription with the folder path leading to it (nested outlines ->
// category path), in document order.
struct OpmlSubscription
{
    QStringList categoryPath;
    OpmlOutline outline;
};
QList<OpmlSubscription> opmlSubscriptions(const OpmlDocument &document);
