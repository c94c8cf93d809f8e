#include "favicon.h"

#include "html/htmldom.h"
#include "imagetype.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Favicon {

QUrl fromPage(const QByteArray &pageBytes, const QUrl &pageUrl)
{
    using namespace HtmlDom;
    const auto doc = parseDocument(decodeHtml(pageBytes));
    const QUrl base = baseUrl(doc->root(), pageUrl);
    QUrl touch;
    for (Node *link : elementsByTag(doc->root(), {GUMBO_TAG_LINK})) {
        const QStringList rels = link->attribute(u"rel").toLower().split(u' ', Qt::SkipEmptyParts);
        const QString href = link->attribute(u"href").trimmed();
        if (href.isEmpty() || href.startsWith("data:"_L1, Qt::CaseInsensitive))
            continue;
        const QUrl url = base.resolved(QUrl(href));
        if (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)
            continue;
        if (link->attribute(u"type").trimmed().toLower() == "image/svg+xml"_L1
            || url.path().endsWith(".svg"_L1, Qt::CaseInsensitive))
            continue; // not a kind the cache keeps
        if (rels.contains("icon"_L1))
            return url;
        if (rels.contains("apple-touch-icon"_L1) && !touch.isValid())
            touch = url;
    }
    return touch;
}

QUrl fallback(const QUrl &pageUrl)
{
    QUrl url = pageUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    url.setPath(u"/favicon.ico"_s);
    return url;
}

bool isIcon(const QByteArray &bytes)
{
    if (bytes.size() >= 6 && bytes.startsWith(QByteArrayView("\0\0\1\0", 4)) && bytes[4] | bytes[5])
        return true; // ICO: reserved 0, type 1, at least one image
    return sniffImageType(bytes).isValid();
}

QString fileNameFor(const QUrl &site)
{
    const QByteArray host = site.host().toLower().toUtf8() + ':' + QByteArray::number(site.port(-1));
    return QString::fromLatin1(QCryptographicHash::hash(host, QCryptographicHash::Sha256).toHex().left(32))
            + u".icon"_s;
}

} // namespace Favicon
