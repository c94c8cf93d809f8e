#include "librarycommands.h"
#include "library.h"
#include "librarystats.h"
#include "librarytree.h"
#include "output.h"
#include "librarycleanup.h"
#include "retention.h"

#include <QDir>
#include <QSqlQuery>
#include "sqlutil.h"

#include <QElapsedTimer>
#include <QThreadPool>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject nodeJson(const CategoryNode &node)
{
    QJsonArray feeds;
    for (const FeedNode &feed : node.feeds) {
        feeds.append(QJsonObject{{"id"_L1, feed.id},
                                 {"title"_L1, feed.title},
                                 {"url"_L1, feed.url.toString()},
                                 {"unread"_L1, feed.unread}});
    }
    QJsonArray children;
    for (const CategoryNode &child : node.children)
        children.append(nodeJson(child));
    return QJsonObject{{"id"_L1, node.category.id},
                       {"name"_L1, node.category.name},
                       {"path"_L1, node.path},
                       {"subscribed"_L1, node.category.subscribed},
                       {"unread"_L1, node.unread},
                       {"total"_L1, node.total},
                       {"feeds"_L1, feeds},
                       {"children"_L1, children}};
}

void printNode(Output &out, const CategoryNode &node, int depth)
{
    const QString indent(depth * 2, u' ');
    out.line(u"%1%2 %3  (%4 unread of %5)"_s.arg(indent, node.category.subscribed ? u"[x]"_s : u"[ ]"_s,
                                                  node.category.name)
                     .arg(node.unread)
                     .arg(node.total));
    for (const CategoryNode &child : node.children)
        printNode(out, child, depth + 1);
    for (const FeedNode &feed : node.feeds)
        out.line(u"%1    #%2 %3  (%4 unread)"_s.arg(indent).arg(feed.id).arg(feed.title).arg(feed.unread));
}

} // namespace

LibraryCommands::LibraryCommands(Library &library, const Invocation &invocation, Output &out)
    : m_library(library), m_inv(invocation), m_out(out)
{
}

int LibraryCommands::stats()
{
    auto stats = readLibraryStats(m_library.database().connection(), m_library.database().path());
    if (!stats)
        return m_out.fail(u"stats"_s, stats.error());
    const LibraryStats &s = stats.value();
    if (m_inv.json) {
        m_out.json(QJsonDocument(QJsonObject{{"feeds"_L1, s.feeds},
                                             {"categories"_L1, s.categories},
                                             {"articles"_L1, s.articles},
                                             {"unread"_L1, s.unread},
                                             {"starred"_L1, s.starred},
                                             {"images"_L1, s.images},
                                             {"database_bytes"_L1, s.databaseBytes},
                                             {"cache_bytes"_L1, s.cacheBytes},
                                             {"data_dir"_L1, m_library.dataDir()}}));
        return 0;
    }
    m_out.line(tr("Library:     %1").arg(m_library.dataDir()));
    m_out.line(tr("Feeds:       %1").arg(s.feeds));
    m_out.line(tr("Categories:  %1").arg(s.categories));
    m_out.line(tr("Articles:    %1 (%2 unread, %3 starred)").arg(s.articles).arg(s.unread).arg(s.starred));
    m_out.line(tr("Database:    %1").arg(QLocale().formattedDataSize(s.databaseBytes)));
    m_out.line(tr("Image cache: %1 in %2 images").arg(QLocale().formattedDataSize(s.cacheBytes)).arg(s.images));
    return 0;
}

int LibraryCommands::categories()
{
    auto tree = readCategoryTree(m_library);
    if (!tree)
        return m_out.fail(u"categories"_s, tree.error());
    if (m_inv.json) {
        QJsonArray roots;
        for (const CategoryNode &node : tree.value())
            roots.append(nodeJson(node));
        m_out.json(QJsonDocument(roots));
        return 0;
    }
    for (const CategoryNode &node : tree.value())
        printNode(m_out, node, 0);
    return 0;
}

int LibraryCommands::setSubscribed(bool subscribed)
{
    const QString what = subscribed ? u"subscribe"_s : u"unsubscribe"_s;
    if (m_inv.arguments.size() != 1)
        return m_out.fail(what, makeError(Error::Usage, tr("give one category path, e.g. \"News/World\"")));
    auto category = m_library.categories().findByPath(m_inv.arguments.first());
    if (!category)
        return m_out.fail(what, category.error());
    if (!category.value())
        return m_out.fail(what, makeError(Error::NotFound, tr("no category %1").arg(m_inv.arguments.first())));
    if (auto done = m_library.categories().setSubscribed(category.value()->id, subscribed); !done)
        return m_out.fail(what, done.error());
    m_out.info(subscribed ? tr("Subscribed to %1").arg(m_inv.arguments.first())
                          : tr("Unsubscribed from %1").arg(m_inv.arguments.first()));
    return 0;
}

int LibraryCommands::list()
{
    ArticleQuery query;
    query.unreadOnly = m_inv.has(u"unread"_s);
    bool ok = true;
    query.limit = m_inv.has(u"limit"_s) ? m_inv.option(u"limit"_s).toInt(&ok) : 50;
    if (!ok || query.limit <= 0)
        return m_out.fail(u"list"_s, makeError(Error::Usage, tr("--limit takes a positive number")));
    if (m_inv.has(u"category"_s)) {
        auto category = m_library.categories().findByPath(m_inv.option(u"category"_s));
        if (!category)
            return m_out.fail(u"list"_s, category.error());
        if (!category.value())
            return m_out.fail(u"list"_s, makeError(Error::NotFound,
                                                   tr("no category %1").arg(m_inv.option(u"category"_s))));
        auto ids = m_library.categories().subtree(category.value()->id);
        auto feeds = ids ? m_library.feeds().inCategories(ids.value()) : Result<QList<qint64>>(ids.error());
        if (!feeds)
            return m_out.fail(u"list"_s, feeds.error());
        query.feedIds = feeds->isEmpty() ? QList<qint64>{-1} : feeds.value();
    }
    auto rows = m_library.articles().headers(query);
    if (!rows)
        return m_out.fail(u"list"_s, rows.error());
    for (const ArticleHeader &h : rows.value()) {
        if (m_inv.json) {
            m_out.jsonLine(QJsonObject{{"id"_L1, h.id},
                                       {"feed"_L1, h.feedId},
                                       {"feed_title"_L1, h.feedTitle},
                                       {"title"_L1, textOrNull(h.title)},
                                       {"author"_L1, textOrNull(h.author)},
                                       {"published"_L1, isoOrNull(h.published)},
                                       {"read"_L1, h.read},
                                       {"starred"_L1, h.starred}});
        } else {
            m_out.line(u"%1 %2 %3  %4 — %5"_s.arg(h.id, 7)
                               .arg(h.read ? u" "_s : u"*"_s)
                               .arg(h.published.isValid() ? h.published.toUTC().toString(u"yyyy-MM-dd"_s)
                                                          : QString(10, u' '))
                               .arg(h.title, h.feedTitle));
        }
    }
    return 0;
}

int LibraryCommands::show()
{
    bool ok = false;
    const qint64 id = m_inv.arguments.value(0).toLongLong(&ok);
    if (m_inv.arguments.size() != 1 || !ok)
        return m_out.fail(u"show"_s, makeError(Error::Usage, tr("give one article id")));
    auto found = m_library.articles().find(id);
    if (!found)
        return m_out.fail(u"show"_s, found.error());
    if (!found.value())
        return m_out.fail(u"show"_s, makeError(Error::NotFound, tr("no article with id %1").arg(id)));
    const Article &a = *found.value();
    if (m_inv.json) {
        auto cached = m_library.images().forArticle(a.id);
        if (!cached)
            return m_out.fail(u"show"_s, cached.error());
        QJsonArray images;
        const QDir cacheDir(m_library.cacheDir());
        for (const CachedImage &image : cached.value()) {
            const bool stored = image.state == CachedImage::State::Stored && !image.localPath.isEmpty();
            images.append(QJsonObject{{"url"_L1, image.url.toString()},
                                      {"local"_L1, stored ? QJsonValue(cacheDir.filePath(image.localPath))
                                                          : QJsonValue()},
                                      {"bytes"_L1, image.bytes}});
        }
        QJsonObject shown{{"id"_L1, a.id},
                                             {"feed"_L1, a.feedId},
                                             {"title"_L1, textOrNull(a.title)},
                                             {"link"_L1, textOrNull(a.link.toString())},
                                             {"author"_L1, textOrNull(a.author)},
                                             {"published"_L1, isoOrNull(a.published)},
                                             {"categories"_L1, QJsonArray::fromStringList(a.tags)},
                                             {"summary"_L1, textOrNull(a.summary)},
                                             {"content_html"_L1, textOrNull(a.contentHtml)},
                                             {"content_text"_L1, textOrNull(a.contentText)},
                                             {"images"_L1, images},
                                             {"read"_L1, a.read},
                                             {"starred"_L1, a.starred}};
        // A synced article keeps its server's id.
        if (const QString remote = m_library.syncQueue().remoteIdOf(a.id).valueOr(QString()); !remote.isEmpty())
            shown.insert("remote_id"_L1, remote);
        m_out.json(QJsonDocument(shown));
        return 0;
    }
    m_out.line(a.title);
    if (a.published.isValid())
        m_out.line(tr("Published on %1").arg(QLocale().toString(a.published.toLocalTime(), QLocale::LongFormat)));
    if (!a.link.isEmpty())
        m_out.line(a.link.toString());
    m_out.line(QString());
    m_out.line(a.contentText.isEmpty() ? a.summary : a.contentText);
    return 0;
}

void LibraryCommands::catchUpIndex(ArticleIndexer::Scope scope)
{
    // Articles stored since the last index run are indexed first, for a
    // moment: after a big refresh (or an upgrade that rebuilds the search
    // index) the answer comes from what is indexed, with a word on how much
    // is not, unless the caller asked to wait for all of it.
    ArticleIndexer indexer = m_library.indexer();
    const bool wait = m_inv.has(u"wait-for-index"_s);
    if (wait) {
        if (const qint64 pending = indexer.pendingCount().valueOr(0); pending >= 10000)
            m_out.info(tr("indexing %n article(s) first", nullptr, int(qMin<qint64>(pending, INT_MAX))));
    }
    // MASTHEAD_INDEX_WAIT_MS sets the moment (scripts, tests).
    const int waitMs = qEnvironmentVariableIsSet("MASTHEAD_INDEX_WAIT_MS")
            ? qMax(0, qEnvironmentVariableIntValue("MASTHEAD_INDEX_WAIT_MS"))
            : IndexCatchUpMs;
    QElapsedTimer timer;
    timer.start();
    QThreadPool features; // the articles' features, on every core
    while (wait || timer.elapsed() < waitMs) {
        auto indexed = indexer.indexPending(ArticleIndexer::DefaultBatch, scope, &features);
        if (!indexed) {
            m_out.info(tr("only articles indexed so far are used: %1").arg(indexed.error().message));
            return;
        }
        if (indexed.value() == 0)
            return;
    }
    if (const qint64 left = indexer.pendingCount().valueOr(0); left > 0)
        m_out.info(tr("%n article(s) still waiting to be indexed are not in these results (--wait-for-index waits "
                      "for them)",
                      nullptr, int(qMin<qint64>(left, INT_MAX))));
}

int LibraryCommands::search()
{
    if (m_inv.arguments.isEmpty())
        return m_out.fail(u"search"_s, makeError(Error::Usage, tr("give words to search for")));
    bool ok = true;
    const int limit = m_inv.has(u"limit"_s) ? m_inv.option(u"limit"_s).toInt(&ok) : 20;
    if (!ok || limit <= 0)
        return m_out.fail(u"search"_s, makeError(Error::Usage, tr("--limit takes a positive number")));
    catchUpIndex(ArticleIndexer::Scope::Everything);
    auto hits = m_library.search().search(m_inv.arguments.join(u' '), limit);
    if (!hits)
        return m_out.fail(u"search"_s, hits.error());
    for (const SearchHit &hit : hits.value()) {
        if (m_inv.json) {
            m_out.jsonLine(QJsonObject{{"id"_L1, hit.id},
                                       {"title"_L1, textOrNull(hit.title)},
                                       {"link"_L1, textOrNull(hit.link.toString())},
                                       {"feed"_L1, hit.feedId},
                                       {"feed_title"_L1, hit.feedTitle},
                                       {"published"_L1, isoOrNull(hit.published)},
                                       {"score"_L1, hit.score},
                                       {"snippet"_L1, hit.snippet}});
        } else {
            m_out.line(u"%1  %2 — %3"_s.arg(hit.id, 7).arg(hit.title, hit.feedTitle));
            m_out.line(u"         %1"_s.arg(hit.snippet));
        }
    }
    if (hits->isEmpty())
        m_out.info(tr("No articles match."));
    return 0;
}

int LibraryCommands::related()
{
    bool ok = true;
    const int limit = m_inv.has(u"limit"_s) ? m_inv.option(u"limit"_s).toInt(&ok) : 5;
    if (!ok || limit <= 0)
        return m_out.fail(u"related"_s, makeError(Error::Usage, tr("--limit takes a positive number")));
    // Inputs: ids, links (--link), or "-": one per line on stdin, digits being ids.
    struct Input
    {
        QString text;
        bool isLink = false;
    };
    QList<Input> inputs;
    if (m_inv.arguments == QStringList{u"-"_s}) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return m_out.fail(u"related"_s, makeError(Error::BadInput, tr("cannot read standard input")));
        static const QRegularExpression digits(u"^\\d+$"_s);
        while (!in.atEnd()) {
            const QString line = QString::fromUtf8(in.readLine()).trimmed();
            if (!line.isEmpty())
                inputs.append({line, !digits.match(line).hasMatch()});
        }
    } else {
        for (const QString &arg : m_inv.arguments)
            inputs.append({arg, m_inv.has(u"link"_s)});
    }
    if (inputs.isEmpty())
        return m_out.fail(u"related"_s, makeError(Error::Usage, tr("give article ids, --link URLs, or -")));

    catchUpIndex(ArticleIndexer::Scope::NewArticles);
    int found = 0;
    const RelatedStories stories = m_library.related();
    for (const Input &input : std::as_const(inputs)) {
        qint64 id = 0;
        if (input.isLink) {
            auto byLink = m_library.articles().findIdByLink(input.text);
            if (!byLink)
                return m_out.fail(u"related"_s, byLink.error());
            id = byLink.value();
        } else {
            bool isNumber = false;
            id = input.text.toLongLong(&isNumber);
            if (!isNumber)
                return m_out.fail(u"related"_s, makeError(Error::Usage, tr("%1 is not an article id").arg(input.text)));
        }
        auto article = id > 0 ? m_library.articles().find(id) : Result<std::optional<Article>>(std::optional<Article>());
        if (!article)
            return m_out.fail(u"related"_s, article.error());
        if (!article.value()) {
            if (m_inv.json)
                m_out.jsonLine({{"input"_L1, input.text}, {"error"_L1, "not found"_L1}, {"related"_L1, QJsonArray()}});
            else
                m_out.info(tr("%1: not found").arg(input.text));
            continue;
        }
        ++found;
        auto list = stories.related(id, limit);
        if (!list)
            return m_out.fail(u"related"_s, list.error());
        if (m_inv.json) {
            QJsonArray items;
            for (const RelatedStories::Related &r : list.value()) {
                items.append(QJsonObject{{"id"_L1, r.id}, {"title"_L1, textOrNull(r.title)},
                                         {"link"_L1, textOrNull(r.link)}, {"summary"_L1, textOrNull(r.summary)},
                                         {"feed"_L1, r.feedId}, {"feed_title"_L1, r.feedTitle},
                                         {"score"_L1, r.score}, {"same_story"_L1, r.sameStory}});
            }
            m_out.jsonLine({{"id"_L1, id}, {"link"_L1, textOrNull(article.value()->link.toString())},
                            {"related"_L1, items}});
        } else {
            m_out.line(u"#%1 %2"_s.arg(id).arg(article.value()->title));
            for (const RelatedStories::Related &r : list.value())
                m_out.line(u"  %1%2 %3 — %4"_s.arg(r.sameStory ? u"= "_s : u"  "_s).arg(r.id).arg(r.title, r.feedTitle));
        }
    }
    if (found == 0)
        return m_out.fail(u"related"_s, makeError(Error::NotFound, tr("none of the articles was found")));
    return 0;
}

int LibraryCommands::vacuum(const RetentionPolicy &policy)
{
    const auto cleaned = LibraryCleanup(m_library).run(policy);
    if (!cleaned)
        return m_out.fail(u"vacuum"_s, cleaned.error());
    const int removed = cleaned->removedArticles;
    const int orphans = cleaned->removedCacheFiles;
    const qint64 before = cleaned->databaseBytesBefore;
    const qint64 after = cleaned->databaseBytesAfter;
    if (m_inv.json) {
        m_out.json(QJsonDocument(QJsonObject{{"removed_articles"_L1, removed},
                                             {"removed_cache_files"_L1, orphans},
                                             {"database_bytes_before"_L1, before},
                                             {"database_bytes_after"_L1, after}}));
    } else {
        m_out.info(tr("Removed %1 articles and %2 cache files; the library went from %3 to %4")
                           .arg(removed).arg(orphans)
                           .arg(QLocale().formattedDataSize(before), QLocale().formattedDataSize(after)));
    }
    return 0;
}
