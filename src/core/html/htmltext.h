#pragma once

#include <QString>
#include <QStringView>

// Plain text of an HTML fragment or document: block elements (paragraphs,
// headings, list items, quotes, table rows…) are separated by a blank line,
// <br> becomes a line break, other whitespace is collapsed to one space.
// Script, style and other non-content elements are skipped.
QString htmlToText(QStringView html);
