#include "feed/feedencoding.h"

#include "charsetguess.h"

#include <QByteArrayView>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace FeedEncoding {

namespace {

struct Sniffed
{
    QByteArray name; // from BOM or byte pattern; empty if none
    qsizetype bomLength = 0;
};

Sniffed sniff(const QByteArray &b)
{
    const auto at = [&](qsizetype i) { return i < b.size() ? uchar(b[i]) : 0x100; };
    if (at(0) == 0x00 && at(1) == 0x00 && at(2) == 0xfe && at(3) == 0xff)
        return {"utf-32be", 4};
    if (at(0) == 0xff && at(1) == 0xfe && at(2) == 0x00 && at(3) == 0x00)
        return {"utf-32le", 4};
    if (at(0) == 0xef && at(1) == 0xbb && at(2) == 0xbf)
        return {"utf-8", 3};
    if (at(0) == 0xfe && at(1) == 0xff)
        return {"utf-16be", 2};
    if (at(0) == 0xff && at(1) == 0xfe)
        return {"utf-16le", 2};
    if (at(0) == 0x00 && at(1) == 0x00 && at(2) == 0x00 && at(3) == 0x3c)
        return {"utf-32be", 0};
    if (at(0) == 0x3c && at(1) == 0x00 && at(2) == 0x00 && at(3) == 0x00)
        return {"utf-32le", 0};
    if (at(0) == 0x00 && at(1) == 0x3c && at(2) == 0x00 && at(3) == 0x3f)
        return {"utf-16be", 0};
    if (at(0) == 0x3c && at(1) == 0x00 && at(2) == 0x3f && at(3) == 0x00)
        return {"utf-16le", 0};
    return {};
}

// encoding="..." of the XML declaration, read from ASCII-compatible bytes.
QByteArray declaredEncoding(QByteArrayView head)
{
    if (!head.startsWith("<?xml"))
        return {};
    const qsizetype end = head.indexOf("?>");
    const QByteArrayView decl =
            end < 0 ? head.first(qMin<qsizetype>(head.size(), 200)) : head.first(end);
    const qsizetype at = decl.indexOf("encoding");
    if (at < 0)
        return {};
    qsizetype i = at + 8;
    while (i < decl.size() && (decl[i] == ' ' || decl[i] == '=' || decl[i] == '\t'))
        ++i;
    if (i >= decl.size() || (decl[i] != '"' && decl[i] != '\''))
        return {};
    const char quote = decl[i];
    const qsizetype close = decl.indexOf(quote, i + 1);
    if (close < 0)
        return {};
    return decl.sliced(i + 1, close - i - 1).toByteArray().trimmed().toLower();
}

QByteArray asciiHead(const QByteArray &bytes, const QByteArray &wideEncoding, qsizetype bomLength)
{
    const QByteArray raw = bytes.mid(bomLength, 1024);
    if (wideEncoding.isEmpty() || wideEncoding == "utf-8")
        return raw;
    QStringDecoder decoder(wideEncoding.constData());
    return QString(decoder(raw)).toLatin1();
}

bool isUtf8Label(const QByteArray &l) { return l == "utf-8" || l == "utf8"; }

bool isAsciiLabel(const QByteArray &l)
{
    return l == "us-ascii" || l == "ascii" || l == "ansi_x3.4-1968";
}

bool isLatin1Label(const QByteArray &l)
{
    return l == "iso-8859-1" || l == "latin1" || l == "latin-1" || l == "iso8859-1" || l == "l1"
            || l == "iso_8859-1";
}

bool hasC1Bytes(QByteArrayView b)
{
    for (const char c : b) {
        if (uchar(c) >= 0x80 && uchar(c) <= 0x9f)
            return true;
    }
    return false;
}

bool isAscii(QByteArrayView b)
{
    for (const char c : b) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

void decodeWith(FeedDecodedText &out, const char *name, QByteArrayView body)
{
    QStringDecoder decoder(name);
    const QString text = decoder(body);
    if (decoder.hasError())
        out.errors << u"the document contains bytes that are not valid %1"_s.arg(
                QLatin1StringView(name));
    out.utf8 = text.toUtf8();
    // ICU's decoders may not say their name (tis-620): the label asked for is it.
    const char *used = decoder.name();
    out.encoding = QString::fromLatin1(used && *used ? used : name).toLower();
}

// Bytes that claim to be UTF-8 (or ASCII) but are not: windows-1252 is what
// such feeds almost always are.
void decodeUtf8OrRecover(FeedDecodedText &out, const QByteArray &bytes, qsizetype offset,
                         const QByteArray &label)
{
    const QByteArrayView body = QByteArrayView(bytes).sliced(offset);
    if (body.isValidUtf8()) {
        out.utf8 = offset == 0 ? bytes : body.toByteArray();
        out.encoding = u"utf-8"_s;
        if (!isUtf8Label(label) && !isAscii(body))
            out.errors << u"the document is declared as %1 but is UTF-8"_s.arg(
                    QString::fromLatin1(label));
        return;
    }
    out.errors << u"the document is declared as %1 but is not; decoded as windows-1252"_s.arg(
            QString::fromLatin1(label));
    decodeWith(out, "windows-1252", body);
}

} // namespace

QByteArray mediaType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

QByteArray charsetParameter(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const qsizetype eq = parts[i].indexOf('=');
        if (eq < 0)
            continue;
        if (parts[i].left(eq).trimmed().toLower() != "charset")
            continue;
        QByteArray value = parts[i].mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'')
            && value.back() == value.front())
            value = value.mid(1, value.size() - 2).trimmed();
        return value.toLower();
    }
    return {};
}

bool isXmlMediaType(const QByteArray &type)
{
    return type == "application/xml" || type == "text/xml" || type == "application/xml-dtd"
            || type == "application/xml-external-parsed-entity"
            || type == "text/xml-external-parsed-entity" || type.endsWith("+xml");
}

FeedDecodedText decode(const QByteArray &bytes, const QByteArray &contentType)
{
    FeedDecodedText out;
    const Sniffed sniffed = sniff(bytes);
    const QByteArray type = mediaType(contentType);
    const QByteArray httpCharset = charsetParameter(contentType);
    const QByteArray declared = declaredEncoding(asciiHead(bytes, sniffed.name, sniffed.bomLength));

    if (!type.isEmpty() && !isXmlMediaType(type) && type != "application/json"
        && type != "application/feed+json")
        out.errors << u"Content-Type %1 is not an XML media type"_s.arg(QString::fromLatin1(type));

    QByteArray label;
    if (sniffed.bomLength > 0) {
        label = sniffed.name;
    } else if (!httpCharset.isEmpty()) {
        label = httpCharset;
    } else if (type.startsWith("text/") && isXmlMediaType(type)) {
        label = "us-ascii"; // RFC 3023: text/*xml without charset
    } else if (!sniffed.name.isEmpty()) {
        label = sniffed.name;
        if (declared == "utf-16" || declared == "utf-32" || declared.isEmpty())
            label = sniffed.name;
    } else if (!declared.isEmpty()) {
        label = declared;
    } else {
        label = "utf-8";
    }
    if (label == "utf-16" || label == "utf16" || label == "u16")
        label = sniffed.name.startsWith("utf-16") ? sniffed.name : QByteArray("utf-16be");
    if (label == "utf-32" || label == "u32")
        label = sniffed.name.startsWith("utf-32") ? sniffed.name : QByteArray("utf-32be");
    if (label == "gb2312" || label == "gbk" || label == "x-gbk")
        label = "gb18030"; // superset, as browsers and feedparser read it

    const qsizetype offset = sniffed.bomLength;
    const QByteArrayView body = QByteArrayView(bytes).sliced(offset);
    // Nothing says (no BOM, no HTTP charset, no declaration) and the bytes are
    // not UTF-8: ask the detector before falling back to windows-1252.
    const bool undeclared = sniffed.name.isEmpty() && httpCharset.isEmpty() && declared.isEmpty();
    if (undeclared && (isUtf8Label(label) || isAsciiLabel(label)) && !body.isValidUtf8()) {
        if (const QByteArray guessed = CharsetGuess::guess(body); !guessed.isEmpty()) {
            out.errors << u"the document does not declare its encoding; detected %1"_s.arg(
                    QString::fromLatin1(guessed));
            label = guessed;
        }
    }
    if (isUtf8Label(label)) {
        decodeUtf8OrRecover(out, bytes, offset, label);
    } else if (isAsciiLabel(label)) {
        if (isAscii(body)) {
            out.utf8 = body.toByteArray();
            out.encoding = u"us-ascii"_s;
        } else {
            decodeUtf8OrRecover(out, bytes, offset, label);
        }
    } else if (isLatin1Label(label)) {
        if (hasC1Bytes(body)) {
            decodeWith(out, "windows-1252", body); // what browsers do with "iso-8859-1"
        } else {
            out.utf8 = QString::fromLatin1(body).toUtf8();
            out.encoding = u"iso-8859-1"_s;
        }
    } else if (QStringDecoder(label.constData()).isValid()) {
        decodeWith(out, label.constData(), body);
        if (label.startsWith("windows-") || label.startsWith("cp"))
            out.encoding = QString::fromLatin1(label);
    } else {
        out.errors << u"unknown character encoding '%1'"_s.arg(QString::fromLatin1(label));
        decodeUtf8OrRecover(out, bytes, offset, "utf-8");
    }
    return out;
}

} // namespace FeedEncoding
