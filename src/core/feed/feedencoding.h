#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Character encoding detection for feed documents, as RFC 7303 (and feedparser)
// order it: a byte order mark first, then the charset of the HTTP Content-Type,
// then (text/* XML types without charset: us-ascii) the XML declaration, then
// UTF-8; bytes that declare nothing and are not UTF-8 go to CharsetGuess
// (Shift_JIS, EUC-KR...). Documents declared UTF-8/ASCII/Latin-1 that are
// really windows-1252 are recovered. The result is always UTF-8 so that
// libxml2 gets one encoding.
struct FeedDecodedText
{
    QByteArray utf8; // the document re-encoded as UTF-8, without BOM
    QString encoding; // the decoder actually used, lower-case IANA name
    QStringList errors; // recoverable problems (wrong declaration, bad bytes...)
};

namespace FeedEncoding {

FeedDecodedText decode(const QByteArray &bytes, const QByteArray &contentType);

// "text/xml; charset='us-ascii'" -> "text/xml" / "us-ascii" (lower case, unquoted)
QByteArray mediaType(const QByteArray &contentType);
QByteArray charsetParameter(const QByteArray &contentType);

// True for the XML media types of RFC 7303 (application/xml, text/xml, */*+xml...).
bool isXmlMediaType(const QByteArray &mediaType);

} // namespace FeedEncoding
