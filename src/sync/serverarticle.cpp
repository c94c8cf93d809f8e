#include "serverarticle.h"
#include "feed/feedtext.h"
#include "html/htmlsanitizer.h"

using namespace Qt::StringLiterals;

namespace {

QString plain(const QString &text)
{
    return FeedText::looksLikeHtml(text) ? FeedText::htmlToPlainText(text) : FeedText::collapseWhitespace(text);
}

QUrl webLink(const QString &link)
{
    const QUrl url(link.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != "http"_L1 && scheme != "https"_L1) || url.host().isEmpty())
        return {};
    return url;
}

} // namespace

Article articleFromServer(const ServerArticleFields &fields)
{
    Article a;
    a.title = plain(fields.title);
    a.link = webLink(fields.link);
    a.author = plain(fields.author);
    a.published = fields.published.isValid() ? fields.published : fields.updated;
    a.updated = fields.updated;
    SanitizeOptions options;
    options.baseUrl = a.link;
    SanitizedHtml body = sanitizeHtmlWithText(fields.html, options);
    a.contentHtml = std::move(body.html);
    a.contentText = std::move(body.text);
    for (const QString &tag : fields.tags) {
        const QString clean = plain(tag);
        if (!clean.isEmpty() && !a.tags.contains(clean))
            a.tags.append(clean);
    }
    return a;
}
