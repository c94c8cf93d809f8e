#pragma once

#include <QByteArray>
#include <QStringList>

// Lexical repairs applied to a UTF-8 document before libxml2 sees it, for the
// damage feeds carry most often and that libxml2's recover mode would otherwise
// drop silently: undeclared HTML named entities (&nbsp; &eacute;) become numeric
// character references, a bare '&' becomes &amp;, a '<' that cannot open markup
// becomes &lt;, and control characters that XML forbids are removed. &lt; and
// &amp; are rewritten as numeric references: libxml2 reads those faster and,
// unlike named ones, keeps them after a well-formedness error; &gt; becomes a
// plain '>' (legal anywhere but after "]]"), which costs no reference. Comments,
// CDATA sections, processing instructions and the DOCTYPE are left alone.
// The buffer is copied only when something has to change.
namespace FeedXmlRepair {

struct Result
{
    bool changed = false;
    bool hasExternalDtd = false; // DOCTYPE with PUBLIC/SYSTEM id (may declare HTML entities)
    QStringList errors;
};

Result repair(QByteArray &utf8);

} // namespace FeedXmlRepair
