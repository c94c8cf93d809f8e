#include "cacheschemehandler.h"
#include "imagetype.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

using namespace Qt::StringLiterals;

CacheSchemeHandler::CacheSchemeHandler(QObject *parent) : QWebEngineUrlSchemeHandler(parent) { }

QByteArray CacheSchemeHandler::schemeName()
{
    return imageCacheScheme().toLatin1();
}

void CacheSchemeHandler::registerScheme()
{
    if (QWebEngineUrlScheme::schemeByName(schemeName()).name() == schemeName())
        return;
    QWebEngineUrlScheme scheme(schemeName());
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    // Secure, so a page never sees it as mixed content; local files stay out
    // of reach (no LocalAccessAllowed), and no page may fetch it with CORS.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

void CacheSchemeHandler::setDirectory(const QString &directory)
{
    m_directory = directory.isEmpty() ? QString() : QDir(directory).absolutePath();
}

QString CacheSchemeHandler::fileFor(const QString &key) const
{
    if (m_directory.isEmpty() || !isImageCacheKey(key))
        return {};
    const QDir dir(m_directory);
    const QString root = QFileInfo(m_directory).canonicalFilePath();
    for (const QString &extension : {u"png"_s, u"jpg"_s, u"gif"_s, u"webp"_s, u"avif"_s}) {
        const QFileInfo file(dir.filePath(key + u'.' + extension));
        // A symbolic link planted in the folder must not lead out of it.
        if (file.isFile() && !root.isEmpty() && QFileInfo(file.canonicalFilePath()).path() == root)
            return file.canonicalFilePath();
    }
    return {};
}

void CacheSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (job->requestMethod() != "GET" || url.scheme() != imageCacheScheme()) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const QString path = fileFor(url.path());
    if (path.isEmpty()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *file = new QFile(path, job);
    if (!file->open(QIODevice::ReadOnly)) {
        delete file;
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    job->reply(imageMimeTypeForExtension(QFileInfo(path).suffix()).toLatin1(), file);
}
