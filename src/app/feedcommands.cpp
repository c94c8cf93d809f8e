#include "feedcommands.h"
#include "fetcher.h"
#include "isolatedpagetext.h"
#include "pagetextprotocol.h"
#include "library.h"
#include "storagethread.h"
#include "commandline.h"
#include "output.h"
#include "refreshservice.h"
#include "subscriptions.h"

#include <QCoreApplication>
#include <QThread>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonObject addedJson(const Subscriptions::Added &added)
{
    QJsonArray feeds;
    for (const auto &entry : added.feeds) {
        feeds.append(QJsonObject{{"id"_L1, entry.feed.id},
                                 {"url"_L1, entry.feed.url.toString()},
                                 {"title"_L1, entry.feed.title.isEmpty() ? QJsonValue() : QJsonValue(entry.feed.title)},
                                 {"category"_L1, entry.categoryPath.isEmpty() ? QJsonValue() : QJsonValue(entry.categoryPath)}});
    }
    return {{"feeds"_L1, feeds}, {"categories"_L1, QJsonArray::fromStringList(added.categories)}};
}


} // namespace

FeedCommands::FeedCommands(Library &library, Fetcher &fetcher, const Invocation &invocation, Output &out)
    : m_library(library), m_fetcher(fetcher), m_inv(invocation), m_out(out)
{
}

int FeedCommands::add()
{
    if (m_inv.arguments.size() != 1)
        return m_out.fail(u"add"_s, makeError(Error::Usage, tr("give one URL")));
    const QUrl url = CommandLine::urlFromArgument(m_inv.arguments.first());
    Subscriptions subscriptions(m_library, m_fetcher);
    int code = 0;
    QObject::connect(&subscriptions, &Subscriptions::added, &subscriptions,
                     [&](const Result<Subscriptions::Added> &result) {
                         if (!result) {
                             code = m_out.fail(u"add"_s, result.error());
                         } else if (m_inv.json) {
                             m_out.json(QJsonDocument(addedJson(result.value())));
                         } else {
                             for (const auto &entry : result->feeds)
                                 m_out.line(tr("#%1 %2 <%3> in %4")
                                                    .arg(entry.feed.id)
                                                    .arg(entry.feed.title, entry.feed.url.toString(),
                                                         entry.categoryPath.isEmpty() ? tr("(no category)")
                                                                                      : entry.categoryPath));
                         }
                         QCoreApplication::exit(code);
                     });
    subscriptions.add(url, m_inv.option(u"category"_s));
    QCoreApplication::exec();
    return code;
}

int FeedCommands::remove()
{
    bool ok = false;
    const qint64 id = m_inv.arguments.value(0).toLongLong(&ok);
    if (m_inv.arguments.size() != 1 || !ok)
        return m_out.fail(u"remove"_s, makeError(Error::Usage, tr("give one feed id")));
    auto feed = m_library.feeds().find(id);
    if (!feed)
        return m_out.fail(u"remove"_s, feed.error());
    if (!feed.value())
        return m_out.fail(u"remove"_s, makeError(Error::NotFound, tr("no feed with id %1").arg(id)));
    if (auto done = m_library.feeds().remove(id); !done)
        return m_out.fail(u"remove"_s, done.error());
    m_out.info(tr("Unsubscribed from %1; starred articles were kept").arg(feed.value()->url.toString()));
    return 0;
}

int FeedCommands::refresh()
{
    QList<qint64> ids;
    for (const QString &arg : m_inv.arguments) {
        bool ok = false;
        const qint64 id = arg.toLongLong(&ok);
        if (!ok)
            return m_out.fail(u"refresh"_s, makeError(Error::Usage, tr("%1 is not a feed id").arg(arg)));
        auto feed = m_library.feeds().find(id);
        if (!feed || !feed.value())
            return m_out.fail(u"refresh"_s, makeError(Error::NotFound, tr("no feed with id %1").arg(id)));
        ids.append(id);
    }
    StorageThread storage(m_library.dataDir());
    // Article pages are read in worker processes: a page that crashes the
    // extractor costs that article its full text, not the whole refresh.
    IsolatedPageText pages(QCoreApplication::applicationFilePath(),
                           {QString::fromLatin1(PageTextProtocol::WorkerOption)}, QThread::idealThreadCount());
    RefreshService service(m_library, m_fetcher, storage);
    service.setPageTextSource(pages);
    service.setKeepOfflineCopies(true); // the contract: refresh makes articles readable offline
    QObject::connect(&service, &RefreshService::progress, &service, [this](int done, int total, qint64 bytes) {
        m_out.verbose(tr("%1/%2 feeds, %3 bytes").arg(done).arg(total).arg(bytes));
    });
    QObject::connect(&service, &RefreshService::finished, &service, [] { QCoreApplication::exit(0); });
    service.start(ids);
    if (service.isRunning())
        QCoreApplication::exec();
    const RefreshReport &r = service.report();
    if (m_inv.json) {
        QJsonArray failed;
        for (const auto &f : r.failed)
            failed.append(QJsonObject{{"feed"_L1, f.feedId}, {"url"_L1, f.url.toString()}, {"error"_L1, f.error}});
        QJsonArray pagesFailed;
        for (const auto &p : r.fullTextFailed)
            pagesFailed.append(QJsonObject{{"link"_L1, p.link.toString()}, {"error"_L1, p.error}});
        m_out.json(QJsonDocument(QJsonObject{{"feeds"_L1, r.feeds},
                                             {"fetched"_L1, r.fetched},
                                             {"not_modified"_L1, r.notModified},
                                             {"failed"_L1, failed},
                                             {"new_articles"_L1, r.newArticles},
                                             {"updated_articles"_L1, r.updatedArticles},
                                             {"bytes"_L1, r.bytes},
                                             {"seconds"_L1, r.seconds},
                                             // Until the articles were listed; `seconds` also
                                             // counts the pages and images kept for offline reading.
                                             {"feeds_seconds"_L1, r.feedsSeconds},
                                             {"full_text_articles"_L1, r.fullTextArticles},
                                             {"images_stored"_L1, r.imagesStored},
                                             {"images_failed"_L1, r.imagesFailed},
                                             {"full_text_failed"_L1, pagesFailed}}));
    } else {
        for (const auto &f : r.failed)
            m_out.info(tr("#%1 %2: %3").arg(f.feedId).arg(f.url.toString(), f.error));
        for (const auto &p : r.fullTextFailed)
            m_out.info(tr("%1: %2; the feed's text is kept").arg(p.link.toString(), p.error));
        m_out.info(tr("%1 feeds: %2 fetched, %3 unchanged, %4 failed; %5 new and %6 updated articles")
                           .arg(r.feeds).arg(r.fetched).arg(r.notModified).arg(r.failed.size())
                           .arg(r.newArticles).arg(r.updatedArticles));
    }
    const bool allUnreachable = r.feeds > 0 && r.failed.size() == r.feeds
            && std::all_of(r.failed.cbegin(), r.failed.cend(), [](const auto &f) { return f.network; });
    if (allUnreachable)
        return m_out.fail(u"refresh"_s, makeError(Error::Network, tr("no source could be reached")));
    return 0;
}

int FeedCommands::importOpml()
{
    if (m_inv.arguments.size() != 1)
        return m_out.fail(u"import-opml"_s, makeError(Error::Usage, tr("give one OPML file")));
    QFile file(m_inv.arguments.first());
    const bool stdinput = m_inv.arguments.first() == "-"_L1;
    if (!(stdinput ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly)))
        return m_out.fail(u"import-opml"_s, makeError(Error::BadInput, tr("cannot read %1: %2")
                                                                         .arg(file.fileName(), file.errorString())));
    auto added = Subscriptions(m_library, m_fetcher).importOpml(file.read(64 * 1024 * 1024));
    if (!added)
        return m_out.fail(u"import-opml"_s, added.error());
    if (m_inv.json)
        m_out.json(QJsonDocument(addedJson(added.value())));
    else
        m_out.info(tr("Imported %1 feeds in %2 categories").arg(added->feeds.size()).arg(added->categories.size()));
    return 0;
}

int FeedCommands::exportOpml()
{
    auto bytes = Subscriptions(m_library, m_fetcher).exportOpml();
    if (!bytes)
        return m_out.fail(u"export-opml"_s, bytes.error());
    if (m_inv.arguments.isEmpty()) {
        m_out.write(bytes.value());
        return 0;
    }
    QFile file(m_inv.arguments.first());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() || !file.flush())
        return m_out.fail(u"export-opml"_s, makeError(Error::BadInput, tr("cannot write %1: %2")
                                                                         .arg(file.fileName(), file.errorString())));
    return 0;
}
