#pragma once

#include <QList>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

// Keeps the article pane off the network: every request it makes is blocked
// unless it is the page itself (the data: URL setHtml() loads, or its
// masthead-article: base), a cached image (masthead-cache:), an image
// embedded as data:, or about:blank / about:srcdoc. Remote images, style
// sheets, fonts, frames, prefetches and beacons never leave.
class PaneRequestInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit PaneRequestInterceptor(QObject *parent = nullptr);

    static bool isAllowed(const QUrl &url, QWebEngineUrlRequestInfo::ResourceType type);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    // What was blocked since the last clear (for tests and diagnostics).
    QList<QUrl> blocked() const { return m_blocked; }
    void clearBlocked() { m_blocked.clear(); }

private:
    QList<QUrl> m_blocked;
};
