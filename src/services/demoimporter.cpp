#include "demoimporter.h"
#include "html/htmlsanitizer.h"
#include "html/htmltext.h"
#include "library.h"
#include "sqlutil.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

Result<int> importCategories(CategoryRepository &repo, const QJsonArray &nodes,
                             const QStringList &parent)
{
    int count = 0;
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        QStringList path = parent;
        path.append(node.value("name"_L1).toString());
        if (auto id = repo.ensurePath(path); !id)
            return id.error();
        ++count;
        auto below = importCategories(repo, node.value("children"_L1).toArray(), path);
        if (!below)
            return below.error();
        count += below.value();
    }
    return count;
}

Article articleFrom(const QJsonObject &o)
{
    Article a;
    a.guid = o.value("guid"_L1).toString();
    a.link = QUrl(o.value("link"_L1).toString());
    a.title = o.value("title"_L1).toString();
    a.author = o.value("author"_L1).toString();
    a.published = QDateTime::fromString(o.value("published"_L1).toString(), Qt::ISODate);
    a.summary = o.value("summary"_L1).toString();
    // The demo is ours, but it is stored like any feed: sanitized, with its text.
    a.contentHtml = sanitizeHtml(o.value("content_html"_L1).toString());
    a.contentText = htmlToText(a.contentHtml);
    a.read = o.value("read"_L1).toBool();
    a.starred = o.value("starred"_L1).toBool();
    return a;
}

} // namespace

DemoImporter::DemoImporter(Library &library) : m_library(library) { }

Result<DemoImporter::Report> DemoImporter::importBuiltIn()
{
    QFile file(u":/demo/demo.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::BadInput, tr("the sample library is missing from this build"));
    return import(file.readAll());
}

Result<DemoImporter::Report> DemoImporter::import(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return makeError(Error::BadInput,
                         tr("the sample library is not valid JSON: %1").arg(parseError.errorString()));
    const QJsonObject root = doc.object();

    SqlUtil::Transaction tx(m_library.database().connection());
    CategoryRepository categories = m_library.categories();
    FeedRepository feeds = m_library.feeds();
    ArticleRepository articles = m_library.articles();
    Report report;

    auto counted = importCategories(categories, root.value("categories"_L1).toArray(), {});
    if (!counted)
        return counted.error();
    report.categories = counted.value();

    QHash<QString, qint64> feedIds;
    for (const QJsonValue &value : root.value("feeds"_L1).toArray()) {
        const QJsonObject o = value.toObject();
        auto category = categories.ensurePath(splitCategoryPath(o.value("category"_L1).toString()));
        if (!category)
            return category.error();
        Feed feed;
        feed.categoryId = category.value();
        feed.url = QUrl(o.value("url"_L1).toString());
        feed.title = o.value("title"_L1).toString();
        feed.siteUrl = QUrl(o.value("site_url"_L1).toString());
        // The sample sources on reserved names (RFC 2606: .example, .test,
        // .invalid) exist nowhere: kept as gone, a refresh never asks for
        // them and never reports them failed.
        const QString host = feed.url.host();
        feed.gone = host.endsWith(".example"_L1) || host.endsWith(".test"_L1) || host.endsWith(".invalid"_L1);
        auto id = feeds.add(feed);
        if (!id)
            return id.error();
        feedIds.insert(o.value("key"_L1).toString(), id.value());
        ++report.feeds;
    }

    QHash<qint64, QList<Article>> byFeed;
    for (const QJsonValue &value : root.value("articles"_L1).toArray()) {
        const QJsonObject o = value.toObject();
        const qint64 feedId = feedIds.value(o.value("feed"_L1).toString());
        if (feedId)
            byFeed[feedId].append(articleFrom(o));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = byFeed.cbegin(); it != byFeed.cend(); ++it) {
        auto stored = articles.upsert(it.key(), it.value(), now);
        if (!stored)
            return stored.error();
        report.articles += stored->inserted;
    }
    // A few dozen articles: indexed at once, so the first launch already has
    // search, "More like this" and same-story groups.
    if (auto indexed = m_library.indexer().indexAll(); !indexed)
        return indexed.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return report;
}
