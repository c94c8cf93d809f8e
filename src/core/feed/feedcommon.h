#pragma once

#include "feed/feeddocument.h"
#include "feed/feedxml.h"

// Pieces shared by the RSS and Atom readers: people, links, text values.
namespace FeedCommon {

struct TextValue
{
    QString plain;
    QString html; // empty when the source carried no markup
};

// "email (Name)", "Name <email>", "Name", "email" -> name/email.
FeedPerson personFromText(const QString &text);
FeedPerson splitPerson(const QString &text); // without normalising the name

// A value that may be HTML (RSS title/description, iTunes summary...): markup
// detection decides whether an html twin is kept. Child elements written
// unescaped inside the element count as markup.
TextValue looseText(FeedXml::Document &doc, const xmlNode *node, const FeedXml::Scope &scope);
// A plain value: whitespace collapsed, no markup interpretation.
QString plainText(FeedXml::Document &doc, const xmlNode *node);
QString urlValue(FeedXml::Document &doc, const xmlNode *node, const FeedXml::Scope &scope);
QString resolve(const QString &reference, const FeedXml::Scope &scope);

std::optional<qint64> parseLength(const QString &text);

void addLink(QList<FeedLink> &links, const FeedLink &link);
void addEnclosure(QList<FeedEnclosure> &enclosures, const FeedEnclosure &enclosure);
void addCategory(QList<FeedCategory> &categories, const FeedCategory &category);
void addPerson(QList<FeedPerson> &people, const FeedPerson &person);

// <atom:link> (or Atom <link>) read into a FeedLink; href resolved.
FeedLink atomLink(const xmlNode *node, const FeedXml::Scope &scope);

} // namespace FeedCommon
