#include "imagetype.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace {

bool startsWith(const QByteArray &bytes, qsizetype offset, QByteArrayView magic)
{
    return bytes.size() >= offset + magic.size() && QByteArrayView(bytes).sliced(offset, magic.size()) == magic;
}

// ISO base media file with an AVIF brand ("avif" still, "avis" sequence) as
// its major brand or among the compatible brands of the ftyp box.
bool isAvif(const QByteArray &bytes)
{
    if (!startsWith(bytes, 4, "ftyp") || bytes.size() < 16)
        return false;
    const auto be32 = [&](qsizetype at) {
        return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16)
                | (quint32(quint8(bytes[at + 2])) << 8) | quint32(quint8(bytes[at + 3]));
    };
    const qsizetype boxSize = qMin<qsizetype>(be32(0), bytes.size());
    for (qsizetype at = 8; at + 4 <= boxSize; at += 4) {
        if (at == 12)
            continue; // minor version, not a brand
        const QByteArrayView brand = QByteArrayView(bytes).sliced(at, 4);
        if (brand == "avif" || brand == "avis")
            return true;
    }
    return false;
}

} // namespace

ImageType sniffImageType(const QByteArray &bytes)
{
    if (startsWith(bytes, 0, "\x89PNG\r\n\x1a\n"))
        return {u"image/png"_s, u"png"_s};
    if (startsWith(bytes, 0, "\xff\xd8\xff"))
        return {u"image/jpeg"_s, u"jpg"_s};
    if (startsWith(bytes, 0, "GIF87a") || startsWith(bytes, 0, "GIF89a"))
        return {u"image/gif"_s, u"gif"_s};
    if (startsWith(bytes, 0, "RIFF") && startsWith(bytes, 8, "WEBP"))
        return {u"image/webp"_s, u"webp"_s};
    if (isAvif(bytes))
        return {u"image/avif"_s, u"avif"_s};
    return {};
}

QString imageMimeTypeForExtension(QStringView extension)
{
    for (const ImageType &t : {ImageType{u"image/png"_s, u"png"_s}, ImageType{u"image/jpeg"_s, u"jpg"_s},
                               ImageType{u"image/gif"_s, u"gif"_s}, ImageType{u"image/webp"_s, u"webp"_s},
                               ImageType{u"image/avif"_s, u"avif"_s}}) {
        if (extension == t.extension)
            return t.mimeType;
    }
    return {};
}

QString imageCacheKey(const QUrl &url)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(url.toString(QUrl::FullyEncoded).toUtf8(), QCryptographicHash::Sha256)
                    .toHex());
}

bool isImageCacheKey(QStringView key)
{
    if (key.size() != 64)
        return false;
    for (QChar c : key) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QString imageCacheScheme()
{
    return u"masthead-cache"_s;
}

QString imageCacheUrl(const QString &key)
{
    return imageCacheScheme() + u':' + key;
}
