#include "article.h"
#include "category.h"
#include "textutil.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace TextUtil {

QString simplified(QStringView text)
{
    return text.toString().simplified();
}

QString creditHost(const QUrl &url)
{
    QString host = url.host().toLower();
    if (host.startsWith("www."_L1))
        host.remove(0, 4);
    return host;
}

QString elide(QStringView text, int maxChars)
{
    const QString clean = simplified(text);
    if (clean.size() <= maxChars || maxChars < 2)
        return clean;
    qsizetype cut = clean.lastIndexOf(u' ', maxChars - 1);
    if (cut < maxChars / 2)
        cut = maxChars - 1;
    QString out = clean.left(cut);
    while (!out.isEmpty() && (out.back().isPunct() || out.back().isSpace()))
        out.chop(1);
    return out + QChar(0x2026);
}

} // namespace TextUtil

QStringList splitCategoryPath(const QString &path)
{
    QStringList segments;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        const QString name = part.simplified();
        if (!name.isEmpty())
            segments.append(name);
    }
    return segments;
}

QString joinCategoryPath(const QStringList &segments)
{
    return segments.join(u'/');
}

QString articleDedupeKey(const Article &article)
{
    if (!article.guid.isEmpty())
        return "g:"_L1 + article.guid;
    if (article.link.isValid() && !article.link.isEmpty())
        return "l:"_L1 + article.link.toString(QUrl::FullyEncoded);
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(article.title.toUtf8());
    hash.addData("\n");
    hash.addData(article.published.toUTC().toString(Qt::ISODate).toUtf8());
    return "h:"_L1 + QString::fromLatin1(hash.result().toHex());
}

QByteArray articleContentHash(const Article &article)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &part : {article.title, article.author, article.summary,
                                article.contentHtml, article.contentText}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return hash.result().toHex();
}
