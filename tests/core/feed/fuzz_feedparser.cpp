// libFuzzer entry point for the feed and OPML parsers. Built only with
// -DMASTHEAD_FUZZ=ON and clang:
//   cmake -S . -B build-fuzz -G Ninja -DMASTHEAD_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++
//   cmake --build build-fuzz --target fuzz_feedparser
//   build-fuzz/tests/core/feed/fuzz_feedparser -max_total_time=300 -rss_limit_mb=1024 CORPUS_DIR
// Any input must return without crashing, and no local file may leak out.

#include "feed/feedjson.h"
#include "feed/feedparser.h"
#include "feed/opml.h"

#include <cstdint>
#include <cstdlib>

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    FeedParseOptions options;
    options.documentUrl = QUrl(QStringLiteral("http://example.com/feed"));
    const FeedParseResult result = FeedParser::parse(bytes, options);
    const QByteArray json = QJsonDocument(feedToJson(result.feed)).toJson(QJsonDocument::Compact);
    if (json.contains("root:x:0:0"))
        std::abort(); // external entity content leaked
    const OpmlParseResult opml = parseOpml(bytes);
    if (opml.ok)
        (void)writeOpml(opml.document);
    return 0;
}
