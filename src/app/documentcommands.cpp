#include "documentcommands.h"
#include "feed/feedjson.h"
#include "feed/feedparser.h"
#include "html/articleextractor.h"
#include "html/htmlsanitizer.h"
#include "html/htmlcharset.h"
#include "imagetype.h"
#include "output.h"

#include <QFile>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 MaxInputBytes = 64 * 1024 * 1024;
}

DocumentCommands::DocumentCommands(const Invocation &invocation, Output &out)
    : m_inv(invocation), m_out(out)
{
}

Result<QByteArray> DocumentCommands::input() const
{
    if (m_inv.arguments.size() != 1)
        return makeError(Error::Usage, tr("give one file, or - for standard input"));
    const QString name = m_inv.arguments.first();
    QFile file(name);
    const bool ok = name == "-"_L1 ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!ok)
        return makeError(Error::BadInput, tr("cannot read %1: %2").arg(name, file.errorString()));
    QByteArray bytes = file.read(MaxInputBytes + 1);
    if (bytes.size() > MaxInputBytes)
        return makeError(Error::BadInput, tr("%1 is larger than %2 MB").arg(name).arg(MaxInputBytes >> 20));
    return bytes;
}

int DocumentCommands::parse()
{
    auto bytes = input();
    if (!bytes)
        return m_out.fail(u"parse"_s, bytes.error());
    FeedParseOptions options;
    if (m_inv.has(u"base-url"_s))
        options.baseUrl = QUrl(m_inv.option(u"base-url"_s));
    options.contentType = m_inv.option(u"content-type"_s).toUtf8();
    for (const QString &header : m_inv.options.values(u"header"_s)) {
        const qsizetype colon = header.indexOf(u':');
        if (colon <= 0)
            return m_out.fail(u"parse"_s, makeError(Error::Usage, tr("--header takes \"Name: value\"")));
        const QString name = header.left(colon).trimmed().toLower();
        const QString value = header.mid(colon + 1).trimmed();
        if (name == "content-location"_L1 && !m_inv.has(u"base-url"_s))
            options.baseUrl = QUrl(value);
        else if (name == "content-language"_L1)
            options.contentLanguage = value;
        else if (name == "content-type"_L1 && options.contentType.isEmpty())
            options.contentType = value.toUtf8();
    }
    const FeedParseResult result = FeedParser::parse(bytes.value(), options);
    if (!result.isFeed)
        return m_out.fail(u"parse"_s, makeError(Error::BadInput, result.error));
    if (m_inv.json) {
        m_out.json(QJsonDocument(feedToJson(result.feed)));
        return 0;
    }
    const FeedDocument &feed = result.feed;
    m_out.line(tr("%1 (%2, %3)").arg(feed.title.isEmpty() ? tr("(untitled feed)") : feed.title,
                                     feedToJson(feed).value("format"_L1).toString(), feed.encoding));
    if (!feed.link.isEmpty())
        m_out.line(feed.link);
    m_out.line(tr("%n entries", nullptr, int(feed.entries.size())));
    for (const FeedEntry &entry : feed.entries)
        m_out.line(u"  %1  %2"_s.arg(entry.published.isValid() ? entry.published.toString(Qt::ISODate)
                                                                 : QString(20, u' '),
                                     entry.title));
    for (const QString &error : feed.errors)
        m_out.info(tr("recovered: %1").arg(error));
    return 0;
}

int DocumentCommands::extract()
{
    auto bytes = input();
    if (!bytes)
        return m_out.fail(u"extract"_s, bytes.error());
    const ExtractedArticle a = extractArticle(bytes.value(), QUrl(m_inv.option(u"url"_s)));
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    if (m_inv.json) {
        m_out.json(QJsonDocument(QJsonObject{
                {"title"_L1, orNull(a.title)},
                {"byline"_L1, orNull(a.byline)},
                {"published"_L1, a.published.isValid() ? QJsonValue(a.published.toUTC().toString(Qt::ISODate)) : QJsonValue()},
                {"language"_L1, orNull(a.language)},
                {"lead_image"_L1, a.leadImage.isEmpty() ? QJsonValue() : QJsonValue(a.leadImage.toString())},
                {"text"_L1, a.text},
                {"html"_L1, a.html}}));
        return 0;
    }
    m_out.line(a.title);
    if (!a.byline.isEmpty())
        m_out.line(a.byline);
    m_out.line(QString());
    m_out.line(a.text);
    return 0;
}

int DocumentCommands::sanitize(const std::function<bool(const QUrl &)> &isCached)
{
    auto bytes = input();
    if (!bytes)
        return m_out.fail(u"sanitize"_s, bytes.error());
    SanitizeOptions options;
    options.baseUrl = QUrl(m_inv.option(u"url"_s));
    if (isCached) {
        options.imageUrlRewriter = [&isCached](const QUrl &url) {
            return isCached(url) ? imageCacheUrl(imageCacheKey(url)) : QString();
        };
    }
    m_out.write(sanitizeHtml(HtmlDom::decodeHtml(bytes.value()), options).toUtf8());
    return 0;
}
