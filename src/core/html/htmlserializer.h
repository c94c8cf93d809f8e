#pragma once

// Serialisation of HtmlDom trees (internal to src/core/html).

#include "html/htmldom.h"

namespace HtmlDom {

// Text for an HTML text node: & < > and U+00A0 escaped.
void appendEscapedText(QStringView text, QString &out);
// Value for a double-quoted attribute: & " < > escaped.
void appendEscapedAttribute(QStringView value, QString &out);

// Serialises the children of `node` as HTML. Comments are dropped, every
// text and attribute value is escaped (also inside raw-text elements, which
// a sanitized tree never contains), void elements get no end tag.
// sizeHint: about how long the result will be (e.g. the input's length), to
// grow the string once instead of by doubling.
QString serializeChildren(const Node *node, qsizetype sizeHint = 0);

// Plain text of a subtree, as htmlToText() describes.
QString plainText(const Node *node, qsizetype sizeHint = 0);

bool isVoidElement(GumboTag tag);
bool isBlockForText(GumboTag tag);

} // namespace HtmlDom
