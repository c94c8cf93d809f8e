#pragma once

#include "feed.h"
#include "result.h"

#include <QObject>

class Fetcher;
class Library;
struct FetchResult;

// Subscribing: a feed URL, a web page (feed autodiscovery), a WordPress site
// (its category tree becomes a subtree, one category feed per category), or
// an OPML list (folders become categories). And the OPML export.
class Subscriptions final : public QObject
{
    Q_OBJECT

public:
    struct Added
    {
        struct Entry
        {
            Feed feed;
            QString categoryPath;
        };
        QList<Entry> feeds;
        QStringList categories; // paths created or used
    };

    Subscriptions(Library &library, Fetcher &fetcher, QObject *parent = nullptr);

    // Finds what the URL offers and subscribes to it; the answer comes in added().
    void add(const QUrl &url, const QString &categoryPath);
    Result<Added> importOpml(const QByteArray &bytes);
    Result<QByteArray> exportOpml() const;

Q_SIGNALS:
    void added(const Result<Subscriptions::Added> &result);

private:
    void tryCandidates(QList<QUrl> candidates, const QString &categoryPath, const QString &firstError);
    void addWordPress(const QUrl &api, const QString &categoryPath, const QString &fallbackError);
    Result<Added> subscribe(const QUrl &feedUrl, const QString &title, const QString &categoryPath);

    Library &m_library;
    Fetcher &m_fetcher;
};
