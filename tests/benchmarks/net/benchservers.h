#pragma once

// Loopback feed servers for the fetch and refresh benchmarks: N RSS feeds of
// 50 items with ETag and Last-Modified, spread over the loopback hosts this
// machine answers on, served from a thread of their own. The feeds are either
// filler (~50 KB of "w123 w456" words each: a floor figure, the HTML parser
// never runs) or news-shaped (NewsCorpus: realistic HTML bodies, wire copy,
// templated feeds), written to a folder and served from there so the bytes
// sit in the page cache, not in the benchmark's memory; their images are
// answered by a small JPEG.

#include "newscorpus.h"
#include "testhttpserver.h"

#include <memory>
#include <sys/resource.h>
#include <time.h>
#include <vector>

#include <QDir>
#include <QFile>
#include <QTimeZone>
#include <QJsonObject>
#include <QThread>

namespace BenchServers {

using Response = TestHttpServer::Response;
using namespace Qt::StringLiterals;

constexpr int ItemsPerFeed = 50;
constexpr int MaxHosts = 8;

inline QByteArray feedBody(int feed, int version)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>"
                     "<title>Synthetic feed "
            + QByteArray::number(feed) + "</title>\n";
    for (int item = 0; item < ItemsPerFeed; ++item) {
        const QByteArray id = QByteArray::number(feed) + '-' + QByteArray::number(item) + '-'
                + QByteArray::number(version);
        xml += "<item><title>Story " + id + "</title><link>https://example.com/s/" + id
                + "</link><guid>" + id
                + "</guid><pubDate>Wed, 21 Oct 2015 07:28:00 GMT</pubDate>"
                  "<description>";
        // ~1 KB of deterministic filler per item
        for (int word = 0; word < 135; ++word)
            xml += "w" + QByteArray::number((feed * 7919 + item * 104729 + word * 31) % 9973) + ' ';
        xml += "</description></item>\n";
    }
    return xml + "</channel></rss>\n";
}

inline Response feedResponse(int feed, int version)
{
    return Response::ok(feedBody(feed, version), "application/rss+xml")
            .header("ETag",
                    "\"f" + QByteArray::number(feed) + 'v' + QByteArray::number(version) + '"')
            .header("Last-Modified",
                    "Wed, 21 Oct 2015 07:" + QByteArray::number(10 + version) + ":00 GMT");
}

inline double cpuSeconds() // user + system, every thread of the process (servers included)
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return t.tv_sec + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

inline double threadCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec + now.tv_nsec / 1e9;
}

inline QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

inline qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Servers live on their own thread; every call into them goes there and waits.
class ServerFarm final
{
public:
    // news: serve the news-shaped corpus written into directory (null: filler).
    explicit ServerFarm(int feeds, const NewsCorpus *news = nullptr, const QString &directory = QString())
        : m_news(news), m_directory(directory)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        onServerThread([&] {
            for (int host = 0; host < MaxHosts; ++host) {
                auto server = std::make_unique<TestHttpServer>(
                        nullptr, QHostAddress(u"127.0.0.%1"_s.arg(host + 1)));
                if (!server->isListening())
                    break; // only 127.0.0.1 on this machine
                server->setMaxRecordedRequests(0);
                server->setIdleTimeout(qEnvironmentVariableIntValue("MASTHEAD_BENCH_IDLE_MS") > 0 ? qEnvironmentVariableIntValue("MASTHEAD_BENCH_IDLE_MS") : 60 * 1000);
                m_servers.push_back(std::move(server));
            }
            if (m_news) {
                for (const auto &server : m_servers) {
                    server->serveDirectory(u"/feeds/"_s, m_directory);
                    server->setFallback([news = m_news](const TestHttpServer::Request &request) {
                        if (request.path.startsWith(u"/story/"_s))
                            return Response::ok(news->page(request.path), "text/html; charset=utf-8");
                        return Response::ok(tinyJpeg(), "image/jpeg");
                    });
                }
            }
            for (int feed = 0; feed < feeds && !m_news; ++feed)
                serverFor(feed).route(pathFor(feed), feedResponse(feed, 0));
            m_serverCpu = threadCpuSeconds();
        });
    }

    ~ServerFarm()
    {
        onServerThread([&] { m_servers.clear(); });
        m_thread.quit();
        m_thread.wait();
    }

    int hosts() const { return int(m_servers.size()); }
    QString imageBaseFor(int feed) { return serverFor(feed).url(u"/"_s).toString().chopped(1); }
    qint64 newsFeedBytes() const { return m_newsFeedBytes; }
    qint64 newsHtmlBytes() const { return m_newsHtmlBytes; }
    qint64 newsItems() const { return m_newsItems; }
    bool writeFailed() const { return m_writeFailed; }

    // Writes the news-shaped feeds (every one, version 0): before any round.
    void writeNewsFeeds(int feeds)
    {
        for (int feed = 0; feed < feeds; ++feed)
            writeNewsFeed(feed, 0);
    }
    QUrl urlFor(int feed) { return serverFor(feed).url(pathFor(feed)); }

    void change(int feed, int version)
    {
        if (m_news) {
            writeNewsFeed(feed, version);
            return;
        }
        onServerThread([&] { serverFor(feed).route(pathFor(feed), feedResponse(feed, version)); });
    }

    QJsonObject takeCounters()
    {
        QJsonObject counters;
        onServerThread([&] {
            qint64 requests = 0;
            qint64 bytes = 0;
            qint64 connections = 0;
            int peakOpen = 0;
            for (const auto &server : m_servers) {
                requests += server->totalRequests();
                bytes += server->bytesSent();
                connections += server->connectionCount();
                peakOpen = qMax(peakOpen, server->peakOpenConnections());
                server->resetCounters();
            }
            const double cpu = threadCpuSeconds();
            counters = QJsonObject {{u"requests"_s, requests},
                                    {u"bytes_sent"_s, bytes},
                                    {u"new_connections"_s, connections},
                                    {u"peak_open_connections_per_host"_s, peakOpen},
                                    {u"server_cpu_seconds"_s, cpu - m_serverCpu}};
            m_serverCpu = cpu;
        });
        return counters;
    }

private:
    // Enough of a JPEG for the image cache's magic-number check.
    static QByteArray tinyJpeg()
    {
        QByteArray bytes("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 20);
        bytes += QByteArray(2048, '\x55');
        return bytes + QByteArray("\xFF\xD9", 2);
    }

    void writeNewsFeed(int feed, int version)
    {
        qint64 htmlBytes = 0;
        const QByteArray xml = m_news->rss(feed, version, ItemsPerFeed, imageBaseFor(feed), &htmlBytes);
        QFile file(QDir(m_directory).filePath(u"%1.xml"_s.arg(feed)));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(xml) != xml.size())
            m_writeFailed = true;
        // A version has its own time, so ETag and Last-Modified change with it.
        file.setFileTime(QDateTime(QDate(2026, 1, 1), QTime(10 + version, 0), Qt::UTC),
                         QFileDevice::FileModificationTime);
        if (version == 0) {
            m_newsFeedBytes += xml.size();
            m_newsHtmlBytes += htmlBytes;
            m_newsItems += ItemsPerFeed;
        }
    }

    static QString pathFor(int feed) { return u"/feeds/%1.xml"_s.arg(feed); }
    TestHttpServer &serverFor(int feed) { return *m_servers.at(size_t(feed) % m_servers.size()); }

    template<typename F>
    void onServerThread(F &&work)
    {
        QMetaObject::invokeMethod(&m_context, std::forward<F>(work), Qt::BlockingQueuedConnection);
    }

    QThread m_thread;
    QObject m_context;
    std::vector<std::unique_ptr<TestHttpServer>> m_servers;
    double m_serverCpu = 0; // server thread CPU time at the last takeCounters()
    const NewsCorpus *m_news = nullptr;
    QString m_directory;
    qint64 m_newsFeedBytes = 0;
    qint64 m_newsHtmlBytes = 0;
    qint64 m_newsItems = 0;
    bool m_writeFailed = false;
};

} // namespace BenchServers
