// libFuzzer entry point for the sanitizer on whole pages: sanitizeHtml(),
// sanitizeHtmlWithText(), imageUrls() and htmlToText() on the decoded bytes.
// Built only with -DMASTHEAD_FUZZ=ON and clang; see
// tests/core/html/CMakeLists.txt for the build and seed commands.
// Any input must return without crashing, the output must carry nothing
// executable (checked by an independent re-parse), and both entry points
// must agree.

#include "executablecheck.h"
#include "html/htmlcharset.h"
#include "html/htmlsanitizer.h"
#include "html/htmltext.h"

#include <cstdint>
#include <cstdlib>

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString page = HtmlDom::decodeHtml(bytes);
    SanitizeOptions options;
    options.baseUrl = QUrl(QStringLiteral("https://news.example.com/2024/01/story.html"));
    const QString html = sanitizeHtml(page, options);
    if (!ExecutableCheck::executableParts(html).isEmpty())
        std::abort(); // something executable survived
    const SanitizedHtml both = sanitizeHtmlWithText(page, options);
    if (both.html != html)
        std::abort(); // the two entry points disagree
    (void)imageUrls(page, options.baseUrl);
    (void)htmlToText(page);
    (void)plainTextAsHtml(page);
    return 0;
}
