#pragma once

#include <QByteArray>
#include <QString>

namespace HtmlDom {

// Decodes the bytes of an HTML page: BOM first, then <meta charset> /
// http-equiv Content-Type / <?xml encoding?> in the first 4 KiB, then (bytes
// that are not UTF-8) what CharsetGuess detects, else UTF-8 (invalid
// sequences become U+FFFD). Latin-1 labels mean windows-1252, as in
// browsers; a declared UTF-16 without BOM means UTF-8.
QString decodeHtml(const QByteArray &bytes);

} // namespace HtmlDom
