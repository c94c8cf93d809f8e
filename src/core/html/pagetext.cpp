#include "html/pagetext.h"
#include "html/articleextractor.h"
#include "html/htmlsanitizer.h"
#include "html/htmltext.h"

using namespace Qt::StringLiterals;

PageText pageTextOf(const QByteArray &page, const QUrl &pageUrl)
{
    const ExtractedArticle extracted = extractArticle(page, pageUrl);
    QString html = extracted.html;
    if (html.trimmed().isEmpty())
        return {};
    // The lead image (og:image and the like) often sits outside the text
    // block; show it first when the body has no picture of its own.
    if (extracted.leadImage.isValid() && imageUrls(html, pageUrl).isEmpty()) {
        const QString lead = u"<figure><img src=\"%1\" alt=\"\"></figure>"_s.arg(
                extracted.leadImage.toString(QUrl::FullyEncoded).toHtmlEscaped());
        SanitizeOptions options;
        options.baseUrl = pageUrl;
        html = sanitizeHtml(lead + html, options);
    }
    return {html, htmlToText(html)};
}
