#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QThread>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// A request is small; more than this many addresses is not a launch.
constexpr qsizetype MaxUrls = 1000;
// A client that has not sent its line by then is dropped.
constexpr int ClientTimeoutMs = 5000;

bool isAcceptedUrl(const QUrl &url)
{
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme();
    if (scheme == "file"_L1)
        return !url.toLocalFile().isEmpty();
    return (scheme == "http"_L1 || scheme == "https"_L1) && !url.host().isEmpty();
}

} // namespace

Result<QList<QUrl>> LaunchRequest::urlsFromArguments(const QStringList &arguments, const QString &workingDir)
{
    QList<QUrl> urls;
    for (const QString &argument : arguments) {
        QUrl url(argument, QUrl::StrictMode);
        // A scheme of one letter is a drive, not a scheme.
        const bool hasScheme = url.isValid() && url.scheme().size() > 1;
        if (hasScheme && url.scheme().compare("feed"_L1, Qt::CaseInsensitive) == 0) {
            const QString rest = argument.mid(5);
            url = rest.startsWith("//"_L1) ? QUrl(u"http:"_s + rest, QUrl::StrictMode) : QUrl(rest, QUrl::StrictMode);
        } else if (!hasScheme) {
            url = QUrl::fromLocalFile(QDir(workingDir).absoluteFilePath(argument));
        }
        url.setScheme(url.scheme().toLower());
        if (url.isLocalFile()) {
            const QFileInfo file(url.toLocalFile());
            if (!file.isFile())
                return makeError(Error::BadInput,
                                 tr("%1: no such file").arg(QDir::toNativeSeparators(file.filePath())));
            url = QUrl::fromLocalFile(file.absoluteFilePath());
        }
        if (!isAcceptedUrl(url))
            return makeError(Error::BadInput, tr("%1: not a feed address or file (http, https, feed "
                                                          "and file addresses are)")
                                                      .arg(argument));
        urls.append(url);
    }
    return urls;
}

QByteArray LaunchRequest::toJson() const
{
    QJsonArray list;
    for (const QUrl &url : urls)
        list.append(url.toString(QUrl::FullyEncoded));
    QJsonObject object{{u"urls"_s, list}, {u"refresh_all"_s, refreshAll}};
    if (!activationToken.isEmpty())
        object.insert(u"activation_token"_s, activationToken);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<LaunchRequest> LaunchRequest::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    LaunchRequest request;
    const QJsonArray list = object.value("urls"_L1).toArray();
    for (const QJsonValue &value : list) {
        if (request.urls.size() >= MaxUrls)
            break;
        const QUrl url(value.toString(), QUrl::StrictMode);
        if (isAcceptedUrl(url))
            request.urls.append(url);
    }
    request.refreshAll = object.value("refresh_all"_L1).toBool();
    request.activationToken = object.value("activation_token"_L1).toString().left(512);
    return request;
}

SingleInstance::SingleInstance(QString dataDir, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &dataDir)
{
    const QFileInfo info(dataDir);
    const QString canonical = info.canonicalFilePath();
    const QString path = canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
    QString name = u"masthead-"_s;
#ifdef Q_OS_UNIX
    name += QString::number(::getuid()) + u'-';
#endif
    name += QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
    // The desktop session's private directory when there is one; else Qt
    // puts the socket in the temporary directory. A socket's path has room
    // for about 100 bytes.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir() && runtime.toUtf8().size() + name.size() < 100)
        return QDir(runtime).filePath(name);
    return name;
}

QString SingleInstance::lockFileIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"instance.lock"_s);
}

Result<SingleInstance::Role> SingleInstance::start(const LaunchRequest &request, int timeoutMs)
{
    if (!QDir().mkpath(m_dataDir))
        return makeError(Error::Database, tr("cannot create the data directory %1").arg(m_dataDir));
    const QString name = serverNameFor(m_dataDir);
    m_lock = std::make_unique<QLockFile>(lockFileIn(m_dataDir));
    // Held for as long as the window is open: stale only once its process is gone.
    m_lock->setStaleLockTime(0);
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (m_lock->tryLock(0)) {
            // Ours now: a socket left there is a crashed window's.
            QLocalServer::removeServer(name);
            listen(name);
            return Role::Primary;
        }
        if (m_lock->error() != QLockFile::LockFailedError) {
            // No lock can be made here (a read-only or odd file system): hand
            // over if a window answers, else go on without the guard.
            m_lock.reset();
            if (handOver(name, request, int(qMin<qint64>(deadline.remainingTime(), 1000))) == HandOver::Done)
                return Role::HandedOver;
            listen(name);
            return Role::Primary;
        }
        switch (handOver(name, request, int(deadline.remainingTime()))) {
        case HandOver::Done:
            return Role::HandedOver;
        case HandOver::NoAnswer:
            return makeError(Error::Database,
                             tr("another Masthead window has this library (%1) open but does not answer")
                                     .arg(QDir::toNativeSeparators(m_dataDir)));
        case HandOver::Refused:
            return makeError(Error::BadInput, tr("the Masthead window that has this library open refused "
                                                 "the request"));
        case HandOver::NoServer:
            break;
        }
        // Nobody listens: the holder is starting up, or the lock file does
        // not name a process at all (then it is removed; a live holder's
        // lock cannot be, the system lock on it prevents that).
        qint64 pid = 0;
        QString host, application;
        if (!m_lock->getLockInfo(&pid, &host, &application) && m_lock->removeStaleLockFile())
            continue;
        if (deadline.hasExpired())
            return makeError(Error::Database,
                             tr("another Masthead (process %1) has this library (%2) open but does not "
                                "answer; close it, or if it is gone, remove %3")
                                     .arg(pid)
                                     .arg(QDir::toNativeSeparators(m_dataDir),
                                          QDir::toNativeSeparators(lockFileIn(m_dataDir))));
        QThread::msleep(100);
    }
}

void SingleInstance::listen(const QString &name)
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(name)) {
        m_listenError = m_server->errorString();
        return;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
}

void SingleInstance::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        socket->setReadBufferSize(MaxRequestBytes + 1);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
        QTimer::singleShot(ClientTimeoutMs, socket, [socket] { socket->abort(); });
        readFrom(socket);
    }
}

void SingleInstance::readFrom(QLocalSocket *socket)
{
    if (socket->state() != QLocalSocket::ConnectedState)
        return;
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxRequestBytes)
            socket->abort();
        return;
    }
    const auto request = LaunchRequest::fromJson(socket->readLine(MaxRequestBytes + 1).trimmed());
    socket->write(request ? "ok\n" : "error\n");
    socket->disconnectFromServer();
    if (request)
        Q_EMIT requested(*request);
}

SingleInstance::HandOver SingleInstance::handOver(const QString &name, const LaunchRequest &request, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(qBound(1, timeoutMs, 1000)))
        return HandOver::NoServer;
    // Sent once: a window that is busy reads it later, so it is never sent twice.
    socket.write(request.toJson() + '\n');
    const QDeadlineTimer deadline(qMax(timeoutMs, 1));
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
            return HandOver::NoAnswer;
    }
    while (!socket.canReadLine()) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(deadline.remainingTime())))
            return HandOver::NoAnswer;
    }
    return socket.readLine().trimmed() == "ok" ? HandOver::Done : HandOver::Refused;
}
