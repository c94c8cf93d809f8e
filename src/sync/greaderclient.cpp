#include "greaderclient.h"
#include "serverarticle.h"
#include "syncjson.h"
#include "synchttp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString ReadingList = u"user/-/state/com.google/reading-list"_s;
const QString ReadState = u"user/-/state/com.google/read"_s;
const QString StarredState = u"user/-/state/com.google/starred"_s;
const QString LongPrefix = u"tag:google.com,2005:reader/item/"_s;

QString formBody(const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery query;
    for (const auto &[key, value] : fields)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return query.toString(QUrl::FullyEncoded);
}

// The label of a category id ("user/-/label/World" or "user/123/label/World").
QString labelOf(const QString &id)
{
    const qsizetype at = id.indexOf("/label/"_L1);
    return at < 0 ? QString() : id.mid(at + 7);
}

// A label and the labels above it: FreshRSS (and others) nest with "/", so
// "News/World" is World inside News. Each level's id is its whole path (the
// label the server knows it by), its name the last part; empty parts
// ("News//World", a leading or trailing "/") are dropped. The path of the
// label as kept, empty when nothing is left of it.
QString placeLabel(const QString &label, QSet<QString> &known, QList<RemoteCategory> &categories)
{
    const QStringList parts = label.split(u'/', Qt::SkipEmptyParts);
    QString path;
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        const QString parent = path;
        path = path.isEmpty() ? part : path + u'/' + part;
        if (known.contains(path))
            continue;
        known.insert(path);
        categories.append({path, parent, part});
    }
    return path;
}

bool hasState(const QJsonArray &categories, const QString &state)
{
    const QString suffix = state.mid(state.indexOf("/state/"_L1));
    for (const QJsonValue &c : categories)
        if (c.toString().endsWith(suffix))
            return true;
    return false;
}

} // namespace

GReaderClient::GReaderClient(SyncHttp &http, const QUrl &url, QString user, QString password)
    : m_http(http), m_url(url), m_user(std::move(user)), m_password(std::move(password))
{
    QString path = m_url.path();
    if (!path.endsWith(u'/'))
        m_url.setPath(path + u'/');
}

QString GReaderClient::shortItemId(const QString &id)
{
    if (id.startsWith(LongPrefix)) {
        bool ok = false;
        const quint64 value = id.mid(LongPrefix.size()).toULongLong(&ok, 16);
        return ok ? QString::number(qint64(value)) : QString();
    }
    bool ok = false;
    (void)id.toLongLong(&ok);
    return ok ? id : QString();
}

QString GReaderClient::longItemId(const QString &shortId)
{
    return LongPrefix + u"%1"_s.arg(quint64(shortId.toLongLong()), 16, 16, QChar(u'0'));
}

QUrl GReaderClient::endpoint(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl url = m_url.resolved(QUrl(path));
    QUrlQuery q;
    for (const auto &[key, value] : query)
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    if (!query.isEmpty())
        url.setQuery(q.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

Result<> GReaderClient::login()
{
    const QUrl url = endpoint(u"accounts/ClientLogin"_s);
    auto reply = m_http.post(url, formBody({{u"Email"_s, m_user}, {u"Passwd"_s, m_password}}).toUtf8(),
                             "application/x-www-form-urlencoded");
    if (!reply)
        return reply.error();
    if (auto error = SyncJson::statusError(reply.value(), url))
        return *error;
    for (const QByteArray &line : reply->body.split('\n'))
        if (line.startsWith("Auth="))
            m_auth = line.mid(5).trimmed();
    if (m_auth.isEmpty()) {
        if (reply->body.trimmed().startsWith('<'))
            return makeError(Error::BadInput, tr("%1 answered with a web page instead of a login token; check the "
                                                 "address (and that the API is switched on)").arg(url.toString()));
        return makeError(Error::BadInput, tr("the server's login answer had no Auth token"));
    }
    m_token.clear();
    return {};
}

Result<> GReaderClient::fetchToken()
{
    const QUrl url = endpoint(u"reader/api/0/token"_s);
    auto reply = m_http.get(url, {{"Authorization", "GoogleLogin auth=" + m_auth}});
    if (!reply)
        return reply.error();
    if (auto error = SyncJson::statusError(reply.value(), url))
        return *error;
    m_token = QString::fromUtf8(reply->body.trimmed());
    if (m_token.isEmpty() || m_token.contains(u'<'))
        return makeError(Error::BadInput, tr("the server gave no edit token"));
    return {};
}

Result<QJsonObject> GReaderClient::getJson(const QString &path, const QList<QPair<QString, QString>> &query)
{
    if (m_auth.isEmpty()) {
        if (auto in = login(); !in)
            return in.error();
    }
    const QUrl url = endpoint(path, query + QList<QPair<QString, QString>>{{u"output"_s, u"json"_s}});
    auto reply = m_http.get(url, {{"Authorization", "GoogleLogin auth=" + m_auth}});
    if (reply && reply->status == 401) { // the auth token expired: log in again, once
        if (auto in = login(); !in)
            return in.error();
        reply = m_http.get(url, {{"Authorization", "GoogleLogin auth=" + m_auth}});
    }
    if (!reply)
        return reply.error();
    return SyncJson::objectFrom(reply.value(), url);
}

Result<QByteArray> GReaderClient::postForm(const QString &path, QList<QPair<QString, QString>> form)
{
    if (m_auth.isEmpty()) {
        if (auto in = login(); !in)
            return in.error();
    }
    const QUrl url = endpoint(path);
    Result<HttpReply> reply = makeError(Error::Network, QString());
    // A stale T token is answered 401 with X-Reader-Google-Bad-Token; an
    // expired session 401 without it. Each is renewed once.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (m_token.isEmpty()) {
            if (auto token = fetchToken(); !token)
                return token.error();
        }
        auto fields = form;
        fields.append({u"T"_s, m_token});
        reply = m_http.post(url, formBody(fields).toUtf8(), "application/x-www-form-urlencoded",
                            {{"Authorization", "GoogleLogin auth=" + m_auth}});
        if (!reply || reply->status != 401)
            break;
        m_token.clear();
        if (reply->status == 401 && attempt == 1) {
            if (auto in = login(); !in)
                return in.error();
        }
    }
    if (!reply)
        return reply.error();
    if (auto error = SyncJson::statusError(reply.value(), url))
        return *error;
    return reply->body;
}

Result<SyncClient::Tree> GReaderClient::tree()
{
    Tree tree;
    auto tags = getJson(u"reader/api/0/tag/list"_s, {});
    if (!tags)
        return tags.error();
    QSet<QString> labels;
    for (const QJsonValue &value : tags->value("tags"_L1).toArray()) {
        const QJsonObject tag = value.toObject();
        const QString label = labelOf(tag.value("id"_L1).toString());
        const QString type = tag.value("type"_L1).toString();
        if (label.isEmpty() || (!type.isEmpty() && type != "folder"_L1))
            continue;
        placeLabel(label, labels, tree.categories);
    }
    auto subscriptions = getJson(u"reader/api/0/subscription/list"_s, {});
    if (!subscriptions)
        return subscriptions.error();
    if (!subscriptions->value("subscriptions"_L1).isArray())
        return makeError(Error::BadInput, tr("the server's list of subscriptions is not a list"));
    for (const QJsonValue &value : subscriptions->value("subscriptions"_L1).toArray()) {
        const QJsonObject s = value.toObject();
        RemoteFeed feed;
        feed.id = s.value("id"_L1).toString();
        if (feed.id.isEmpty())
            continue;
        feed.title = s.value("title"_L1).toString();
        feed.url = QUrl(s.value("url"_L1).toString());
        if (feed.url.isEmpty() && feed.id.startsWith("feed/"_L1))
            feed.url = QUrl(feed.id.mid(5));
        feed.siteUrl = QUrl(s.value("htmlUrl"_L1).toString());
        for (const QJsonValue &c : s.value("categories"_L1).toArray()) {
            const QString label = labelOf(c.toObject().value("id"_L1).toString());
            const QString path = label.isEmpty() ? QString() : placeLabel(label, labels, tree.categories);
            if (!path.isEmpty()) {
                feed.categoryId = path;
                break;
            }
        }
        tree.feeds.append(feed);
    }
    return tree;
}

Result<RemoteArticle> GReaderClient::articleFrom(const QJsonObject &item) const
{
    RemoteArticle r;
    r.id = shortItemId(item.value("id"_L1).toString());
    if (r.id.isEmpty())
        return makeError(Error::BadInput, tr("an item has an id in neither form: %1").arg(item.value("id"_L1).toString()));
    r.feedId = item.value("origin"_L1).toObject().value("streamId"_L1).toString();
    const QJsonArray categories = item.value("categories"_L1).toArray();
    r.read = hasState(categories, ReadState);
    r.starred = hasState(categories, StarredState);
    ServerArticleFields fields;
    fields.title = item.value("title"_L1).toString();
    for (const char *key : {"canonical", "alternate"}) {
        const QJsonArray links = item.value(QLatin1StringView(key)).toArray();
        if (fields.link.isEmpty() && !links.isEmpty())
            fields.link = links.first().toObject().value("href"_L1).toString();
    }
    fields.author = item.value("author"_L1).toString();
    fields.published = QDateTime::fromSecsSinceEpoch(item.value("published"_L1).toInteger(), Qt::UTC);
    if (item.contains("updated"_L1))
        fields.updated = QDateTime::fromSecsSinceEpoch(item.value("updated"_L1).toInteger(), Qt::UTC);
    fields.html = item.value("content"_L1).toObject().value("content"_L1).toString(
            item.value("summary"_L1).toObject().value("content"_L1).toString());
    for (const QJsonValue &c : categories) {
        const QString label = labelOf(c.toString());
        if (!label.isEmpty())
            fields.tags.append(label);
    }
    r.article = articleFromServer(fields);
    return r;
}

Result<> GReaderClient::articlesSince(QJsonObject &state, const PageSink &sink)
{
    const qint64 since = state.value("ot"_L1).toInteger();
    qint64 newest = since;
    QString continuation;
    for (int pages = 0; pages < 100000; ++pages) {
        QList<QPair<QString, QString>> query{{u"n"_s, QString::number(PageSize)}};
        if (since > 0)
            query.append({u"ot"_s, QString::number(since)});
        if (!continuation.isEmpty())
            query.append({u"c"_s, continuation});
        auto page = getJson(u"reader/api/0/stream/contents/"_s + ReadingList, query);
        if (!page)
            return page.error();
        QList<RemoteArticle> articles;
        for (const QJsonValue &value : page->value("items"_L1).toArray()) {
            const QJsonObject item = value.toObject();
            auto article = articleFrom(item);
            if (!article)
                return article.error();
            const qint64 crawled = item.value("crawlTimeMsec"_L1).toVariant().toLongLong() / 1000;
            newest = qMax(newest, crawled > 0 ? crawled : article->article.published.toSecsSinceEpoch());
            articles.append(std::move(article).value());
        }
        if (!articles.isEmpty()) {
            if (auto taken = sink(articles); !taken)
                return taken.error();
        }
        const QString next = page->value("continuation"_L1).toString();
        if (next.isEmpty() || next == continuation)
            break;
        continuation = next;
    }
    state.insert("ot"_L1, newest);
    return {};
}

Result<QStringList> GReaderClient::itemIds(const QString &stream, const QString &exclude)
{
    QStringList ids;
    QString continuation;
    for (int pages = 0; pages < 100000; ++pages) {
        QList<QPair<QString, QString>> query{{u"s"_s, stream}, {u"n"_s, u"10000"_s}};
        if (!exclude.isEmpty())
            query.append({u"xt"_s, exclude});
        if (!continuation.isEmpty())
            query.append({u"c"_s, continuation});
        auto page = getJson(u"reader/api/0/stream/items/ids"_s, query);
        if (!page)
            return page.error();
        for (const QJsonValue &value : page->value("itemRefs"_L1).toArray()) {
            const QString id = shortItemId(value.toObject().value("id"_L1).toString());
            if (!id.isEmpty())
                ids.append(id);
        }
        const QString next = page->value("continuation"_L1).toString();
        if (next.isEmpty() || next == continuation)
            break;
        continuation = next;
    }
    return ids;
}

Result<QStringList> GReaderClient::unreadIds()
{
    return itemIds(ReadingList, ReadState);
}

Result<QStringList> GReaderClient::starredIds()
{
    return itemIds(StarredState, QString());
}

Result<> GReaderClient::setFlag(QueuedChange::Flag flag, bool value, const QStringList &ids)
{
    QList<QPair<QString, QString>> form;
    for (const QString &id : ids)
        form.append({u"i"_s, id});
    form.append({value ? u"a"_s : u"r"_s, flag == QueuedChange::Flag::Read ? ReadState : StarredState});
    auto answer = postForm(u"reader/api/0/edit-tag"_s, form);
    if (!answer)
        return answer.error();
    if (!answer->trimmed().startsWith("OK"))
        return makeError(Error::BadInput, tr("the server did not take the change (it answered %1)")
                                                  .arg(QString::fromUtf8(answer->left(80))));
    return {};
}

Result<QHash<QString, SyncClient::Flags>> GReaderClient::flagsOf(const QStringList &ids)
{
    QHash<QString, Flags> flags;
    if (ids.isEmpty())
        return flags;
    QList<QPair<QString, QString>> form;
    for (const QString &id : ids)
        form.append({u"i"_s, id});
    auto answer = postForm(u"reader/api/0/stream/items/contents?output=json"_s, form);
    if (!answer)
        return answer.error();
    HttpReply reply;
    reply.status = 200;
    reply.body = answer.value();
    auto object = SyncJson::objectFrom(reply, endpoint(u"reader/api/0/stream/items/contents"_s));
    if (!object)
        return object.error();
    for (const QJsonValue &value : object->value("items"_L1).toArray()) {
        const QJsonObject item = value.toObject();
        const QJsonArray categories = item.value("categories"_L1).toArray();
        flags.insert(shortItemId(item.value("id"_L1).toString()),
                     {hasState(categories, ReadState), hasState(categories, StarredState)});
    }
    return flags;
}

Result<> GReaderClient::subscribe(const QUrl &feedUrl, const QString &remoteCategoryId)
{
    // subscription/edit with ac=subscribe files it under a label at once
    // (quickadd cannot); FreshRSS, Miniflux and Inoreader take both.
    QList<QPair<QString, QString>> form{{u"ac"_s, u"subscribe"_s}, {u"s"_s, u"feed/"_s + feedUrl.toString()}};
    if (!remoteCategoryId.isEmpty())
        form.append({u"a"_s, u"user/-/label/"_s + remoteCategoryId});
    auto answer = postForm(u"reader/api/0/subscription/edit"_s, form);
    if (!answer)
        return answer.error();
    if (!answer->trimmed().startsWith("OK"))
        return makeError(Error::BadInput, tr("the server did not subscribe to %1 (it answered %2)")
                                                  .arg(feedUrl.toString(), QString::fromUtf8(answer->left(80))));
    return {};
}

Result<> GReaderClient::unsubscribe(const QString &remoteFeedId)
{
    auto answer = postForm(u"reader/api/0/subscription/edit"_s, {{u"ac"_s, u"unsubscribe"_s}, {u"s"_s, remoteFeedId}});
    if (!answer)
        return answer.error();
    if (!answer->trimmed().startsWith("OK"))
        return makeError(Error::BadInput, tr("the server did not unsubscribe (it answered %1)")
                                                  .arg(QString::fromUtf8(answer->left(80))));
    return {};
}
