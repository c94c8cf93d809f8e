#pragma once

#include "testhttpserver.h"

#include <QDateTime>
#include <QList>
#include <QString>

// A WordPress 6.1 site as its pages, feeds and REST API answer, served by a
// TestHttpServer: the home page with the head and Link headers WordPress
// sends (site feed, comments feed, rel="https://api.w.org/"), /feed/,
// /comments/feed/, /wp-json/, /wp-json/wp/v2/categories (paginated with
// X-WP-Total and X-WP-TotalPages, 400 past the last page), each category's
// archive page at /category/<parent-slug>/<slug>/ (which also advertises its
// category feed and its REST view as application/json, in <link> and Link),
// and one feed per category at /category/<parent-slug>/<slug>/feed/. Names are sent
// HTML-escaped, as WordPress does (&amp;).
class FakeWordPress final
{
public:
    struct Category
    {
        Category(qint64 id, QString name, qint64 parent, int posts, QString slug = {})
            : id(id), name(std::move(name)), parent(parent), posts(posts), slug(std::move(slug))
        { }
        qint64 id = 0;
        QString name; // plain; escaped when served
        qint64 parent = 0;
        int posts = 0;
        QString slug; // derived from the name when empty
    };
    // How /wp-json/wp/v2/categories answers.
    enum class Rest { Ok, Unauthorized, NotFound, Garbage, NotAList };

    explicit FakeWordPress(TestHttpServer &server,
                           QString siteName = QStringLiteral("Example News"));

    void setCategories(const QList<Category> &categories) { m_categories = categories; }
    // The tree of the issue: 27 categories four levels deep, 133 posts.
    static QList<Category> realisticTree();
    void setRest(Rest rest) { m_rest = rest; }
    // Where the API root is announced (WordPress does both by default).
    void setAnnounceApi(bool inLinkHeader, bool inLinkTag);
    void setPostsPerFeed(int posts) { m_postsPerFeed = posts; }
    // Adds the routes; call after configuring (later changes are seen too).
    void install();

    QUrl home() const { return m_server.url(QStringLiteral("/")); }
    QString siteName() const { return m_siteName; }
    QUrl categoryFeed(qint64 id) const;
    QUrl categoryPage(qint64 id) const;
    int categoryPagesServed() const;

private:
    QString slugOf(const Category &category) const;
    QString pathOf(const Category &category) const; // "/category/news/world/"
    const Category *find(qint64 id) const;
    QByteArray homePage() const;
    QByteArray rss(const QString &title, const QString &prefix, int items) const;
    TestHttpServer::Response categories(const TestHttpServer::Request &request) const;
    TestHttpServer::Response fallback(const TestHttpServer::Request &request) const;

    TestHttpServer &m_server;
    QString m_siteName;
    QList<Category> m_categories;
    Rest m_rest = Rest::Ok;
    bool m_linkHeader = true;
    bool m_linkTag = true;
    int m_postsPerFeed = 10;
};
