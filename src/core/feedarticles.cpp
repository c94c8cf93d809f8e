#include "feedarticles.h"
#include "html/htmlsanitizer.h"

namespace {

QString authorOf(const QList<FeedPerson> &people)
{
    QStringList names;
    for (const FeedPerson &person : people)
        names.append(!person.name.isEmpty() ? person.name : person.email);
    names.removeAll(QString());
    return names.join(QStringLiteral(", "));
}

} // namespace

FeedArticles articlesFromFeed(const FeedDocument &feed, const QUrl &feedUrl)
{
    FeedArticles out;
    out.feedTitle = feed.title;
    out.siteUrl = feed.link.isEmpty() ? QUrl() : QUrl(feed.link);
    // Both are lower bounds on how often to ask: the larger one holds.
    const int ttl = feed.ttlMinutes.value_or(0);
    const int syndication = feed.updateIntervalMinutes.value_or(0);
    if (ttl > 0 || syndication > 0)
        out.refreshMinutes = qMax(ttl, syndication);
    out.articles.reserve(feed.entries.size());
    for (const FeedEntry &entry : feed.entries) {
        Article a;
        a.guid = entry.id;
        a.link = entry.link.isEmpty() ? QUrl() : feedUrl.resolved(QUrl(entry.link));
        a.title = entry.title;
        a.author = authorOf(entry.authors.isEmpty() ? feed.authors : entry.authors);
        a.published = entry.published.isValid() ? entry.published : entry.updated;
        a.updated = entry.updated;
        a.summary = entry.summary;
        SanitizeOptions options;
        options.baseUrl = a.link.isValid() ? a.link : feedUrl;
        const QString &body = !entry.contentHtml.isEmpty() ? entry.contentHtml : entry.summaryHtml;
        SanitizedHtml sanitized = !body.isEmpty() ? sanitizeHtmlWithText(body, options)
                                                  : plainTextAsHtml(entry.summary);
        a.contentHtml = std::move(sanitized.html);
        a.contentText = std::move(sanitized.text);
        for (const FeedCategory &category : entry.categories)
            a.tags.append(category.label.isEmpty() ? category.term : category.label);
        a.tags.removeDuplicates();
        a.tags.removeAll(QString());
        out.articles.append(std::move(a));
    }
    return out;
}
