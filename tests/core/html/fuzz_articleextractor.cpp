// libFuzzer entry point for extractArticle() on whole pages (raw bytes, so
// the charset sniffing is fuzzed too). Built only with -DMASTHEAD_FUZZ=ON and
// clang; see tests/core/html/CMakeLists.txt for the build and seed commands.
// Any input must return without crashing, and the body it keeps must carry
// nothing executable.

#include "executablecheck.h"
#include "html/articleextractor.h"

#include <cstdint>
#include <cstdlib>

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ExtractedArticle article = extractArticle(
            bytes, QUrl(QStringLiteral("https://news.example.com/2024/01/story.html")));
    if (!ExecutableCheck::executableParts(article.html).isEmpty())
        std::abort(); // the body kept something executable
    return 0;
}
