#pragma once

#include "testhttpserver.h"

#include <QDateTime>
#include <QMap>
#include <QSet>

// The Google Reader API on a TestHttpServer, as FreshRSS and Miniflux
// document it: accounts/ClientLogin (POST, form) answering SID/LSID/Auth
// lines; "Authorization: GoogleLogin auth=…" on every call, 401 without it;
// reader/api/0/token for the T token that every POST needs (a stale one is
// 401 with X-Reader-Google-Bad-Token: true); subscription/list and tag/list;
// stream/contents paged with n and c (continuation), limited with ot, ids in
// the long form; stream/items/ids with s, xt, n, c, ids in the short form;
// edit-tag (POST only) with i in either form and a/r; stream/items/contents.
class FakeGReader final : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        qint64 id = 0;
        QString feedId; // "feed/1"
        QString title;
        QString content;
        qint64 crawledMs = 0;
        qint64 published = 0; // seconds; 0: its crawl time
        qint64 updated = 0;   // seconds; 0: the item says none
        bool read = false;
        bool starred = false;
    };
    struct Edit // one edit-tag as received
    {
        QStringList ids; // as sent
        QString add;
        QString remove;
    };

    explicit FakeGReader(QString user = QStringLiteral("reader"), QString password = QStringLiteral("secret"),
                         QObject *parent = nullptr);

    TestHttpServer &server() { return m_server; }
    QUrl url() const { return m_server.url(QStringLiteral("/api/greader.php/")); }

    QString addFeed(const QString &title, const QString &url, const QString &label = QString());
    qint64 addItem(const QString &feedId, const QString &title, qint64 crawledMs = 0);
    Item item(qint64 id) const { return m_items.value(id); }
    void setRead(qint64 id, bool read) { m_items[id].read = read; }
    void setStarred(qint64 id, bool starred) { m_items[id].starred = starred; }
    void removeItem(qint64 id) { m_items.remove(id); }
    // The feed changed the item after it was crawled: same id, new text, a
    // new crawl time (so it comes again since "ot") and "updated" time.
    void editItem(qint64 id, const QString &title, const QString &content, qint64 crawledMs)
    {
        Item &item = m_items[id];
        if (item.published == 0)
            item.published = item.crawledMs / 1000;
        item.title = title;
        item.content = content;
        item.crawledMs = crawledMs;
        item.updated = crawledMs / 1000;
    }
    void expireAuth() { m_auths.clear(); }
    void expireTokens() { m_tokens.clear(); }
    // A fault answers every request to this path (without the prefix).
    void setFault(const QString &path, const TestHttpServer::Response &response) { m_faults.insert(path, response); }
    void clearFaults() { m_faults.clear(); }

    QList<Edit> edits() const { return m_edits; }
    int calls(const QString &path) const { return m_calls.value(path); }
    void resetCalls() { m_calls.clear(); m_edits.clear(); }

    // The long form of an item id, as the API gives it in streams.
    static QString longId(qint64 id);

private:
    TestHttpServer::Response handle(const TestHttpServer::Request &request);
    TestHttpServer::Response json(const QJsonObject &object) const;
    bool authorized(const TestHttpServer::Request &request) const;
    QList<Item> stream(const QString &streamId, const QString &exclude, qint64 olderThan, qint64 newerThan) const;
    QJsonObject itemJson(const Item &item) const;

    TestHttpServer m_server;
    QString m_user;
    QString m_password;
    QSet<QByteArray> m_auths;
    QSet<QString> m_tokens;
    struct Feed
    {
        QString id;
        QString title;
        QString url;
        QString label;
    };
    QMap<QString, Feed> m_feeds;
    QMap<qint64, Item> m_items;
    qint64 m_nextItem = 1;
    int m_nextFeed = 1;
    QHash<QString, TestHttpServer::Response> m_faults;
    QHash<QString, int> m_calls;
    QList<Edit> m_edits;
};
