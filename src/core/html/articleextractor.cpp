#include "html/articleextractor.h"

#include "html/htmlserializer.h"
#include "html/readability.h"
#include "html/sanitizepolicy.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace HtmlDom;

namespace {

// What Readability does not look at: language, lead image, more date
// sources, citation_* tags and <base href>. Read before the page is mutated.
struct PageExtras
{
    QString language;
    QUrl leadImage;
    QUrl baseUrl;
    QString published;
    QString citationTitle;
    QStringList citationAuthors;
};

QDateTime parseDate(const QString &value)
{
    const QString s = value.trimmed();
    if (s.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::ISODate);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::RFC2822Date);
    if (!dt.isValid()) {
        static const QRegularExpression isoPrefix(u"^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(:\\d{2})?)"_s);
        if (const auto m = isoPrefix.match(s); m.hasMatch())
            dt = QDateTime::fromString(m.captured(1) + u'T' + m.captured(2), Qt::ISODate);
    }
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc());
    return dt.toUTC();
}

PageExtras collectExtras(const Document &doc, const QUrl &url)
{
    PageExtras extras;
    extras.baseUrl = url;
    if (Node *html = doc.documentElement())
        extras.language = html->attribute(u"lang").trimmed();
    QString ogImage;
    QString twitterImage;
    QString itemDate;
    QString citationDate;
    QString dcDate;
    QString timeDate;
    for (const Node *n = doc.root(); n; n = nextInTree(n, doc.root())) {
        if (n->is(GUMBO_TAG_BASE) && extras.baseUrl == url && n->hasAttribute(u"href")) {
            const QUrl base = url.resolved(QUrl(n->attribute(u"href").trimmed()));
            if (base.isValid() && (base.scheme() == u"http" || base.scheme() == u"https"))
                extras.baseUrl = base;
        } else if (n->is(GUMBO_TAG_META)) {
            const QString key = (n->attribute(u"property") + n->attribute(u"name")
                                 + n->attribute(u"itemprop") + n->attribute(u"http-equiv"))
                                    .trimmed()
                                    .toLower();
            const QString content = n->attribute(u"content").trimmed();
            if (content.isEmpty())
                continue;
            if (key == u"og:image" || key == u"og:image:url" || key == u"og:image:secure_url") {
                if (ogImage.isEmpty())
                    ogImage = content;
            } else if (key == u"twitter:image" || key == u"twitter:image:src") {
                if (twitterImage.isEmpty())
                    twitterImage = content;
            } else if (key == u"datepublished" || key == u"article:published" || key == u"pubdate"
                       || key == u"publishdate" || key == u"date") {
                if (itemDate.isEmpty())
                    itemDate = content;
            } else if (key == u"citation_publication_date" || key == u"citation_date"
                       || key == u"citation_online_date") {
                if (citationDate.isEmpty())
                    citationDate = content;
            } else if (key == u"dc.date" || key == u"dc.date.issued" || key == u"dcterms.date"
                       || key == u"dcterms.created") {
                if (dcDate.isEmpty())
                    dcDate = content;
            } else if (key == u"citation_title") {
                extras.citationTitle = content;
            } else if (key == u"citation_author") {
                extras.citationAuthors.append(content);
            } else if (key == u"content-language" || key == u"og:locale") {
                if (extras.language.isEmpty())
                    extras.language = content.section(u',', 0, 0).replace(u'_', u'-').trimmed();
            }
        } else if (n->is(GUMBO_TAG_TIME) && timeDate.isEmpty()) {
            timeDate = n->attribute(u"datetime");
        }
    }
    const QString image = !ogImage.isEmpty() ? ogImage : twitterImage;
    if (!image.isEmpty()) {
        const QUrl resolved = url.resolved(QUrl(image));
        if (resolved.scheme() == u"http" || resolved.scheme() == u"https")
            extras.leadImage = resolved;
    }
    for (const QString &d : {itemDate, citationDate, dcDate, timeDate}) {
        if (parseDate(d).isValid()) {
            extras.published = d;
            break;
        }
    }
    return extras;
}

// The extractor wraps its result in <div id="readability-page-1">: unwrap it.
Node *contentRoot(Node *articleContent)
{
    Node *only = articleContent->firstElementChild();
    if (only && !only->nextElementSibling() && only->id() == u"readability-page-1")
        return only;
    return articleContent;
}

// Readability-style scoring looks at subtrees from every level, so its cost
// grows with depth × size: the extractor gets tighter limits than the sanitizer.
constexpr int ExtractionMaxDepth = 100;
constexpr qsizetype ExtractionMaxBytes = 8 * 1024 * 1024;

} // namespace

ExtractedArticle extractArticle(const QByteArray &pageBytes, const QUrl &url)
{
    const auto doc = parseDocument(decodeHtml(pageBytes.left(2 * ExtractionMaxBytes)).toUtf8(),
                                   ExtractionMaxDepth, ExtractionMaxBytes);
    ExtractedArticle article;
    article.readerable = Readability::isProbablyReaderable(*doc);
    const PageExtras extras = collectExtras(*doc, url);

    Readability readability(*doc);
    Node *content = readability.parse();
    const PageMetadata &meta = readability.metadata();
    article.title = meta.title.simplified();
    if (article.title.isEmpty())
        article.title = extras.citationTitle.simplified();
    article.byline = readability.byline().simplified();
    if (article.byline.isEmpty())
        article.byline = extras.citationAuthors.join(u", ");
    article.excerpt = meta.excerpt;
    article.siteName = meta.siteName;
    article.published = parseDate(meta.publishedTime);
    if (!article.published.isValid())
        article.published = parseDate(extras.published);
    article.language = !readability.language().trimmed().isEmpty() ? readability.language().trimmed()
                                                                   : extras.language;
    article.leadImage = extras.leadImage;

    if (content) {
        Node *root = contentRoot(content);
        SanitizeOptions options;
        options.baseUrl = extras.baseUrl;
        QList<QUrl> images;
        sanitizeChildren(*doc, root, options, &images);
        article.html = serializeChildren(root);
        article.text = plainText(root);
        if (!article.leadImage.isValid() && !images.isEmpty())
            article.leadImage = images.first();
    }
    return article;
}
