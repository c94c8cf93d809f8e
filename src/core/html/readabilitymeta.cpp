// Article metadata of the extractor: <title>, meta tags and JSON-LD.

#include "html/readability.h"
#include "html/readabilityutil.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace HtmlDom {

namespace {

QString unescapeHtmlEntities(const QString &str)
{
    if (str.isEmpty())
        return str;
    static const QRegularExpression named(u"&(quot|amp|apos|lt|gt);"_s);
    static const QRegularExpression numeric(u"&#(?:x([0-9a-f]+)|([0-9]+));"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype last = 0;
    auto it = named.globalMatch(str);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(str).mid(last, m.capturedStart() - last);
        const QString tag = m.captured(1);
        out += tag == u"quot" ? u"\""_s
            : tag == u"amp"   ? u"&"_s
            : tag == u"apos"  ? u"'"_s
            : tag == u"lt"    ? u"<"_s
                              : u">"_s;
        last = m.capturedEnd();
    }
    out += QStringView(str).mid(last);
    QString result;
    last = 0;
    auto it2 = numeric.globalMatch(out);
    while (it2.hasNext()) {
        const auto m = it2.next();
        result += QStringView(out).mid(last, m.capturedStart() - last);
        bool ok = false;
        qulonglong num = m.captured(1).isEmpty() ? m.captured(2).toULongLong(&ok)
                                                 : m.captured(1).toULongLong(&ok, 16);
        if (!ok || num == 0 || num > 0x10FFFF || (num >= 0xD800 && num <= 0xDFFF))
            num = 0xFFFD;
        const char32_t cp = char32_t(num);
        result += QString::fromUcs4(&cp, 1);
        last = m.capturedEnd();
    }
    result += QStringView(out).mid(last);
    return result;
}

const QRegularExpression &jsonLdArticleTypes()
{
    static const QRegularExpression re(
        u"^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference$"_s);
    return re;
}

bool isArticleType(const QJsonValue &type)
{
    return type.isString() && jsonLdArticleTypes().match(type.toString()).hasMatch();
}

} // namespace

PageMetadata Readability::jsonLd()
{
    static const QRegularExpression cdata(u"^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$"_s);
    static const QRegularExpression schemaOrg(u"^https?\\:\\/\\/schema\\.org\\/?$"_s);
    for (Node *script : elementsByTag(m_doc.root(), {GUMBO_TAG_SCRIPT})) {
        if (script->attribute(u"type") != u"application/ld+json")
            continue;
        QString content = textContent(script);
        content.remove(cdata);
        const QJsonDocument json = QJsonDocument::fromJson(content.toUtf8());
        QJsonObject parsed;
        if (json.isArray()) {
            bool found = false;
            for (const QJsonValue &item : json.array()) {
                if (isArticleType(item.toObject().value(u"@type"))) {
                    parsed = item.toObject();
                    found = true;
                    break;
                }
            }
            if (!found)
                continue;
        } else if (json.isObject()) {
            parsed = json.object();
        } else {
            continue;
        }
        const QJsonValue context = parsed.value(u"@context");
        const QJsonValue vocab = context.toObject().value(u"@vocab");
        const bool schemaContext = (context.isString() && schemaOrg.match(context.toString()).hasMatch())
            || (context.isObject() && vocab.isString() && schemaOrg.match(vocab.toString()).hasMatch());
        if (!schemaContext)
            continue;
        if (parsed.value(u"@type").isUndefined() && parsed.value(u"@graph").isArray()) {
            QJsonObject found;
            bool bad = false;
            for (const QJsonValue &item : parsed.value(u"@graph").toArray()) {
                const QJsonValue type = item.toObject().value(u"@type");
                if (!type.isUndefined() && !type.isString()) {
                    bad = true; // Readability's .match() throws on non-strings
                    break;
                }
                if (isArticleType(type)) {
                    found = item.toObject();
                    break;
                }
            }
            if (bad)
                continue;
            parsed = found;
        }
        if (!isArticleType(parsed.value(u"@type")))
            continue;

        PageMetadata meta;
        const QJsonValue name = parsed.value(u"name");
        const QJsonValue headline = parsed.value(u"headline");
        if (name.isString() && headline.isString() && name.toString() != headline.toString()) {
            const QString title = articleTitle();
            const bool nameMatches = textSimilarity(name.toString(), title) > 0.75;
            const bool headlineMatches = textSimilarity(headline.toString(), title) > 0.75;
            meta.title = headlineMatches && !nameMatches ? headline.toString() : name.toString();
        } else if (name.isString()) {
            meta.title = name.toString().trimmed();
        } else if (headline.isString()) {
            meta.title = headline.toString().trimmed();
        }
        const QJsonValue author = parsed.value(u"author");
        if (author.isObject() && author.toObject().value(u"name").isString()) {
            meta.byline = author.toObject().value(u"name").toString().trimmed();
        } else if (author.isArray() && !author.toArray().isEmpty()
                   && author.toArray().first().toObject().value(u"name").isString()) {
            QStringList names;
            for (const QJsonValue &a : author.toArray()) {
                if (a.toObject().value(u"name").isString())
                    names.append(a.toObject().value(u"name").toString().trimmed());
            }
            meta.byline = names.join(u", ");
        }
        if (parsed.value(u"description").isString())
            meta.excerpt = parsed.value(u"description").toString().trimmed();
        const QJsonValue publisher = parsed.value(u"publisher");
        if (publisher.isObject() && publisher.toObject().value(u"name").isString())
            meta.siteName = publisher.toObject().value(u"name").toString().trimmed();
        if (parsed.value(u"datePublished").isString())
            meta.publishedTime = parsed.value(u"datePublished").toString().trimmed();
        return meta;
    }
    return {};
}

PageMetadata Readability::articleMetadata(const PageMetadata &jsonLd)
{
    static const QRegularExpression propertyPattern(
        u"\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|site_name)\\s*"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression namePattern(
        u"^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\\s*[-\\.:]\\s*)?(author|creator|pub-date|description|title|site_name)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression whitespace(u"\\s"_s);
    QHash<QString, QString> values;
    for (const Node *meta : elementsByTag(m_doc.root(), {GUMBO_TAG_META})) {
        const QString content = meta->attribute(u"content");
        if (content.isEmpty())
            continue;
        const QString elementName = meta->attribute(u"name");
        const QString elementProperty = meta->attribute(u"property");
        bool matched = false;
        if (!elementProperty.isEmpty()) {
            const auto m = propertyPattern.match(elementProperty);
            if (m.hasMatch()) {
                matched = true;
                values.insert(m.captured(0).toLower().remove(whitespace), content.trimmed());
            }
        }
        if (!matched && !elementName.isEmpty() && namePattern.match(elementName).hasMatch()) {
            const QString key = elementName.toLower().remove(whitespace).replace(u'.', u':');
            values.insert(key, content.trimmed());
        }
    }
    auto first = [&values](std::initializer_list<const char16_t *> keys) {
        for (const char16_t *k : keys) {
            const QString v = values.value(QString::fromUtf16(k));
            if (!v.isEmpty())
                return v;
        }
        return QString();
    };

    PageMetadata metadata;
    metadata.title = jsonLd.title;
    if (metadata.title.isEmpty())
        metadata.title = first({u"dc:title", u"dcterm:title", u"og:title", u"weibo:article:title",
                                u"weibo:webpage:title", u"title", u"twitter:title", u"parsely-title"});
    if (metadata.title.isEmpty())
        metadata.title = articleTitle();
    QString articleAuthor = values.value(u"article:author"_s);
    if (QUrl(articleAuthor, QUrl::StrictMode).isValid() && !QUrl(articleAuthor).scheme().isEmpty())
        articleAuthor.clear(); // a profile URL, not a name
    metadata.byline = !jsonLd.byline.isEmpty()
        ? jsonLd.byline
        : first({u"dc:creator", u"dcterm:creator", u"author", u"parsely-author"});
    if (metadata.byline.isEmpty())
        metadata.byline = articleAuthor;
    metadata.excerpt = !jsonLd.excerpt.isEmpty()
        ? jsonLd.excerpt
        : first({u"dc:description", u"dcterm:description", u"og:description",
                 u"weibo:article:description", u"weibo:webpage:description", u"description",
                 u"twitter:description"});
    metadata.siteName = !jsonLd.siteName.isEmpty() ? jsonLd.siteName : first({u"og:site_name"});
    metadata.publishedTime = !jsonLd.publishedTime.isEmpty()
        ? jsonLd.publishedTime
        : first({u"article:published_time", u"parsely-pub-date"});

    metadata.title = unescapeHtmlEntities(metadata.title);
    metadata.byline = unescapeHtmlEntities(metadata.byline);
    metadata.excerpt = unescapeHtmlEntities(metadata.excerpt);
    metadata.siteName = unescapeHtmlEntities(metadata.siteName);
    metadata.publishedTime = unescapeHtmlEntities(metadata.publishedTime);
    return metadata;
}

QString Readability::articleTitle() const
{
    QString origTitle;
    for (const Node *n = m_doc.root(); n; n = nextInTree(n, m_doc.root())) {
        if (n->is(GUMBO_TAG_TITLE) && n->ns == GUMBO_NAMESPACE_HTML) {
            for (const Node *c = n->firstChild; c; c = c->next) {
                if (c->isText())
                    origTitle += c->text;
            }
            break;
        }
    }
    static const QRegularExpression asciiSpace(u"[\\t\\n\\f\\r ]+"_s);
    origTitle = origTitle.replace(asciiSpace, u" "_s).trimmed();
    QString curTitle = origTitle;
    bool hadHierarchicalSeparators = false;

    static const QRegularExpression separator(u" [\\|\\-–—\\\\\\/>»] "_s);
    static const QRegularExpression hierarchical(u" [\\\\\\/>»] "_s);
    static const QRegularExpression firstPart(u"^[^\\|\\-–—\\\\\\/>»]*[\\|\\-–—\\\\\\/>»]"_s);
    static const QRegularExpression separators(u"[\\|\\-–—\\\\\\/>»]+"_s);

    if (separator.match(curTitle).hasMatch()) {
        hadHierarchicalSeparators = hierarchical.match(curTitle).hasMatch();
        qsizetype lastSeparator = -1;
        for (auto it = separator.globalMatch(origTitle); it.hasNext();)
            lastSeparator = it.next().capturedStart();
        curTitle = origTitle.left(lastSeparator);
        if (wordCount(curTitle) < 3)
            curTitle = QString(origTitle).remove(firstPart);
    } else if (curTitle.contains(u": ")) {
        const QString trimmed = curTitle.trimmed();
        bool match = false;
        for (const Node *h : elementsByTag(m_doc.root(), {GUMBO_TAG_H1, GUMBO_TAG_H2})) {
            if (textContent(h).trimmed() == trimmed) {
                match = true;
                break;
            }
        }
        if (!match) {
            curTitle = origTitle.mid(origTitle.lastIndexOf(u':') + 1);
            if (wordCount(curTitle) < 3)
                curTitle = origTitle.mid(origTitle.indexOf(u':') + 1);
            else if (wordCount(origTitle.left(origTitle.indexOf(u':'))) > 5)
                curTitle = origTitle;
        }
    } else if (curTitle.size() > 150 || curTitle.size() < 15) {
        const QList<Node *> hOnes = elementsByTag(m_doc.root(), {GUMBO_TAG_H1});
        if (hOnes.size() == 1)
            curTitle = innerText(hOnes.first());
    }

    curTitle = collapseSpaceRuns(curTitle.trimmed());
    const int curTitleWordCount = wordCount(curTitle);
    if (curTitleWordCount <= 4
        && (!hadHierarchicalSeparators
            || curTitleWordCount != wordCount(QString(origTitle).remove(separators)) - 1)) {
        // Readability keeps short titles whole. Masthead wants the headline
        // without the site name: keep the short form when a heading says so.
        bool headingMatches = false;
        if (curTitleWordCount >= 2 && curTitle != origTitle) {
            for (const Node *h : elementsByTag(m_doc.root(), {GUMBO_TAG_H1, GUMBO_TAG_H2})) {
                if (textContent(h).simplified().compare(curTitle, Qt::CaseInsensitive) == 0) {
                    headingMatches = true;
                    break;
                }
            }
        }
        if (!headingMatches)
            curTitle = origTitle;
    }
    return curTitle;
}

} // namespace HtmlDom
