#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkRequest;

struct HttpReply
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

// The requests of a sync: one at a time, waited for with a time limit and a
// size cap. It waits in a local event loop, so it belongs on a thread that
// may wait (the command line, or the sync's own thread; never the window's).
class SyncHttp final
{
    Q_DECLARE_TR_FUNCTIONS(SyncHttp)

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit SyncHttp(int timeoutMs = 30000, qint64 maxBytes = qint64(64) * 1024 * 1024);
    ~SyncHttp();

    void setTimeout(int ms) { m_timeoutMs = ms; }
    void setOffline(bool offline) { m_offline = offline; }
    bool isOffline() const { return m_offline; }
    int requestCount() const { return m_requests; }

    // An answer of any HTTP status comes back as a reply; only a failure to
    // get one (refused, timed out, cut off, too large, offline) is an Error.
    Result<HttpReply> get(const QUrl &url, const Headers &headers = {});
    Result<HttpReply> post(const QUrl &url, const QByteArray &body, const QByteArray &contentType,
                           const Headers &headers = {});

private:
    Result<HttpReply> send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                           const QByteArray &contentType, const Headers &headers);

    std::unique_ptr<QNetworkAccessManager> m_manager;
    int m_timeoutMs;
    qint64 m_maxBytes;
    bool m_offline = false;
    int m_requests = 0;
};
