#pragma once

#include <QList>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

#include <atomic>

// Keeps the article pane off the network: every request it makes is blocked
// unless it is the page itself (the data: URL setHtml() loads, or its
// masthead-article: base), a cached image (masthead-cache:), an image
// embedded as data:, or about:blank / about:srcdoc. Remote images, style
// sheets, fonts, frames, prefetches and beacons never leave. The one
// exception is the person's own "Load Remote Images": while that is allowed,
// http(s) requests for images (and nothing else) go out.
class PaneRequestInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit PaneRequestInterceptor(QObject *parent = nullptr);

    static bool isAllowed(const QUrl &url, QWebEngineUrlRequestInfo::ResourceType type,
                          bool remoteImages = false);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    void setRemoteImagesAllowed(bool allowed) { m_remoteImages.store(allowed); }
    bool remoteImagesAllowed() const { return m_remoteImages.load(); }

    // What was blocked since the last clear (for tests and diagnostics).
    QList<QUrl> blocked() const { return m_blocked; }
    void clearBlocked() { m_blocked.clear(); }

private:
    QList<QUrl> m_blocked;
    // Qt 6 calls profile interceptors on the UI thread; atomic all the same,
    // as the flag is what stands between the page and the network.
    std::atomic<bool> m_remoteImages = false;
};
