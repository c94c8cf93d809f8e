#pragma once

#include "feed/feeddocument.h"
#include "feed/feedxml.h"

// Atom 1.0 (RFC 4287) and Atom 0.3, with the extension modules shared with RSS.
namespace AtomParser {

bool isAtomRoot(FeedXml::Document &doc, const xmlNode *root);
void parse(FeedXml::Document &doc, const xmlNode *root, const FeedXml::Scope &scope,
           FeedDocument &feed);

} // namespace AtomParser
