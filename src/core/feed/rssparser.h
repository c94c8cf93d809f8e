#pragma once

#include "feed/feeddocument.h"
#include "feed/feedxml.h"

// RSS 0.90, 0.91 (Netscape and UserLand), 0.92-0.94, 2.0 and RSS 1.0 (RDF),
// with the common extension modules and atom:link inside RSS.
namespace RssParser {

// root is <rss>, <rdf:RDF> or a bare <channel>.
bool isRssRoot(FeedXml::Document &doc, const xmlNode *root);
void parse(FeedXml::Document &doc, const xmlNode *root, const FeedXml::Scope &scope,
           FeedDocument &feed);

} // namespace RssParser
