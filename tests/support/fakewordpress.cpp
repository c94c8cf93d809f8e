#include "fakewordpress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

QByteArray rfc822(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss +0000"_s).toLatin1();
}

} // namespace

FakeWordPress::FakeWordPress(TestHttpServer &server, QString siteName)
    : m_server(server), m_siteName(std::move(siteName))
{ }

QList<FakeWordPress::Category> FakeWordPress::realisticTree()
{
    // 27 categories, four levels deep, 133 posts; one empty, one with "&".
    QList<Category> all;
    qint64 id = 1;
    all.append({id++, u"Uncategorized"_s, 0, 3});
    const QStringList tops {u"World"_s, u"Politics & Policy"_s, u"Business"_s, u"Science"_s,
                            u"Culture"_s};
    int posts = 3;
    for (const QString &top : tops) {
        const qint64 topId = id++;
        all.append({topId, top, 0, 5});
        posts += 5;
        for (int c = 1; c <= 2; ++c) {
            const qint64 childId = id++;
            all.append({childId, u"%1 %2"_s.arg(top.section(u' ', 0, 0)).arg(c), topId, 4});
            posts += 4;
            if (c == 1) {
                const qint64 grandId = id++;
                all.append({grandId, u"%1 Deep"_s.arg(top.section(u' ', 0, 0)), childId, 5});
                posts += 5;
                if (top == "World"_L1) {
                    all.append({id++, u"World Deepest"_s, grandId, 2});
                    posts += 2;
                }
            }
        }
    }
    all.append({id++, u"Empty Corner"_s, 0, 0});
    // Make it 27 categories and 133 posts.
    while (all.size() < 27) {
        all.append({id, u"Extra %1"_s.arg(id), 0, 1});
        ++id;
        posts += 1;
    }
    all.last().posts += 133 - posts;
    return all;
}

void FakeWordPress::setAnnounceApi(bool inLinkHeader, bool inLinkTag)
{
    m_linkHeader = inLinkHeader;
    m_linkTag = inLinkTag;
}

QString FakeWordPress::slugOf(const Category &category) const
{
    if (!category.slug.isEmpty())
        return category.slug;
    QString slug;
    for (const QChar c : category.name.toLower()) {
        if (c.isLetterOrNumber())
            slug += c;
        else if (!slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug + u'-' + QString::number(category.id);
}

const FakeWordPress::Category *FakeWordPress::find(qint64 id) const
{
    for (const Category &c : m_categories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QString FakeWordPress::pathOf(const Category &category) const
{
    QStringList slugs {slugOf(category)};
    const Category *parent = find(category.parent);
    for (int depth = 0; parent && depth < 16; ++depth) {
        slugs.prepend(slugOf(*parent));
        parent = find(parent->parent);
    }
    return u"/category/"_s + slugs.join(u'/') + u'/';
}

QUrl FakeWordPress::categoryFeed(qint64 id) const
{
    const Category *c = find(id);
    return c ? m_server.url(pathOf(*c) + u"feed/"_s) : QUrl();
}

QUrl FakeWordPress::categoryPage(qint64 id) const
{
    const Category *c = find(id);
    return c ? m_server.url(pathOf(*c)) : QUrl();
}

int FakeWordPress::categoryPagesServed() const
{
    return m_server.requestCount(u"/wp-json/wp/v2/categories"_s);
}

QByteArray FakeWordPress::homePage() const
{
    const QByteArray root = m_server.url(u"/"_s).toEncoded();
    const QByteArray name = escaped(m_siteName).toUtf8();
    QByteArray head = "<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n<meta charset=\"UTF-8\" />\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
                      "<meta name='robots' content='max-image-preview:large' />\n<title>"
            + name
            + " &#8211; Just another WordPress site</title>\n"
              "<link rel=\"alternate\" type=\"application/rss+xml\" title=\""
            + name + " &raquo; Feed\" href=\"" + root
            + "feed/\" />\n"
              "<link rel=\"alternate\" type=\"application/rss+xml\" title=\""
            + name + " &raquo; Comments Feed\" href=\"" + root
            + "comments/feed/\" />\n"
              "<link rel='stylesheet' id='wp-block-library-css' href='"
            + root + "wp-includes/css/dist/block-library/style.min.css?ver=6.1.1' media='all' />\n";
    if (m_linkTag)
        head += "<link rel=\"https://api.w.org/\" href=\"" + root + "wp-json/\" />";
    head += "<link rel=\"EditURI\" type=\"application/rsd+xml\" title=\"RSD\" href=\"" + root
            + "xmlrpc.php?rsd\" />\n"
              "<link rel=\"wlwmanifest\" type=\"application/wlwmanifest+xml\" href=\""
            + root
            + "wp-includes/wlwmanifest.xml\" />\n<meta name=\"generator\" content=\"WordPress "
              "6.1.1\" />\n"
              "</head>\n<body class=\"home blog wp-embed-responsive\">\n<div "
              "class=\"wp-site-blocks\">"
              "<h1 class=\"wp-block-site-title\"><a href=\""
            + root + "\">" + name
            + "</a></h1>"
              "<p>Latest posts</p></div>\n</body>\n</html>\n";
    return head;
}

QByteArray FakeWordPress::rss(const QString &title, const QString &prefix, int items) const
{
    const QByteArray root = m_server.url(u"/"_s).toEncoded();
    QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
                     "xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel><title>"
            + escaped(title).toUtf8() + "</title><link>" + root
            + "</link><description>Just another WordPress site"
              "</description><generator>https://wordpress.org/?v=6.1.1</generator>";
    const QDateTime base(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    for (int i = 0; i < items; ++i) {
        const QString itemTitle = u"%1 post %2"_s.arg(prefix).arg(i + 1);
        out += "<item><title>" + escaped(itemTitle).toUtf8() + "</title><link>" + root
                + "?p=" + QByteArray::number(qHash(itemTitle) % 100000) + "</link><pubDate>"
                + rfc822(base.addSecs(-3600 * i)) + "</pubDate><guid isPermaLink=\"false\">" + root
                + "?p=" + QByteArray::number(qHash(itemTitle) % 100000)
                + "</guid><description>Summary</description></item>";
    }
    return out + "</channel></rss>";
}

TestHttpServer::Response FakeWordPress::categories(const TestHttpServer::Request &request) const
{
    switch (m_rest) {
    case Rest::Unauthorized: {
        TestHttpServer::Response r = TestHttpServer::Response::ok(
                R"({"code":"rest_not_logged_in","message":"You are not currently logged in.","data":{"status":401}})",
                "application/json; charset=UTF-8");
        r.status = 401;
        return r;
    }
    case Rest::NotFound: {
        TestHttpServer::Response r = TestHttpServer::Response::ok(
                R"({"code":"rest_no_route","message":"No route was found matching the URL and request method.","data":{"status":404}})",
                "application/json; charset=UTF-8");
        r.status = 404;
        return r;
    }
    case Rest::Garbage:
        return TestHttpServer::Response::ok("<html><body>Maintenance mode \x01\x02 [{\"id\":",
                                            "text/html");
    case Rest::NotAList:
        return TestHttpServer::Response::ok(R"({"id":1,"name":"Not a list"})", "application/json");
    case Rest::Ok:
        break;
    }
    const int perPage = qBound(1,
                               request.query.queryItemValue(u"per_page"_s).isEmpty()
                                       ? 10
                                       : request.query.queryItemValue(u"per_page"_s).toInt(),
                               100);
    const int page = request.query.queryItemValue(u"page"_s).isEmpty()
            ? 1
            : request.query.queryItemValue(u"page"_s).toInt();
    const int total = int(m_categories.size());
    const int pages = qMax(1, (total + perPage - 1) / perPage);
    if (page < 1 || page > pages) {
        TestHttpServer::Response r = TestHttpServer::Response::ok(
                R"({"code":"rest_post_invalid_page_number","message":"The page number requested is larger than the number of pages available.","data":{"status":400}})",
                "application/json; charset=UTF-8");
        r.status = 400;
        return r;
    }
    QJsonArray items;
    for (int i = (page - 1) * perPage; i < qMin(total, page * perPage); ++i) {
        const Category &c = m_categories.at(i);
        const QString link = m_server.url(pathOf(c)).toString();
        items.append(QJsonObject {
                {"id"_L1, c.id},
                {"count"_L1, c.posts},
                {"description"_L1, QString()},
                {"link"_L1, link},
                {"name"_L1, escaped(c.name)},
                {"slug"_L1, slugOf(c)},
                {"taxonomy"_L1, u"category"_s},
                {"parent"_L1, c.parent},
                {"meta"_L1, QJsonArray()},
                {"_links"_L1,
                 QJsonObject {{"self"_L1, QJsonArray {QJsonObject {{"href"_L1, link}}}}}}});
    }
    return TestHttpServer::Response::ok(QJsonDocument(items).toJson(QJsonDocument::Compact),
                                        "application/json; charset=UTF-8")
            .header("X-WP-Total", QByteArray::number(total))
            .header("X-WP-TotalPages", QByteArray::number(pages))
            .header("Link",
                    "<"
                            + m_server.url(u"/wp-json/wp/v2/categories?page=%1"_s.arg(page + 1))
                                      .toEncoded()
                            + ">; rel=\"next\"");
}

TestHttpServer::Response FakeWordPress::fallback(const TestHttpServer::Request &request) const
{
    for (const Category &c : m_categories) {
        if (request.path == pathOf(c)) { // the category's archive page
            const QByteArray api = m_server.url(u"/wp-json/"_s).toEncoded();
            const QByteArray rest =
                    m_server.url(u"/wp-json/wp/v2/categories/%1"_s.arg(c.id)).toEncoded();
            QByteArray page = homePage();
            page.replace(
                    "</head>",
                    "<link rel=\"alternate\" type=\"application/rss+xml\" title=\""
                            + escaped(m_siteName).toUtf8() + " &raquo; " + escaped(c.name).toUtf8()
                            + " Category Feed\" href=\""
                            + m_server.url(pathOf(c) + u"feed/"_s).toEncoded()
                            + "\" />\n<link rel=\"alternate\" type=\"application/json\" href=\""
                            + rest + "\" />\n</head>");
            TestHttpServer::Response r =
                    TestHttpServer::Response::ok(page, "text/html; charset=UTF-8");
            if (m_linkHeader)
                r.header("Link", "<" + api + ">; rel=\"https://api.w.org/\"");
            r.header("Link", "<" + rest + ">; rel=\"alternate\"; type=\"application/json\"");
            return r;
        }
        if (request.path == pathOf(c) + u"feed/"_s)
            return TestHttpServer::Response::ok(
                    rss(m_siteName + u" \u00bb "_s + c.name, c.name, qMin(c.posts, m_postsPerFeed)),
                    "application/rss+xml; charset=UTF-8");
    }
    return TestHttpServer::Response::error(404);
}

void FakeWordPress::install()
{
    const QByteArray api = m_server.url(u"/wp-json/"_s).toEncoded();
    m_server.route(u"/"_s, [this, api](const TestHttpServer::Request &) {
        TestHttpServer::Response r =
                TestHttpServer::Response::ok(homePage(), "text/html; charset=UTF-8");
        if (m_linkHeader)
            r.header("Link", "<" + api + ">; rel=\"https://api.w.org/\"");
        return r;
    });
    m_server.route(u"/feed/"_s, [this](const TestHttpServer::Request &) {
        int total = 0;
        for (const Category &c : m_categories)
            total += c.posts;
        return TestHttpServer::Response::ok(
                rss(m_siteName, m_siteName, qMin(total, m_postsPerFeed)),
                "application/rss+xml; charset=UTF-8");
    });
    m_server.route(u"/comments/feed/"_s, [this](const TestHttpServer::Request &) {
        return TestHttpServer::Response::ok(rss(u"Comments for "_s + m_siteName, u"Comment"_s, 2),
                                            "application/rss+xml; charset=UTF-8");
    });
    m_server.route(u"/wp-json/"_s, [this](const TestHttpServer::Request &) {
        return TestHttpServer::Response::ok(
                QJsonDocument(
                        QJsonObject {{"name"_L1, m_siteName},
                                     {"description"_L1, u"Just another WordPress site"_s},
                                     {"url"_L1, m_server.url(u"/"_s).toString()},
                                     {"namespaces"_L1, QJsonArray {u"oembed/1.0"_s, u"wp/v2"_s}}})
                        .toJson(QJsonDocument::Compact),
                "application/json; charset=UTF-8");
    });
    m_server.route(u"/wp-json/wp/v2/categories"_s,
                   [this](const TestHttpServer::Request &request) { return categories(request); });
    m_server.setFallback(
            [this](const TestHttpServer::Request &request) { return fallback(request); });
}
