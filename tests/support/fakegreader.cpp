#include "fakegreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
TestHttpServer::Response status(int code, const QByteArray &body, const TestHttpServer::Headers &headers = {})
{
    TestHttpServer::Response r = TestHttpServer::Response::ok(body);
    r.status = code;
    r.headers += headers;
    return r;
}

const QString Prefix = u"/api/greader.php/"_s;
const QString LongPrefix = u"tag:google.com,2005:reader/item/"_s;

// An item id in either form, as a number; 0 if neither.
qint64 parseId(const QString &id)
{
    bool ok = false;
    if (id.startsWith(LongPrefix)) {
        const quint64 v = id.mid(LongPrefix.size()).toULongLong(&ok, 16);
        return ok ? qint64(v) : 0;
    }
    const qint64 v = id.toLongLong(&ok);
    return ok ? v : 0;
}
} // namespace

FakeGReader::FakeGReader(QString user, QString password, QObject *parent)
    : QObject(parent), m_user(std::move(user)), m_password(std::move(password))
{
    m_server.setMaxRecordedRequests(100);
    m_server.setFallback([this](const TestHttpServer::Request &r) { return handle(r); });
}

QString FakeGReader::longId(qint64 id)
{
    return LongPrefix + u"%1"_s.arg(quint64(id), 16, 16, QChar(u'0'));
}

QString FakeGReader::addFeed(const QString &title, const QString &url, const QString &label)
{
    const QString id = u"feed/%1"_s.arg(m_nextFeed++);
    m_feeds.insert(id, {id, title, url, label});
    return id;
}

qint64 FakeGReader::addItem(const QString &feedId, const QString &title, qint64 crawledMs)
{
    Item item;
    item.id = m_nextItem++;
    item.feedId = feedId;
    item.title = title;
    item.content = u"<p>%1 in full.</p>"_s.arg(title);
    item.crawledMs = crawledMs > 0 ? crawledMs : QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch() + item.id * 1000;
    m_items.insert(item.id, item);
    return item.id;
}

TestHttpServer::Response FakeGReader::json(const QJsonObject &object) const
{
    return TestHttpServer::Response::ok(QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json");
}

bool FakeGReader::authorized(const TestHttpServer::Request &request) const
{
    const QByteArray header = request.header("Authorization");
    return header.startsWith("GoogleLogin auth=") && m_auths.contains(header.mid(17));
}

QList<FakeGReader::Item> FakeGReader::stream(const QString &streamId, const QString &exclude, qint64 olderThan,
                                             qint64 newerThan) const
{
    QList<Item> out;
    for (const Item &item : m_items) {
        if (streamId.endsWith("/state/com.google/starred"_L1) && !item.starred)
            continue;
        if (streamId.startsWith("feed/"_L1) && item.feedId != streamId)
            continue;
        if (exclude.endsWith("/state/com.google/read"_L1) && item.read)
            continue;
        if (newerThan > 0 && item.crawledMs / 1000 < newerThan)
            continue;
        Q_UNUSED(olderThan);
        out.append(item);
    }
    std::sort(out.begin(), out.end(), [](const Item &a, const Item &b) { return a.crawledMs > b.crawledMs; });
    return out;
}

QJsonObject FakeGReader::itemJson(const Item &item) const
{
    QJsonArray categories{u"user/-/state/com.google/reading-list"_s};
    if (item.read)
        categories.append(u"user/-/state/com.google/read"_s);
    if (item.starred)
        categories.append(u"user/-/state/com.google/starred"_s);
    const Feed feed = m_feeds.value(item.feedId);
    if (!feed.label.isEmpty())
        categories.append(u"user/-/label/"_s + feed.label);
    QJsonObject out{{"id"_L1, longId(item.id)},
            {"crawlTimeMsec"_L1, QString::number(item.crawledMs)},
            {"timestampUsec"_L1, QString::number(item.crawledMs * 1000)},
            {"published"_L1, item.published > 0 ? item.published : item.crawledMs / 1000},
            {"title"_L1, item.title},
            {"canonical"_L1, QJsonArray{QJsonObject{{"href"_L1, u"https://news.example/%1"_s.arg(item.id)}}}},
            {"alternate"_L1, QJsonArray{QJsonObject{{"href"_L1, u"https://news.example/%1"_s.arg(item.id)},
                                                    {"type"_L1, u"text/html"_s}}}},
            {"categories"_L1, categories},
            {"origin"_L1, QJsonObject{{"streamId"_L1, item.feedId}, {"title"_L1, feed.title}}},
            {"summary"_L1, QJsonObject{{"content"_L1, item.content}}},
            {"author"_L1, u"Desk"_s}};
    if (item.updated > 0)
        out.insert("updated"_L1, item.updated);
    return out;
}

TestHttpServer::Response FakeGReader::handle(const TestHttpServer::Request &request)
{
    if (!request.path.startsWith(Prefix))
        return TestHttpServer::Response::error(404);
    const QString path = request.path.mid(Prefix.size());
    const QString base = path.startsWith("reader/api/0/stream/contents/"_L1) ? u"reader/api/0/stream/contents"_s : path;
    m_calls[base] += 1;
    if (m_faults.contains(base))
        return m_faults.value(base);
    QUrlQuery form(QString::fromUtf8(request.body).replace(u'+', u' '));
    const auto field = [&](const QString &key) {
        const QString v = form.queryItemValue(key, QUrl::FullyDecoded);
        return v.isEmpty() ? request.query.queryItemValue(key, QUrl::FullyDecoded) : v;
    };
    if (path == "accounts/ClientLogin"_L1) {
        if (field(u"Email"_s) != m_user || field(u"Passwd"_s) != m_password)
            return status(401, "Error=BadAuthentication\n");
        const QByteArray auth = m_user.toUtf8() + '/' + QUuid::createUuid().toByteArray(QUuid::Id128);
        m_auths.insert(auth);
        return TestHttpServer::Response::ok("SID=" + auth + "\nLSID=null\nAuth=" + auth + "\n");
    }
    if (!authorized(request))
        return status(401, "Unauthorized!");
    if (path == "reader/api/0/token"_L1) {
        const QString token = QUuid::createUuid().toString(QUuid::Id128).left(40);
        m_tokens.insert(token);
        return TestHttpServer::Response::ok(token.toUtf8() + "\n");
    }
    if (request.method == "POST" && !m_tokens.contains(field(u"T"_s)))
        return status(401, "Unauthorized!", {{"X-Reader-Google-Bad-Token", "true"}});
    if (path == "reader/api/0/tag/list"_L1) {
        QJsonArray tags{QJsonObject{{"id"_L1, u"user/-/state/com.google/starred"_s}}};
        QSet<QString> labels;
        for (const Feed &f : m_feeds)
            if (!f.label.isEmpty() && !labels.contains(f.label)) {
                labels.insert(f.label);
                tags.append(QJsonObject{{"id"_L1, u"user/-/label/"_s + f.label}, {"type"_L1, u"folder"_s}});
            }
        return json({{"tags"_L1, tags}});
    }
    if (path == "reader/api/0/subscription/list"_L1) {
        QJsonArray subscriptions;
        for (const Feed &f : m_feeds) {
            QJsonArray categories;
            if (!f.label.isEmpty())
                categories.append(QJsonObject{{"id"_L1, u"user/-/label/"_s + f.label}, {"label"_L1, f.label}});
            subscriptions.append(QJsonObject{{"id"_L1, f.id}, {"title"_L1, f.title}, {"categories"_L1, categories},
                                             {"url"_L1, f.url}, {"htmlUrl"_L1, u"https://news.example/"_s},
                                             {"iconUrl"_L1, u""_s}});
        }
        return json({{"subscriptions"_L1, subscriptions}});
    }
    const int n = qBound(1, field(u"n"_s).isEmpty() ? 20 : field(u"n"_s).toInt(), 10000);
    const int start = field(u"c"_s).toInt();
    if (base == "reader/api/0/stream/contents"_L1) {
        const QString streamId = QUrl::fromPercentEncoding(path.mid(29).toUtf8());
        const QList<Item> items = stream(streamId, field(u"xt"_s), field(u"nt"_s).toLongLong(), field(u"ot"_s).toLongLong());
        QJsonArray out;
        for (int i = start; i < items.size() && i < start + n; ++i)
            out.append(itemJson(items.at(i)));
        QJsonObject page{{"id"_L1, streamId}, {"items"_L1, out}};
        if (start + n < items.size())
            page.insert("continuation"_L1, QString::number(start + n));
        return json(page);
    }
    if (path == "reader/api/0/stream/items/ids"_L1) {
        const QList<Item> items = stream(field(u"s"_s), field(u"xt"_s), 0, field(u"ot"_s).toLongLong());
        QJsonArray refs;
        for (int i = start; i < items.size() && i < start + n; ++i)
            refs.append(QJsonObject{{"id"_L1, QString::number(items.at(i).id)}});
        QJsonObject page{{"itemRefs"_L1, refs}};
        if (start + n < items.size())
            page.insert("continuation"_L1, QString::number(start + n));
        return json(page);
    }
    if (path == "reader/api/0/subscription/edit"_L1 || path == "reader/api/0/subscription/quickadd"_L1) {
        if (request.method != "POST")
            return TestHttpServer::Response::error(405);
        if (path.endsWith("quickadd"_L1)) {
            const QString url = field(u"quickadd"_s).startsWith("feed/"_L1) ? field(u"quickadd"_s).mid(5) : field(u"quickadd"_s);
            const QString id = addFeed(url, url);
            return json({{"numResults"_L1, 1}, {"query"_L1, url}, {"streamId"_L1, id}, {"streamName"_L1, url}});
        }
        const QString action = field(u"ac"_s);
        const QString stream = field(u"s"_s);
        if (action == "subscribe"_L1) {
            const QString label = field(u"a"_s).contains("/label/"_L1) ? field(u"a"_s).mid(field(u"a"_s).indexOf("/label/"_L1) + 7) : QString();
            addFeed(stream.mid(5), stream.mid(5), label);
            return TestHttpServer::Response::ok("OK");
        }
        if (action == "unsubscribe"_L1) {
            if (!m_feeds.contains(stream))
                return TestHttpServer::Response::error(400);
            m_feeds.remove(stream);
            m_items.removeIf([&](const auto &it) { return it.value().feedId == stream; });
            return TestHttpServer::Response::ok("OK");
        }
        return TestHttpServer::Response::error(400);
    }
    if (path == "reader/api/0/edit-tag"_L1 || path == "reader/api/0/stream/items/contents"_L1) {
        if (request.method != "POST")
            return TestHttpServer::Response::error(405);
        QStringList ids;
        for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded))
            if (key == "i"_L1)
                ids.append(value);
        if (path == "reader/api/0/stream/items/contents"_L1) {
            QJsonArray out;
            for (const QString &id : ids)
                if (m_items.contains(parseId(id)))
                    out.append(itemJson(m_items.value(parseId(id))));
            return json({{"items"_L1, out}});
        }
        Edit edit{ids, field(u"a"_s), field(u"r"_s)};
        for (const QString &id : ids) {
            const qint64 item = parseId(id);
            if (!m_items.contains(item))
                continue;
            for (const auto &[tag, on] : {std::pair{edit.add, true}, std::pair{edit.remove, false}}) {
                if (tag.endsWith("/state/com.google/read"_L1))
                    m_items[item].read = on;
                else if (tag.endsWith("/state/com.google/starred"_L1))
                    m_items[item].starred = on;
            }
        }
        m_edits.append(edit);
        return TestHttpServer::Response::ok("OK");
    }
    return TestHttpServer::Response::error(404);
}
