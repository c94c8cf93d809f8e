#include "fakettrss.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

bool toBool(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toInt() != 0;
    const QString s = v.toString();
    return !s.isEmpty() && s != "f"_L1 && s != "false"_L1 && s != "0"_L1;
}

qint64 toInt(const QJsonValue &v)
{
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}

} // namespace

FakeTtrss::FakeTtrss(QString user, QString password, QObject *parent)
    : QObject(parent), m_user(std::move(user)), m_password(std::move(password))
{
    m_server.setMaxRecordedRequests(100);
    m_server.route(u"/tt-rss/api/"_s, [this](const TestHttpServer::Request &r) { return handle(r); });
    m_server.route(u"/tt-rss/"_s, TestHttpServer::Response::ok("<!DOCTYPE html><html><body>Tiny Tiny RSS</body></html>",
                                                               "text/html"));
}

qint64 FakeTtrss::addCategory(const QString &title, qint64 parentId)
{
    const qint64 id = m_nextId++;
    m_categories.insert(id, {id, parentId, title});
    return id;
}

qint64 FakeTtrss::addFeed(const QString &title, const QString &feedUrl, qint64 categoryId)
{
    const qint64 id = m_nextId++;
    m_feeds.insert(id, {id, categoryId, title, feedUrl});
    return id;
}

qint64 FakeTtrss::addArticle(qint64 feedId, const QString &title, const QString &content, const QDateTime &updated)
{
    Article a;
    a.id = m_nextArticle++;
    a.feedId = feedId;
    a.title = title;
    a.link = u"https://news.example/%1"_s.arg(a.id);
    a.content = content.isEmpty() ? u"<p>Story %1.</p>"_s.arg(a.id) : content;
    a.updated = updated.isValid() ? updated : QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC).addSecs(a.id * 60);
    m_articles.insert(a.id, a);
    return a.id;
}

void FakeTtrss::removeFeed(qint64 feedId)
{
    m_feeds.remove(feedId);
    m_articles.removeIf([feedId](const auto &it) { return it.value().feedId == feedId; });
}

void FakeTtrss::setFault(const QString &op, const TestHttpServer::Response &response, int times)
{
    m_faults.insert(op, {response, times});
}

void FakeTtrss::clearFaults()
{
    m_faults.clear();
    m_delays.clear();
}

TestHttpServer::Response FakeTtrss::handle(const TestHttpServer::Request &request)
{
    // tt-rss takes a JSON body (what clients send) or form fields.
    QJsonObject params = QJsonDocument::fromJson(request.body).object();
    if (params.isEmpty()) {
        const QUrlQuery form(QString::fromUtf8(request.body));
        for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded))
            params.insert(key, value);
    }
    const QString op = params.value("op"_L1).toString();
    m_calls[op] += 1;
    emit called(op);
    for (const QString &key : {op, QString()}) {
        auto it = m_faults.find(key);
        if (it == m_faults.end() || it->times == 0)
            continue;
        if (it->times > 0)
            --it->times;
        return it->response;
    }
    int status = 0;
    const QJsonValue content = dispatch(op, params, &status);
    QJsonObject reply{{"seq"_L1, 0}, {"status"_L1, status}, {"content"_L1, content}};
    TestHttpServer::Response response = TestHttpServer::Response::ok(QJsonDocument(reply).toJson(QJsonDocument::Compact),
                                                                     "text/json");
    response.delayMs = m_delays.value(op);
    return response;
}

QJsonArray FakeTtrss::treeItems(qint64 parentId) const
{
    QJsonArray items;
    for (const Category &c : m_categories) {
        if (c.parentId != parentId)
            continue;
        items.append(QJsonObject{{"id"_L1, u"CAT:%1"_s.arg(c.id)}, {"bare_id"_L1, c.id}, {"name"_L1, c.title},
                                 {"type"_L1, u"category"_s}, {"items"_L1, treeItems(c.id)}});
    }
    if (parentId == 0)
        return items;
    for (const Feed &f : m_feeds) {
        if (f.categoryId == parentId)
            items.append(QJsonObject{{"id"_L1, u"FEED:%1"_s.arg(f.id)}, {"bare_id"_L1, f.id}, {"name"_L1, f.title},
                                     {"type"_L1, u"feed"_s}});
    }
    return items;
}

QJsonArray FakeTtrss::headlines(const QJsonObject &params) const
{
    const qint64 feed = toInt(params.value("feed_id"_L1));
    const QString mode = params.value("view_mode"_L1).toString();
    qint64 limit = toInt(params.value("limit"_L1));
    if (limit <= 0 || limit >= 200)
        limit = 200;
    const qint64 skip = toInt(params.value("skip"_L1));
    const qint64 since = toInt(params.value("since_id"_L1));
    const bool content = toBool(params.value("show_content"_L1));
    QList<Article> rows;
    for (const Article &a : m_articles) {
        if (feed > 0 && a.feedId != feed)
            continue;
        if (feed == -1 && !a.marked)
            continue;
        if (mode == "unread"_L1 && !a.unread)
            continue;
        if (mode == "marked"_L1 && !a.marked)
            continue;
        if (since > 0 && a.id <= since)
            continue;
        rows.append(a);
    }
    const bool ascending = params.value("order_by"_L1).toString() == "date_reverse"_L1;
    std::stable_sort(rows.begin(), rows.end(), [ascending](const Article &x, const Article &y) {
        return ascending ? x.updated < y.updated : x.updated > y.updated;
    });
    QJsonArray out;
    for (qsizetype i = skip; i < rows.size() && i < skip + limit; ++i) {
        const Article &a = rows.at(i);
        QJsonObject row{{"id"_L1, a.id},
                        {"guid"_L1, u"SHA1:%1"_s.arg(a.id)},
                        {"unread"_L1, a.unread},
                        {"marked"_L1, a.marked},
                        {"published"_L1, false},
                        {"updated"_L1, a.updated.toSecsSinceEpoch()},
                        {"is_updated"_L1, false},
                        {"title"_L1, a.title},
                        {"link"_L1, a.link},
                        {"feed_id"_L1, QString::number(a.feedId)},
                        {"tags"_L1, QJsonArray{u""_s}},
                        {"labels"_L1, QJsonArray()},
                        {"feed_title"_L1, m_feeds.value(a.feedId).title},
                        {"author"_L1, a.author}};
        if (content)
            row.insert("content"_L1, a.content);
        out.append(row);
    }
    return out;
}

QJsonValue FakeTtrss::dispatch(const QString &op, const QJsonObject &params, int *status)
{
    const auto error = [status](const char *code) {
        *status = 1;
        return QJsonObject{{"error"_L1, QLatin1StringView(code)}};
    };
    if (op == "login"_L1) {
        if (params.value("user"_L1).toString() != m_user || params.value("password"_L1).toString() != m_password)
            return error("LOGIN_ERROR");
        if (!m_apiEnabled)
            return error("API_DISABLED");
        const QString sid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_sessions.insert(sid);
        return QJsonObject{{"session_id"_L1, sid}, {"api_level"_L1, 15}};
    }
    if (op == "isLoggedIn"_L1)
        return QJsonObject{{"status"_L1, m_sessions.contains(params.value("sid"_L1).toString())}};
    if (!m_sessions.contains(params.value("sid"_L1).toString()))
        return error("NOT_LOGGED_IN");
    if (!m_apiEnabled)
        return error("API_DISABLED");
    if (op == "getApiLevel"_L1)
        return QJsonObject{{"level"_L1, 15}};
    if (op == "getCategories"_L1) { // flat, as in tt-rss
        QJsonArray out;
        for (const Category &c : m_categories)
            out.append(QJsonObject{{"id"_L1, QString::number(c.id)}, {"title"_L1, c.title}, {"unread"_L1, 0}});
        return out;
    }
    if (op == "getFeedTree"_L1) {
        QJsonArray root;
        root.append(QJsonObject{{"id"_L1, u"CAT:-1"_s}, {"bare_id"_L1, -1}, {"name"_L1, u"Special"_s},
                                {"type"_L1, u"category"_s},
                                {"items"_L1, QJsonArray{QJsonObject{{"id"_L1, u"FEED:-4"_s}, {"bare_id"_L1, -4},
                                                                    {"name"_L1, u"All articles"_s}},
                                                        QJsonObject{{"id"_L1, u"FEED:-1"_s}, {"bare_id"_L1, -1},
                                                                    {"name"_L1, u"Starred articles"_s}}}}});
        for (const QJsonValue &v : treeItems(0))
            root.append(v);
        QJsonArray uncategorized;
        for (const Feed &f : m_feeds)
            if (f.categoryId == 0)
                uncategorized.append(QJsonObject{{"id"_L1, u"FEED:%1"_s.arg(f.id)}, {"bare_id"_L1, f.id},
                                                 {"name"_L1, f.title}, {"type"_L1, u"feed"_s}});
        root.append(QJsonObject{{"id"_L1, u"CAT:0"_s}, {"bare_id"_L1, 0}, {"name"_L1, u"Uncategorized"_s},
                                {"type"_L1, u"category"_s}, {"items"_L1, uncategorized}});
        return QJsonObject{{"categories"_L1, QJsonObject{{"identifier"_L1, u"id"_s}, {"label"_L1, u"name"_s},
                                                         {"items"_L1, root}}}};
    }
    if (op == "getFeeds"_L1) {
        QJsonArray out;
        const qint64 cat = toInt(params.value("cat_id"_L1));
        for (const Feed &f : m_feeds) {
            if (cat >= 0 && f.categoryId != cat)
                continue;
            out.append(QJsonObject{{"feed_url"_L1, f.url}, {"title"_L1, f.title}, {"id"_L1, f.id},
                                   {"unread"_L1, 0}, {"has_icon"_L1, false}, {"cat_id"_L1, f.categoryId},
                                   {"last_updated"_L1, 0}, {"order_id"_L1, 0}});
        }
        return out;
    }
    if (op == "getHeadlines"_L1) {
        if (params.value("feed_id"_L1).toVariant().toString().isEmpty())
            return error("INCORRECT_USAGE");
        return headlines(params);
    }
    if (op == "updateArticle"_L1) {
        Update update;
        for (const QString &id : params.value("article_ids"_L1).toString().split(u',', Qt::SkipEmptyParts))
            update.ids.append(id.toLongLong());
        update.field = int(toInt(params.value("field"_L1)));
        update.mode = int(toInt(params.value("mode"_L1)));
        if (update.ids.isEmpty() || (update.field != 0 && update.field != 2))
            return error("INCORRECT_USAGE");
        int updated = 0;
        for (qint64 id : std::as_const(update.ids)) {
            if (!m_articles.contains(id))
                continue;
            bool &flag = update.field == 0 ? m_articles[id].marked : m_articles[id].unread;
            flag = update.mode == 2 ? !flag : update.mode == 1;
            ++updated;
        }
        m_updates.append(update);
        return QJsonObject{{"status"_L1, u"OK"_s}, {"updated"_L1, updated}};
    }
    if (op == "getArticle"_L1) {
        QJsonArray out;
        for (const QString &id : params.value("article_id"_L1).toVariant().toString().split(u',', Qt::SkipEmptyParts)) {
            if (!m_articles.contains(id.toLongLong()))
                continue;
            const Article &a = m_articles[id.toLongLong()];
            out.append(QJsonObject{{"id"_L1, QString::number(a.id)}, {"title"_L1, a.title}, {"link"_L1, a.link},
                                   {"unread"_L1, a.unread}, {"marked"_L1, a.marked}, {"content"_L1, a.content},
                                   {"feed_id"_L1, QString::number(a.feedId)}, {"updated"_L1, a.updated.toSecsSinceEpoch()}});
        }
        return out;
    }
    if (op == "subscribeToFeed"_L1) {
        const QString url = params.value("feed_url"_L1).toString();
        for (const Feed &f : m_feeds)
            if (f.url == url)
                return QJsonObject{{"status"_L1, QJsonObject{{"code"_L1, 0}, {"feed_id"_L1, f.id}}}};
        const qint64 id = addFeed(url, url, toInt(params.value("category_id"_L1)));
        return QJsonObject{{"status"_L1, QJsonObject{{"code"_L1, 1}, {"feed_id"_L1, id}}}};
    }
    if (op == "unsubscribeFeed"_L1) {
        const qint64 id = toInt(params.value("feed_id"_L1));
        if (!m_feeds.contains(id))
            return error("FEED_NOT_FOUND");
        removeFeed(id);
        return QJsonObject{{"status"_L1, u"OK"_s}};
    }
    return error("UNKNOWN_METHOD");
}
