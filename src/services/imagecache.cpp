#include "imagecache.h"

#include "fetcher.h"
#include "html/htmlsanitizer.h"
#include "imagetype.h"
#include "library.h"
#include "nextturn.h"
#include "sqlutil.h"
#include "storagethread.h"
#include "threadpriority.h"

#include <cstdio>

#include <QDir>
#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {

// Written beside the final name and renamed, so the pane never sees half a
// file. No fsync (unlike QSaveFile): like the library's synchronous=NORMAL,
// a cache of refetchable pictures is not worth a disk flush per image.
bool writeFile(const QString &path, const QByteArray &bytes)
{
    const QString partial = path + u".part"_s;
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        file.remove();
        return false;
    }
    file.close();
    // rename(2) replaces an older file in one step; QFile::rename refuses
    // to, and removing first cost a system call per image.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData())
        == 0)
        return true;
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return false;
    }
    return true;
}

} // namespace

ImageCache::ImageCache(Library &library, Fetcher &fetcher, QObject *parent)
    : QObject(parent), m_library(library), m_fetcher(fetcher)
{
    m_recordTimer.setSingleShot(true);
    m_recordTimer.setInterval(RecordDelayMs);
    connect(&m_recordTimer, &QTimer::timeout, this, &ImageCache::record);
    m_files.setMaxThreadCount(1);
}

ImageCache::~ImageCache()
{
    // Files being written finish first (their rows stay pending, and the
    // files are written again when they are fetched again).
    m_files.waitForDone();
    // Written here and now: a job sent to the storage thread would answer no one.
    if (!m_toRecord.isEmpty())
        recorded(m_toRecord, write(m_library, m_toRecord));
}

QString ImageCache::directory() const
{
    return directoryIn(m_library.cacheDir());
}

QString ImageCache::directoryIn(const QString &cacheDir)
{
    return QDir(cacheDir).filePath(u"images"_s);
}

void ImageCache::setMaxConcurrent(int count)
{
    m_maxConcurrent = std::max(1, count);
    pump();
}

void ImageCache::setMaxImageBytes(qint64 bytes)
{
    m_maxImageBytes = bytes > 0 ? bytes : DefaultMaxImageBytes;
}

int ImageCache::cacheArticles(const QList<qint64> &articleIds)
{
    return download(recordImages(m_library, articleIds));
}

QList<CachedImage> ImageCache::recordImages(Library &library, const QList<qint64> &articleIds)
{
    QList<CachedImage> recorded;
    ArticleRepository articles = library.articles();
    ImageRepository images = library.images();
    for (qint64 id : articleIds) {
        auto found = articles.find(id);
        if (!found || !found.value())
            continue;
        const Article &article = *found.value();
        // Stored bodies are the sanitizer's output: read without a second
        // parse (that parse was a fifth of a cold refresh's CPU).
        const QList<QUrl> urls = storedImageUrls(article.contentHtml, article.link);
        if (urls.isEmpty())
            continue;
        auto linked = images.link(id, urls);
        if (!linked)
            continue; // the article still reads without its pictures
        recorded.append(linked.value());
    }
    return recorded;
}

int ImageCache::download(const QList<CachedImage> &images)
{
    int queued = 0;
    for (const CachedImage &image : images)
        queued += enqueue(image) ? 1 : 0;
    pump();
    return queued;
}

int ImageCache::resumePending()
{
    if (m_storage) {
        // Read on the storage thread (the caller is the window's); queued
        // when it answers, ahead of whatever the caller sends it next.
        m_storage->run([](Library &library) { return library.images().pending(MaxResumed); })
                .then(this, nextTurn(this, [this](const Result<QList<CachedImage>> &pending) {
                    if (pending)
                        download(pending.value());
                }));
        return -1;
    }
    auto pending = m_library.images().pending(MaxResumed);
    if (!pending)
        return 0;
    return download(pending.value());
}

bool ImageCache::enqueue(const CachedImage &image)
{
    // Offline the row stays pending: a failure would be recorded for what
    // was never tried.
    if (image.state != CachedImage::State::Pending || m_fetcher.isOffline()
        || m_queuedOrActive.contains(image.id))
        return false;
    m_queuedOrActive.insert(image.id);
    m_queue.append(image);
    return true;
}

void ImageCache::setHeld(bool held)
{
    if (m_held == held)
        return;
    m_held = held;
    pump();
}

void ImageCache::pump()
{
    // Downloads wait while the files thread is behind (a loaded machine
    // starves it: it runs at a low priority), so their bytes never pile up.
    while (!m_held && m_writingBytes + m_toRecordBytes < MaxUnwrittenBytes
           && m_active < m_maxConcurrent && !m_queue.isEmpty()) {
        const CachedImage image = m_queue.takeFirst();
        FetchRequest request;
        request.url = image.url;
        request.kind = FetchRequest::Kind::Image;
        request.maxBytes = m_maxImageBytes;
        request.timeoutMs = ImageTimeoutMs;
        request.budget = m_budget;
        request.skipUnreachableHost = true;
        request.priority = FetchRequest::Priority::Background; // after the feeds
        ++m_active;
        m_fetcher.fetchAsync(request).then(this, nextTurn(this, [this, image](const FetchResult &result) {
            downloaded(image, result);
        }));
    }
}

void ImageCache::downloaded(const CachedImage &image, const FetchResult &result)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (result.ok() && !result.notModified) {
        store(image, result.body);
    } else if (result.error == FetchResult::Error::TooLarge) {
        ++m_report.tooLarge;
        m_toRecord.append({image, CachedImage::State::TooLarge, {}, {}, 0, {}, now, {}, false});
    } else if (result.error == FetchResult::Error::Offline
               || result.error == FetchResult::Error::Cancelled
               || result.error == FetchResult::Error::Backoff
               || (result.error == FetchResult::Error::Timeout && m_budget.hasExpired())) {
        // Not the image's fault (offline, its host skipped for now, the
        // refresh's time spent): it stays pending for the next try.
    } else {
        ++m_report.failed;
        m_toRecord.append({image, CachedImage::State::Failed, {}, {}, 0, {}, now, {}, false});
    }
    downloadDone(image.id);
}

void ImageCache::store(const CachedImage &image, const QByteArray &bytes)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ImageType type = sniffImageType(bytes);
    if (!type.isValid()) {
        ++m_report.failed;
        m_toRecord.append({image, CachedImage::State::Failed, {}, {}, 0, {}, now, {}, false});
        return;
    }
    const QString name = imageCacheKey(image.url) + u'.' + type.extension;
    const QString path = directory() + u'/' + name;
    if (m_storage) {
        // Written on a thread of its own, then recorded on the storage
        // thread: creating a file took more of the refresh's thread (the
        // window's) than anything else, and on the one writer it held up
        // the feeds' articles. What cannot be written stays pending and is
        // counted back out.
        ++m_report.stored;
        m_report.bytes += bytes.size();
        m_toRecord.append({image, CachedImage::State::Stored, u"images/"_s + name, type.mimeType,
                           bytes.size(), path, now, bytes, false});
        m_toRecordBytes += bytes.size();
        return;
    }
    QDir().mkpath(directory());
    if (!writeFile(path, bytes)) {
        ++m_report.failed; // disk full or read-only: the row stays, marked failed
        m_toRecord.append({image, CachedImage::State::Failed, {}, {}, 0, {}, now, {}, false});
        return;
    }
    ++m_report.stored;
    m_report.bytes += bytes.size();
    m_toRecord.append({image, CachedImage::State::Stored, u"images/"_s + name, type.mimeType,
                       bytes.size(), path, now, {}, false});
}

void ImageCache::record()
{
    m_recordTimer.stop();
    if (m_toRecord.isEmpty())
        return;
    const QList<Outcome> outcomes = std::exchange(m_toRecord, {});
    const qint64 bytes = std::exchange(m_toRecordBytes, 0);
    if (!m_storage) {
        recorded(outcomes, write(m_library, outcomes));
        return;
    }
    ++m_recording;
    m_writingBytes += bytes;
    QtConcurrent::run(&m_files, &ImageCache::writeFiles, directory(), outcomes)
            .then(this, nextTurn(this, [this, bytes](const QList<Outcome> &written) {
                      m_writingBytes -= bytes;
                      recordRows(written);
                      pump(); // the downloads that waited for the disk
                  }));
}

QList<ImageCache::Outcome> ImageCache::writeFiles(const QString &directory, QList<Outcome> outcomes)
{
    lowerThisThreadsPriority(); // the window and the feeds come first
    bool madeDirectory = false;
    for (Outcome &o : outcomes) {
        if (o.toWrite.isEmpty())
            continue;
        if (!madeDirectory)
            madeDirectory = QDir().mkpath(directory);
        o.notWritten = !writeFile(o.file, o.toWrite);
        o.toWrite = QByteArray(); // on disk: the bytes are not carried further
    }
    return outcomes;
}

void ImageCache::recordRows(const QList<Outcome> &outcomes)
{
    m_storage->run([outcomes](Library &library) -> Result<QList<bool>> { return write(library, outcomes); })
            .then(this, nextTurn(this, [this, outcomes](const Result<QList<bool>> &done) {
                --m_recording;
                recorded(outcomes, done ? done.value() : QList<bool>(outcomes.size(), false));
                if (isIdle())
                    Q_EMIT idle();
            }));
}

QList<bool> ImageCache::write(Library &library, const QList<Outcome> &outcomes)
{
    // One transaction for the lot, statements prepared once: a transaction
    // per image was most of what a refresh's images cost. A file that could
    // not be written (disk full, read-only) leaves its row pending.
    QList<ImageRepository::Outcome> rows;
    QList<qsizetype> rowOf(outcomes.size(), -1);
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const Outcome &o = outcomes.at(i);
        if (o.notWritten || (!o.toWrite.isEmpty() && !writeFile(o.file, o.toWrite)))
            continue;
        rowOf[i] = rows.size();
        rows.append({o.image.id, o.state, o.localPath, o.mimeType, o.bytes, o.at});
    }
    const QList<bool> written = library.images().markAll(rows);
    QList<bool> ok(outcomes.size(), false);
    for (qsizetype i = 0; i < outcomes.size(); ++i)
        ok[i] = rowOf.at(i) >= 0 && written.value(rowOf.at(i), false);
    return ok;
}

void ImageCache::recorded(const QList<Outcome> &outcomes, const QList<bool> &ok)
{
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const Outcome &o = outcomes.at(i);
        const bool done = i < ok.size() && ok.at(i);
        if (o.state != CachedImage::State::Stored)
            continue;
        if (done) {
            Q_EMIT imageCached(o.image.url);
            continue;
        }
        // What the report counted as stored and is not: the row says
        // pending, so it is fetched again.
        QFile::remove(o.file);
        --m_report.stored;
        ++m_report.failed;
        m_report.bytes -= o.bytes;
    }
}

void ImageCache::downloadDone(qint64 imageId)
{
    --m_active;
    m_queuedOrActive.remove(imageId);
    pump();
    if ((m_queue.isEmpty() && m_active == 0) || m_toRecord.size() >= RecordBatch
        || m_toRecordBytes >= RecordBytes)
        record();
    else if (!m_toRecord.isEmpty() && !m_recordTimer.isActive())
        m_recordTimer.start();
    if (isIdle())
        Q_EMIT idle();
}
