#include "ttrssclient.h"
#include "serverarticle.h"
#include "syncjson.h"
#include "synchttp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

const QString ApiErrorMark = u"ttrss-api-error:"_s;

// The ids tt-rss gives as numbers (or numeric strings), as text.
QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return QString::number(value.toInteger());
}

void walkTree(const QJsonArray &items, const QString &parentId, SyncClient::Tree &tree,
              QHash<QString, QString> &feedCategory)
{
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QString id = item.value("id"_L1).toString();
        const qint64 bare = item.value("bare_id"_L1).toInteger();
        if (id.startsWith("CAT:"_L1)) {
            // Special (-1), Labels (-2) and Uncategorized (0) are not folders.
            if (bare <= 0) {
                if (bare == 0)
                    walkTree(item.value("items"_L1).toArray(), QString(), tree, feedCategory);
                continue;
            }
            tree.categories.append({QString::number(bare), parentId, item.value("name"_L1).toString()});
            walkTree(item.value("items"_L1).toArray(), QString::number(bare), tree, feedCategory);
        } else if (id.startsWith("FEED:"_L1) && bare > 0) {
            feedCategory.insert(QString::number(bare), parentId);
        }
    }
}

} // namespace

TtrssClient::TtrssClient(SyncHttp &http, const QUrl &url, QString user, QString password)
    : m_http(http), m_url(apiUrl(url)), m_user(std::move(user)), m_password(std::move(password))
{
}

QUrl TtrssClient::apiUrl(const QUrl &url)
{
    QUrl api = url;
    QString path = api.path();
    if (path.endsWith("/api"_L1))
        path += u'/';
    else if (!path.endsWith("/api/"_L1))
        path = (path.endsWith(u'/') ? path : path + u'/') + u"api/"_s;
    api.setPath(path);
    api.setQuery(QString());
    api.setFragment(QString());
    return api;
}

QString TtrssClient::explain(const QString &apiError) const
{
    if (apiError == "LOGIN_ERROR"_L1)
        return tr("the server refused the user name or password");
    if (apiError == "API_DISABLED"_L1)
        return tr("the API is switched off for this user; turn on \"Enable API\" in Tiny Tiny RSS's preferences");
    if (apiError == "NOT_LOGGED_IN"_L1)
        return tr("the server ended the session and refused a new login");
    if (apiError == "INCORRECT_USAGE"_L1)
        return tr("the server did not understand a request (INCORRECT_USAGE)");
    return tr("the server answered with the error %1").arg(apiError.isEmpty() ? tr("(none given)") : apiError);
}

Result<QJsonValue> TtrssClient::callOnce(const QString &op, const QJsonObject &params)
{
    QJsonObject body = params;
    body.insert("op"_L1, op);
    if (!m_session.isEmpty())
        body.insert("sid"_L1, m_session);
    auto reply = m_http.post(m_url, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
    if (!reply)
        return reply.error();
    auto object = SyncJson::objectFrom(reply.value(), m_url);
    if (!object)
        return object.error();
    if (object->value("status"_L1).toInt() != 0) {
        // The API's own code, marked so call() can tell it from our messages.
        return makeError(Error::BadInput, ApiErrorMark + object->value("content"_L1).toObject().value("error"_L1).toString());
    }
    return object->value("content"_L1);
}

Result<QJsonValue> TtrssClient::call(const QString &op, QJsonObject params)
{
    if (m_session.isEmpty()) {
        if (auto in = login(); !in)
            return in.error();
    }
    auto answer = callOnce(op, params);
    // The session expired (or the server restarted): log in again, once.
    if (!answer && answer.error().message == ApiErrorMark + "NOT_LOGGED_IN"_L1) {
        m_session.clear();
        if (auto in = login(); !in)
            return in.error();
        answer = callOnce(op, params);
    }
    if (!answer && answer.error().message.startsWith(ApiErrorMark))
        return makeError(Error::BadInput, explain(answer.error().message.mid(ApiErrorMark.size())));
    return answer;
}

Result<> TtrssClient::login()
{
    m_session.clear();
    auto answer = callOnce(u"login"_s, {{"user"_L1, m_user}, {"password"_L1, m_password}});
    if (!answer) {
        if (answer.error().message.startsWith(ApiErrorMark))
            return makeError(Error::BadInput, explain(answer.error().message.mid(ApiErrorMark.size())));
        return answer.error();
    }
    m_session = answer->toObject().value("session_id"_L1).toString();
    if (m_session.isEmpty())
        return makeError(Error::BadInput, tr("the server's login answer had no session"));
    const int level = answer->toObject().value("api_level"_L1).toInt();
    if (level > 0 && level < 9)
        return makeError(Error::BadInput, tr("this Tiny Tiny RSS is too old (API level %1; 9 or later is needed)").arg(level));
    return {};
}

Result<SyncClient::Tree> TtrssClient::tree()
{
    // Nesting only comes from getFeedTree (getCategories is flat); the
    // feeds' addresses only from getFeeds.
    auto treeAnswer = call(u"getFeedTree"_s, {{"include_empty"_L1, true}});
    if (!treeAnswer)
        return treeAnswer.error();
    Tree tree;
    QHash<QString, QString> feedCategory;
    walkTree(treeAnswer->toObject().value("categories"_L1).toObject().value("items"_L1).toArray(), QString(), tree,
             feedCategory);
    auto feeds = call(u"getFeeds"_s, {{"cat_id"_L1, -3}, {"include_nested"_L1, true}});
    if (!feeds)
        return feeds.error();
    if (!feeds->isArray())
        return makeError(Error::BadInput, tr("the server's list of feeds is not a list"));
    for (const QJsonValue &value : feeds->toArray()) {
        const QJsonObject feed = value.toObject();
        const QString id = idText(feed.value("id"_L1));
        if (id.toLongLong() <= 0)
            continue;
        const QString category = feedCategory.contains(id) ? feedCategory.value(id)
                                                           : idText(feed.value("cat_id"_L1));
        tree.feeds.append({id, category == "0"_L1 ? QString() : category, feed.value("title"_L1).toString(),
                           QUrl(feed.value("feed_url"_L1).toString()), QUrl(feed.value("site_url"_L1).toString())});
    }
    return tree;
}

Result<> TtrssClient::articlesSince(QJsonObject &state, const PageSink &sink)
{
    const qint64 since = state.value("since_id"_L1).toInteger();
    qint64 newest = since;
    qint64 newestChange = state.value("changed_mark"_L1).toInteger();
    for (int skip = 0;; skip += PageSize) {
        auto page = call(u"getHeadlines"_s, {{"feed_id"_L1, -4},
                                             {"view_mode"_L1, u"all_articles"_s},
                                             {"limit"_L1, PageSize},
                                             {"skip"_L1, skip},
                                             {"since_id"_L1, since},
                                             {"show_content"_L1, true},
                                             {"include_attachments"_L1, false},
                                             {"order_by"_L1, u"date_reverse"_s}});
        if (!page)
            return page.error();
        if (!page->isArray())
            return makeError(Error::BadInput, tr("the server's list of articles is not a list"));
        const QJsonArray rows = page->toArray();
        QList<RemoteArticle> articles;
        articles.reserve(rows.size());
        for (const QJsonValue &value : rows) {
            RemoteArticle r = articleFrom(value.toObject());
            if (r.id.toLongLong() <= 0)
                continue;
            newest = qMax(newest, r.id.toLongLong());
            newestChange = qMax(newestChange, r.article.updated.toSecsSinceEpoch());
            articles.append(std::move(r));
        }
        if (!articles.isEmpty()) {
            if (auto taken = sink(articles); !taken)
                return taken.error();
        }
        if (rows.size() < PageSize)
            break;
    }
    state.insert("since_id"_L1, newest);
    // A story dated in the future must not hide the changes made until then.
    state.insert("changed_mark"_L1, qMin(newestChange, QDateTime::currentSecsSinceEpoch()));
    return {};
}

RemoteArticle TtrssClient::articleFrom(const QJsonObject &row)
{
    RemoteArticle r;
    r.id = idText(row.value("id"_L1));
    r.feedId = idText(row.value("feed_id"_L1));
    r.read = !row.value("unread"_L1).toBool();
    r.starred = row.value("marked"_L1).toBool();
    // tt-rss's "updated" is the story's own time, changed when the feed
    // changes the story: it is both the date shown and the change mark.
    const QDateTime updated = QDateTime::fromSecsSinceEpoch(row.value("updated"_L1).toInteger(), Qt::UTC);
    ServerArticleFields fields;
    fields.title = row.value("title"_L1).toString();
    fields.link = row.value("link"_L1).toString();
    fields.author = row.value("author"_L1).toString();
    fields.html = row.value("content"_L1).toString();
    fields.published = updated;
    fields.updated = updated;
    for (const QJsonValue &tag : row.value("tags"_L1).toArray())
        fields.tags.append(tag.toString());
    r.article = articleFromServer(fields);
    return r;
}

Result<QList<SyncClient::Stamp>> TtrssClient::changedSince(QJsonObject &state)
{
    QList<Stamp> stamps;
    if (!state.contains("since_id"_L1))
        return stamps; // the first sync brings everything as it is
    // Newest change first, back to a while before the newest change the
    // last sync saw (an account synced before there was a mark: as far as
    // MaxEditPages reach); headers only.
    const qint64 mark = state.value("changed_mark"_L1).toInteger();
    const qint64 floor = mark - EditLookbackSeconds;
    qint64 newestChange = mark;
    for (int page = 0; page < MaxEditPages; ++page) {
        auto rows = call(u"getHeadlines"_s, {{"feed_id"_L1, -4},
                                             {"view_mode"_L1, u"all_articles"_s},
                                             {"limit"_L1, PageSize},
                                             {"skip"_L1, page * PageSize},
                                             {"show_content"_L1, false},
                                             {"show_excerpt"_L1, false},
                                             {"order_by"_L1, u"feed_dates"_s}});
        if (!rows)
            return rows.error();
        if (!rows->isArray())
            return makeError(Error::BadInput, tr("the server's list of articles is not a list"));
        const QJsonArray list = rows->toArray();
        bool pastFloor = false;
        for (const QJsonValue &value : list) {
            const QJsonObject row = value.toObject();
            const qint64 updated = row.value("updated"_L1).toInteger();
            if (updated < floor) {
                pastFloor = true;
                break;
            }
            const QString id = idText(row.value("id"_L1));
            if (id.toLongLong() > 0)
                stamps.append({id, QDateTime::fromSecsSinceEpoch(updated, Qt::UTC)});
            newestChange = qMax(newestChange, updated);
        }
        if (pastFloor || list.size() < PageSize)
            break;
    }
    state.insert("changed_mark"_L1, qMin(newestChange, QDateTime::currentSecsSinceEpoch()));
    return stamps;
}

Result<> TtrssClient::articles(const QStringList &ids, const PageSink &sink)
{
    for (qsizetype i = 0; i < ids.size(); i += batchSize()) {
        auto answer = call(u"getArticle"_s, {{"article_id"_L1, ids.mid(i, batchSize()).join(u',')}});
        if (!answer)
            return answer.error();
        if (!answer->isArray())
            return makeError(Error::BadInput, tr("the server's list of articles is not a list"));
        QList<RemoteArticle> page;
        for (const QJsonValue &value : answer->toArray()) {
            RemoteArticle r = articleFrom(value.toObject());
            if (r.id.toLongLong() > 0)
                page.append(std::move(r));
        }
        if (!page.isEmpty()) {
            if (auto taken = sink(page); !taken)
                return taken.error();
        }
    }
    return {};
}

Result<QStringList> TtrssClient::headlineIds(int feedId, const QString &viewMode)
{
    QStringList ids;
    for (int skip = 0;; skip += PageSize) {
        auto page = call(u"getHeadlines"_s, {{"feed_id"_L1, feedId},
                                             {"view_mode"_L1, viewMode},
                                             {"limit"_L1, PageSize},
                                             {"skip"_L1, skip},
                                             {"show_content"_L1, false},
                                             {"show_excerpt"_L1, false}});
        if (!page)
            return page.error();
        if (!page->isArray())
            return makeError(Error::BadInput, tr("the server's list of articles is not a list"));
        const QJsonArray rows = page->toArray();
        for (const QJsonValue &value : rows)
            ids.append(idText(value.toObject().value("id"_L1)));
        if (rows.size() < PageSize)
            break;
    }
    return ids;
}

Result<QStringList> TtrssClient::unreadIds()
{
    return headlineIds(-4, u"unread"_s);
}

Result<QStringList> TtrssClient::starredIds()
{
    return headlineIds(-1, u"all_articles"_s);
}

Result<> TtrssClient::setFlag(QueuedChange::Flag flag, bool value, const QStringList &ids)
{
    // field 0 is "marked" (starred), 2 is "unread": read is its opposite.
    const bool starred = flag == QueuedChange::Flag::Starred;
    auto answer = call(u"updateArticle"_s, {{"article_ids"_L1, ids.join(u',')},
                                            {"mode"_L1, starred ? int(value) : int(!value)},
                                            {"field"_L1, starred ? 0 : 2}});
    if (!answer)
        return answer.error();
    return {};
}

Result<QHash<QString, SyncClient::Flags>> TtrssClient::flagsOf(const QStringList &ids)
{
    QHash<QString, Flags> flags;
    if (ids.isEmpty())
        return flags;
    auto answer = call(u"getArticle"_s, {{"article_id"_L1, ids.join(u',')}});
    if (!answer)
        return answer.error();
    for (const QJsonValue &value : answer->toArray()) {
        const QJsonObject row = value.toObject();
        flags.insert(idText(row.value("id"_L1)),
                     {!row.value("unread"_L1).toBool(), row.value("marked"_L1).toBool()});
    }
    return flags;
}

Result<> TtrssClient::subscribe(const QUrl &feedUrl, const QString &remoteCategoryId)
{
    // Category 0 is "Uncategorized": the account's root here.
    auto answer = call(u"subscribeToFeed"_s, {{"feed_url"_L1, feedUrl.toString()},
                                              {"category_id"_L1, remoteCategoryId.toLongLong()}});
    if (!answer)
        return answer.error();
    const int code = answer->toObject().value("status"_L1).toObject().value("code"_L1).toInt(-1);
    // 1 added now, 0 already subscribed; the others are refusals.
    if (code == 2)
        return makeError(Error::BadInput, tr("the server refused %1 as a feed address").arg(feedUrl.toString()));
    if (code == 3 || code == 4)
        return makeError(Error::BadInput, tr("%1 is a web page, not a feed; give the feed's own address")
                                                  .arg(feedUrl.toString()));
    if (code == 5)
        return makeError(Error::Network, tr("the server could not fetch %1: %2").arg(feedUrl.toString(),
                answer->toObject().value("status"_L1).toObject().value("message"_L1).toString()));
    if (code != 0 && code != 1)
        return makeError(Error::BadInput, tr("the server could not subscribe to %1 (code %2)")
                                                  .arg(feedUrl.toString()).arg(code));
    return {};
}

Result<> TtrssClient::unsubscribe(const QString &remoteFeedId)
{
    auto answer = call(u"unsubscribeFeed"_s, {{"feed_id"_L1, remoteFeedId.toLongLong()}});
    if (!answer)
        return answer.error();
    return {};
}
