#pragma once

#include "testhttpserver.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QSet>

// A Tiny Tiny RSS JSON API (/api/, level 15) on a TestHttpServer, following
// tt-rss 21's classes/api.php: sessions by "sid", NOT_LOGGED_IN,
// API_DISABLED, LOGIN_ERROR; getFeedTree nested with "CAT:"/"FEED:" ids and
// the Special, Labels and Uncategorized categories; getCategories flat;
// getHeadlines with since_id, skip, a limit of at most 200, view modes,
// order_by and show_content; updateArticle's field/mode codes; getArticle
// with several ids. Faults (a web page, 5xx, cut JSON, delays) are set per op.
class FakeTtrss final : public QObject
{
    Q_OBJECT

public:
    struct Article
    {
        qint64 id = 0;
        qint64 feedId = 0;
        QString title;
        QString link;
        QString content;
        QString author;
        QDateTime updated;
        bool unread = true;
        bool marked = false;
    };
    struct Update // one updateArticle as received
    {
        QList<qint64> ids;
        int field = 0;
        int mode = 0;
    };

    explicit FakeTtrss(QString user = QStringLiteral("reader"), QString password = QStringLiteral("secret"),
                       QObject *parent = nullptr);

    TestHttpServer &server() { return m_server; }
    QUrl url() const { return m_server.url(QStringLiteral("/tt-rss/")); }

    qint64 addCategory(const QString &title, qint64 parentId = 0);
    qint64 addFeed(const QString &title, const QString &feedUrl, qint64 categoryId = 0);
    qint64 addArticle(qint64 feedId, const QString &title, const QString &content = QString(),
                      const QDateTime &updated = QDateTime());
    void removeFeed(qint64 feedId);
    Article article(qint64 id) const { return m_articles.value(id); }
    void setUnread(qint64 id, bool unread) { m_articles[id].unread = unread; }
    void setMarked(qint64 id, bool marked) { m_articles[id].marked = marked; }
    void setLink(qint64 id, const QString &link) { m_articles[id].link = link; }
    // The feed changed the article after it was fetched: same id, new text
    // and "updated" time (as tt-rss's update keeps the id).
    void editArticle(qint64 id, const QString &title, const QString &content, const QDateTime &updated)
    {
        Article &a = m_articles[id];
        a.title = title;
        a.content = content;
        a.updated = updated;
    }
    void removeArticle(qint64 id) { m_articles.remove(id); }

    void setApiEnabled(bool on) { m_apiEnabled = on; }
    void expireSessions() { m_sessions.clear(); }
    // The next `times` calls of op (every op when empty) get this response
    // instead of the API's answer; times < 0: every call.
    void setFault(const QString &op, const TestHttpServer::Response &response, int times = -1);
    // Answers to op are held back this long after the change is applied.
    void setDelay(const QString &op, int ms) { m_delays.insert(op, ms); }
    void clearFaults();

    QList<Update> updates() const { return m_updates; }
    int calls(const QString &op) const { return m_calls.value(op); }
    int logins() const { return m_calls.value(QStringLiteral("login")); }
    void resetCalls() { m_calls.clear(); m_updates.clear(); }

signals:
    void called(const QString &op);

private:
    TestHttpServer::Response handle(const TestHttpServer::Request &request);
    QJsonValue dispatch(const QString &op, const QJsonObject &params, int *status);
    QJsonArray headlines(const QJsonObject &params) const;
    QJsonArray treeItems(qint64 parentId) const;

    TestHttpServer m_server;
    QString m_user;
    QString m_password;
    bool m_apiEnabled = true;
    QSet<QString> m_sessions;
    struct Category
    {
        qint64 id;
        qint64 parentId;
        QString title;
    };
    struct Feed
    {
        qint64 id;
        qint64 categoryId;
        QString title;
        QString url;
    };
    QMap<qint64, Category> m_categories;
    QMap<qint64, Feed> m_feeds;
    QMap<qint64, Article> m_articles;
    qint64 m_nextId = 1;
    qint64 m_nextArticle = 1;
    struct Fault
    {
        TestHttpServer::Response response;
        int times = -1;
    };
    QHash<QString, Fault> m_faults;
    QHash<QString, int> m_delays;
    QHash<QString, int> m_calls;
    QList<Update> m_updates;
};
