#include "feed/opml.h"

#include "feed/feeddate.h"
#include "feed/feedencoding.h"
#include "feed/feedtext.h"
#include "feed/feedxml.h"
#include "feed/feedxmlrepair.h"

#include <cstring>
#include <libxml/parser.h>
#include <mutex>

#include <QLocale>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 maxOpmlBytes = 32 * 1024 * 1024;
constexpr int maxOutlineDepth = 64;
constexpr int maxOutlines = 200000;

// OPML attribute names are case-insensitive in the wild (xmlurl, XMLURL).
QString attribute(const xmlNode *node, const char *name)
{
    for (const xmlAttr *a = node->properties; a; a = a->next) {
        if (strcasecmp(reinterpret_cast<const char *>(a->name), name) != 0)
            continue;
        QString value;
        for (const xmlNode *c = a->children; c; c = c->next) {
            if (c->type == XML_TEXT_NODE && c->content)
                value += QString::fromUtf8(reinterpret_cast<const char *>(c->content));
        }
        return value.trimmed();
    }
    return {};
}

bool isNamed(const xmlNode *node, const char *name)
{
    return strcasecmp(reinterpret_cast<const char *>(FeedXml::Document::localName(node).data()),
                      name)
            == 0;
}

void readOutlines(const xmlNode *parent, QList<OpmlOutline> &out, int depth, int &count,
                  QStringList &errors)
{
    for (const xmlNode *n = FeedXml::firstElement(parent); n; n = FeedXml::nextElement(n)) {
        if (!isNamed(n, "outline"))
            continue;
        if (++count > maxOutlines) {
            errors << u"more than %1 outlines; the rest is ignored"_s.arg(maxOutlines);
            return;
        }
        OpmlOutline o;
        o.text = attribute(n, "text");
        o.title = attribute(n, "title");
        o.type = attribute(n, "type");
        o.xmlUrl = attribute(n, "xmlUrl");
        if (o.xmlUrl.isEmpty())
            o.xmlUrl = attribute(n, "url"); // OPML 1.0 generators
        o.htmlUrl = attribute(n, "htmlUrl");
        o.description = attribute(n, "description");
        if (depth < maxOutlineDepth)
            readOutlines(n, o.children, depth + 1, count, errors);
        else if (FeedXml::firstElement(n))
            errors << u"outlines nested deeper than %1 levels are ignored"_s.arg(maxOutlineDepth);
        out.append(std::move(o));
    }
}

QString rfc822(const QDateTime &date)
{
    return QLocale::c().toString(date.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
}

void writeOutline(QXmlStreamWriter &w, const OpmlOutline &o)
{
    w.writeStartElement(u"outline"_s);
    w.writeAttribute(u"text"_s,
                     o.text); // required by OPML 2.0; written as is for a lossless round trip
    const std::pair<const char16_t *, const QString *> attributes[] = {
            {u"title", &o.title},
            {u"type", &o.type},
            {u"xmlUrl", &o.xmlUrl},
            {u"htmlUrl", &o.htmlUrl},
            {u"description", &o.description}};
    for (const auto &[name, value] : attributes) {
        if (!value->isEmpty())
            w.writeAttribute(QString::fromUtf16(name), *value);
    }
    for (const OpmlOutline &child : o.children)
        writeOutline(w, child);
    w.writeEndElement();
}

void collect(const QList<OpmlOutline> &outlines, QStringList &path, QList<OpmlSubscription> &out)
{
    for (const OpmlOutline &o : outlines) {
        if (o.isFeed())
            out.append({path, o});
        if (!o.children.isEmpty()) {
            const bool folder = !o.isFeed();
            if (folder)
                path.append(!o.text.isEmpty() ? o.text : o.title);
            collect(o.children, path, out);
            if (folder)
                path.removeLast();
        }
    }
}

} // namespace

OpmlParseResult parseOpml(const QByteArray &bytes)
{
    static std::once_flag libxmlInitialised;
    std::call_once(libxmlInitialised, [] { xmlInitParser(); });
    OpmlParseResult result;
    if (bytes.trimmed().isEmpty()) {
        result.error = u"empty document"_s;
        return result;
    }
    if (bytes.size() > maxOpmlBytes) {
        result.error = u"document larger than %1 bytes"_s.arg(maxOpmlBytes);
        return result;
    }
    FeedDecodedText decoded = FeedEncoding::decode(bytes, {});
    const FeedXmlRepair::Result repaired = FeedXmlRepair::repair(decoded.utf8);
    FeedXml::Document doc;
    if (!doc.parse(decoded.utf8, 200)) {
        result.error = u"not an XML document"_s;
        return result;
    }
    const xmlNode *root = doc.root();
    if (!isNamed(root, "opml")) {
        result.error = u"no <opml> root element"_s;
        return result;
    }
    int count = 0;
    for (const xmlNode *n = FeedXml::firstElement(root); n; n = FeedXml::nextElement(n)) {
        if (isNamed(n, "head")) {
            for (const xmlNode *h = FeedXml::firstElement(n); h; h = FeedXml::nextElement(h)) {
                if (isNamed(h, "title"))
                    result.document.title = FeedText::collapseWhitespace(doc.text(h));
                else if (isNamed(h, "dateCreated"))
                    result.document.created = parseFeedDate(doc.text(h));
            }
        } else if (isNamed(n, "body")) {
            readOutlines(n, result.document.outlines, 0, count, result.errors);
        }
    }
    result.errors = decoded.errors + repaired.errors + doc.errors() + result.errors;
    result.wellformed = result.errors.isEmpty();
    result.ok = true;
    return result;
}

QByteArray writeOpml(const OpmlDocument &document)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument(u"1.0"_s);
    w.writeStartElement(u"opml"_s);
    w.writeAttribute(u"version"_s, u"2.0"_s);
    w.writeStartElement(u"head"_s);
    w.writeTextElement(u"title"_s, document.title);
    if (document.created.isValid())
        w.writeTextElement(u"dateCreated"_s, rfc822(document.created));
    w.writeEndElement();
    w.writeStartElement(u"body"_s);
    for (const OpmlOutline &o : document.outlines)
        writeOutline(w, o);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QList<OpmlSubscription> opmlSubscriptions(const OpmlDocument &document)
{
    QList<OpmlSubscription> out;
    QStringList path;
    collect(document.outlines, path, out);
    return out;
}
