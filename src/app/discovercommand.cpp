#include "discovercommand.h"

#include "discovery.h"
#include "fetcher.h"
#include "commandline.h"
#include "output.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonValue orNull(const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); }

QJsonValue urlOrNull(const QUrl &url)
{
    return url.isEmpty() ? QJsonValue() : QJsonValue(url.toString(QUrl::FullyEncoded));
}

QJsonArray treeJson(const QList<DiscoveredCategory> &nodes)
{
    QJsonArray out;
    for (const DiscoveredCategory &node : nodes) {
        out.append(
                QJsonObject {{"name"_L1, node.name},
                             {"feed"_L1, urlOrNull(node.feed)},
                             {"posts"_L1, node.posts >= 0 ? QJsonValue(node.posts) : QJsonValue()},
                             {"children"_L1, treeJson(node.children)}});
    }
    return out;
}


} // namespace

DiscoverCommand::DiscoverCommand(Fetcher &fetcher, const Invocation &invocation, Output &out)
    : m_fetcher(fetcher), m_inv(invocation), m_out(out)
{ }

QJsonObject DiscoverCommand::toJson(const Discovered &found)
{
    QJsonArray feeds;
    for (const DiscoveredFeed &feed : found.feeds) {
        feeds.append(QJsonObject {
                {"url"_L1, feed.url.toString(QUrl::FullyEncoded)},
                {"title"_L1, orNull(feed.title)},
                {"items"_L1, feed.items >= 0 ? QJsonValue(feed.items) : QJsonValue()},
                {"newest"_L1,
                 feed.newest.isValid() ? QJsonValue(feed.newest.toUTC().toString(Qt::ISODate))
                                       : QJsonValue()}});
    }
    return {{"url"_L1, found.url.toString(QUrl::FullyEncoded)},
            {"kind"_L1, Discovered::kindName(found.kind)},
            {"title"_L1, orNull(found.title)},
            {"feeds"_L1, feeds},
            {"tree"_L1, treeJson(found.tree)},
            {"notes"_L1, QJsonArray::fromStringList(found.notes)}};
}

int DiscoverCommand::run()
{
    if (m_inv.arguments.size() != 1)
        return m_out.fail(u"discover"_s, makeError(Error::Usage, tr("give one URL or file")));
    Discovery discovery(m_fetcher);
    int code = 0;
    QObject::connect(&discovery, &Discovery::progress, &discovery,
                     [this](const QString &what) { m_out.verbose(what); });
    QObject::connect(&discovery, &Discovery::finished, &discovery,
                     [&](const DiscoveryResult &result) {
                         if (!result) {
                             code = m_out.fail(u"discover"_s, result.error().toError());
                         } else {
                             for (const QString &note : result->notes)
                                 m_out.info(tr("note: %1").arg(note));
                             if (m_inv.json)
                                 m_out.json(QJsonDocument(toJson(result.value())));
                             else
                                 printText(result.value());
                         }
                         QCoreApplication::exit(code);
                     });
    discovery.start(CommandLine::urlFromArgument(m_inv.arguments.first()));
    QCoreApplication::exec();
    return code;
}

void DiscoverCommand::printText(const Discovered &found)
{
    m_out.line(tr("%1 (%2): %3")
                       .arg(found.url.toDisplayString(), Discovered::kindName(found.kind),
                            found.title.isEmpty() ? tr("(untitled)") : found.title));
    for (const DiscoveredFeed &feed : found.feeds) {
        const QString items =
                feed.items >= 0 ? tr("%n item(s)", nullptr, feed.items) : tr("not fetched");
        const QString newest = feed.newest.isValid()
                ? tr(", newest %1").arg(feed.newest.toUTC().toString(Qt::ISODate))
                : QString();
        m_out.line(tr("  feed <%1> %2 (%3%4)")
                           .arg(feed.url.toDisplayString(), feed.title, items, newest));
    }
    std::function<void(const QList<DiscoveredCategory> &, int)> print =
            [&](const QList<DiscoveredCategory> &nodes, int depth) {
                for (const DiscoveredCategory &node : nodes) {
                    QString line = QString(2 * depth + 2, u' ') + node.name;
                    if (node.posts >= 0)
                        line += u' ' + tr("(%n post(s))", nullptr, node.posts);
                    if (!node.feed.isEmpty())
                        line += u" <"_s + node.feed.toDisplayString() + u'>';
                    m_out.line(line);
                    print(node.children, depth + 1);
                }
            };
    if (!found.tree.isEmpty())
        m_out.line(found.kind == Discovered::Kind::Opml ? tr("  outline:") : tr("  categories:"));
    print(found.tree, 1);
}
