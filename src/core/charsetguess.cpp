#include "charsetguess.h"

#include <memory>
#include <uchardet.h>

#include <QStringDecoder>

namespace CharsetGuess {

namespace {

// The detector settles within the first few hundred KB; the rest only costs.
constexpr qsizetype SampleBytes = 256 * 1024;
// Non-ASCII bytes needed before a single-byte guess beats windows-1252.
constexpr qsizetype SingleByteEvidence = 64;

struct DetectorDeleter
{
    void operator()(uchardet_t detector) const { uchardet_delete(detector); }
};

bool isMultiByte(const QByteArray &name)
{
    return name == "shift_jis" || name == "euc-jp" || name == "euc-kr" || name == "uhc"
            || name == "gb18030" || name == "big5" || name == "euc-tw" || name == "cp949"
            || name.startsWith("utf-16") || name.startsWith("utf-32");
}

bool isWesternLatin(const QByteArray &name)
{
    return name == "windows-1252" || name == "iso-8859-1" || name == "iso-8859-15"
            || name == "ascii" || name == "utf-8";
}

qsizetype nonAsciiBytes(QByteArrayView bytes)
{
    qsizetype n = 0;
    for (const char c : bytes)
        n += uchar(c) >= 0x80 ? 1 : 0;
    return n;
}

bool decodesCleanly(const char *name, QByteArrayView bytes)
{
    QStringDecoder decoder(name);
    if (!decoder.isValid())
        return false;
    (void)QString(decoder(bytes));
    return !decoder.hasError();
}

// uchardet's names that QStringDecoder (ICU) spells differently. uchardet
// says UHC (Unified Hangul Code, EUC-KR's superset) for all Korean: the
// name is EUC-KR's whenever EUC-KR reads every byte, as it names the feed.
QByteArray decoderName(const QByteArray &name, QByteArrayView sample)
{
    if (name == "uhc")
        return decodesCleanly("euc-kr", sample) ? QByteArray("euc-kr") : QByteArray("windows-949");
    if (name == "euc-tw")
        return "x-euc-tw";
    return name;
}

} // namespace

QByteArray guess(QByteArrayView bytes)
{
    const QByteArrayView sample = bytes.first(qMin(bytes.size(), SampleBytes));
    if (sample.isEmpty())
        return {};
    const std::unique_ptr<std::remove_pointer_t<uchardet_t>, DetectorDeleter> detector(
            uchardet_new());
    if (!detector)
        return {};
    if (uchardet_handle_data(detector.get(), sample.data(), size_t(sample.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    const QByteArray name = QByteArray(uchardet_get_charset(detector.get())).toLower();
    if (name.isEmpty() || isWesternLatin(name))
        return {};
    if (!isMultiByte(name) && nonAsciiBytes(sample) < SingleByteEvidence)
        return {};
    const QByteArray decoder = decoderName(name, sample);
    if (!QStringDecoder(decoder.constData()).isValid())
        return {};
    return decoder;
}

} // namespace CharsetGuess
