#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

class QLocalServer;
class QLocalSocket;
class QLockFile;

// What a launch of the app asks of its window: addresses to subscribe to and
// files to import (local files as file: URLs, already absolute), and whether
// to refresh everything. A second launch hands it to the first.
struct LaunchRequest
{
    Q_DECLARE_TR_FUNCTIONS(LaunchRequest)

public:
    QList<QUrl> urls;
    bool refreshAll = false;
    // The desktop's token for raising a window (XDG_ACTIVATION_TOKEN or
    // DESKTOP_STARTUP_ID of the launch), so the raise is not taken for
    // focus stealing.
    QString activationToken;

    bool operator==(const LaunchRequest &) const = default;

    // The app's command-line arguments: http(s) addresses as they are,
    // feed: links as the address they stand for (feed://host/… is http,
    // feed:https://… is that), files as paths or file: URLs, made absolute
    // against workingDir. A missing file or another kind of address is
    // Error::BadInput.
    static Result<QList<QUrl>> urlsFromArguments(const QStringList &arguments, const QString &workingDir);

    QByteArray toJson() const;
    // Nothing for anything but a request object. Addresses that are not
    // http(s) or file: URLs are left out: the sender is another process.
    static std::optional<LaunchRequest> fromJson(const QByteArray &json);
};

// One window per library. The first launch for a data directory holds a lock
// file in it and listens on a local socket named after the directory's
// canonical path; a later launch for the same directory hands its
// LaunchRequest over and exits instead of opening the library a second time.
// Another data directory is another instance. Headless commands do not use
// this: they share the library through SQLite's own locking.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary, // this process shows the window; requested() brings later launches
        HandedOver, // a running window took the request; this process should exit
    };

    explicit SingleInstance(QString dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Becomes the primary instance, or hands `request` to the one running.
    // Waits at most `timeoutMs` for a running one that does not answer yet
    // (starting up, or busy): then an error, never a second window.
    Result<Role> start(const LaunchRequest &request, int timeoutMs = 10000);

    // Why a primary cannot take requests (its socket could not be made);
    // empty when all is well. The window works all the same.
    QString listenError() const { return m_listenError; }

    // The local socket's name for a data directory: its canonical path
    // hashed, per user, in $XDG_RUNTIME_DIR when there is one.
    static QString serverNameFor(const QString &dataDir);
    // The lock file a primary holds, in the data directory.
    static QString lockFileIn(const QString &dataDir);

    // A request is one line of JSON; anything longer is dropped.
    static constexpr qsizetype MaxRequestBytes = 256 * 1024;

Q_SIGNALS:
    // A later launch's request, after it was acknowledged.
    void requested(const LaunchRequest &request);

private:
    void listen(const QString &name);
    void accept();
    void readFrom(QLocalSocket *socket);
    enum class HandOver { Done, NoServer, NoAnswer, Refused };
    HandOver handOver(const QString &name, const LaunchRequest &request, int timeoutMs);

    QString m_dataDir;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    QString m_listenError;
};
