#include "faviconcache.h"
#include "nextturn.h"

#include "favicon.h"
#include "fetcher.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 MaxPageBytes = 2 * 1024 * 1024;
constexpr qint64 MaxIconBytes = 512 * 1024;
constexpr int TimeoutMs = 15 * 1000;

// Failures that say the site has no icon there (not that the network failed).
bool saysNone(const FetchResult &result)
{
    return result.error == FetchResult::Error::Http || result.error == FetchResult::Error::Gone
            || result.error == FetchResult::Error::TooLarge || result.error == FetchResult::Error::None;
}
} // namespace

FaviconCache::FaviconCache(Fetcher &fetcher, QString directory, QObject *parent)
    : QObject(parent), m_fetcher(fetcher), m_directory(std::move(directory))
{ }

QUrl FaviconCache::siteOf(const QUrl &address)
{
    QUrl site;
    site.setScheme(address.scheme());
    site.setHost(address.host());
    site.setPort(address.port(-1));
    site.setPath(u"/"_s);
    return site;
}

QString FaviconCache::iconFile(const QUrl &address) const
{
    if (address.host().isEmpty())
        return {};
    const QString path = QDir(m_directory).filePath(Favicon::fileNameFor(siteOf(address)));
    return QFile::exists(path) ? path : QString();
}

void FaviconCache::ensure(const QUrl &address)
{
    if (address.host().isEmpty() || (address.scheme() != "http"_L1 && address.scheme() != "https"_L1))
        return;
    const QUrl site = siteOf(address);
    const QString name = Favicon::fileNameFor(site);
    if (m_asked.contains(name) || m_fetcher.isOffline())
        return;
    const QDir dir(m_directory);
    if (dir.exists(name) || dir.exists(name + u".none"_s))
        return;
    m_asked.insert(name);
    FetchRequest page;
    page.url = site;
    page.kind = FetchRequest::Kind::Page;
    page.maxBytes = MaxPageBytes;
    page.timeoutMs = TimeoutMs;
    m_fetcher.fetchAsync(page).then(this, nextTurn(this, [this, site](const FetchResult &result) {
        if (result.error != FetchResult::Error::None) {
            fetchIcon(site, Favicon::fallback(site), true);
            return;
        }
        const QUrl base = result.finalUrl.isValid() ? result.finalUrl : site;
        QtConcurrent::run([body = result.body, base] { return Favicon::fromPage(body, base); })
                .then(this, nextTurn(this, [this, site](const QUrl &icon) {
                    fetchIcon(site, icon.isValid() ? icon : Favicon::fallback(site), !icon.isValid());
                }));
    }));
}

void FaviconCache::fetchIcon(const QUrl &site, const QUrl &icon, bool isFallback)
{
    FetchRequest request;
    request.url = icon;
    request.kind = FetchRequest::Kind::Image;
    request.maxBytes = MaxIconBytes;
    request.timeoutMs = TimeoutMs;
    m_fetcher.fetchAsync(request).then(this, nextTurn(this, [this, site, isFallback](const FetchResult &result) {
        if (result.error == FetchResult::Error::None && Favicon::isIcon(result.body)) {
            QDir().mkpath(m_directory);
            QSaveFile file(QDir(m_directory).filePath(Favicon::fileNameFor(site)));
            if (file.open(QIODevice::WriteOnly) && file.write(result.body) == result.body.size() && file.commit())
                Q_EMIT iconStored(site);
            return;
        }
        if (!isFallback) { // the page's icon failed: /favicon.ico still may do
            fetchIcon(site, Favicon::fallback(site), true);
            return;
        }
        if (saysNone(result))
            noIcon(site);
    }));
}

void FaviconCache::noIcon(const QUrl &site)
{
    QDir().mkpath(m_directory);
    QFile marker(QDir(m_directory).filePath(Favicon::fileNameFor(site) + u".none"_s));
    (void)marker.open(QIODevice::WriteOnly);
}
