#include "article.h"
#include "category.h"
#include "textutil.h"

#include <QCryptographicHash>

#include <xxhash.h>

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

QByteArray articleContentHash(const QByteArray (&utf8)[5])
{
    // The fields end with a unit separator each, so moving text from one
    // field to the next changes the hash.
    QByteArray joined;
    qsizetype size = 0;
    for (const QByteArray &part : utf8)
        size += part.size() + 1;
    joined.reserve(size);
    for (const QByteArray &part : utf8) {
        joined += part;
        joined += '\x1f';
    }
    const XXH128_hash_t hash = XXH3_128bits(joined.constData(), size_t(joined.size()));
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, hash);
    return QByteArray(reinterpret_cast<const char *>(canonical.digest), sizeof canonical.digest).toHex();
}

QByteArray articleContentHash(const Article &article)
{
    const QByteArray utf8[5]{article.title.toUtf8(), article.author.toUtf8(), article.summary.toUtf8(),
                             article.contentHtml.toUtf8(), article.contentText.toUtf8()};
    return articleContentHash(utf8);
}

QByteArray legacyArticleContentHash(const Article &article)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &part : {article.title, article.author, article.summary,
                                article.contentHtml, article.contentText}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return hash.result().toHex();
}
