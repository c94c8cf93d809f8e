#pragma once

#include "articlepage.h"

#include <QWidget>

class ArticleWebPage;
class CacheSchemeHandler;
class PaneRequestInterceptor;
class QWebEngineProfile;
class QWebEngineView;

// The right-hand pane: the article laid out like a news page, with More like
// this under it. Its web profile is off the record with JavaScript off; pages
// are rendered from a local template, never fetched. Remote images load only
// for a page built with them (ArticlePageData::remoteImages, the person's
// "Load Remote Images"); any other page shown blocks them again.
class ArticlePane final : public QWidget
{
    Q_OBJECT

public:
    explicit ArticlePane(QWidget *parent = nullptr);
    ~ArticlePane() override;

    // Qt WebEngine 6.4 on Linux gives assistive technologies the page's
    // content only if QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY is in the
    // environment before the engine starts; Chromium then builds its
    // accessibility tree once Qt's accessibility is active (a screen reader
    // is on the AT-SPI bus), and not before, so it costs nothing otherwise.
    // Call before the QApplication exists. Someone who set it keeps theirs.
    static void prepareAccessibility();

    void showArticle(const ArticlePageData &page);
    void showMessage(const QString &headline, const QString &text);
    qint64 articleId() const { return m_articleId; }
    // Remote images of the shown article that are not stored offline.
    int uncachedImageCount() const { return m_current ? m_current->uncachedImageCount : 0; }
    // Whether the shown article was loaded with its remote images.
    bool remoteImagesShown() const { return m_current && m_current->remoteImages; }
    QWebEngineView *view() const { return m_view; }


    // The person's font, size, measure and leading: the shown page is
    // restyled in place (no reload, the reader keeps their place), and the
    // pages shown next are built with it.
    void setReadingStyle(const ReadingStyle &style);
    const ReadingStyle &readingStyle() const { return m_renderer.readingStyle(); }

    // Where cached images are served from (masthead-cache:); none until set.
    void setImageCacheDirectory(const QString &directory);
    PaneRequestInterceptor *requestInterceptor() const { return m_interceptor; }

Q_SIGNALS:
    void articleRequested(qint64 articleId);
    void externalLinkRequested(const QUrl &url);
    void loadFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    ArticlePageColors colors() const;
    void announce(const QString &title);
    void load(const QString &html);
    void navigate(const QString &html);

    QWebEngineProfile *m_profile = nullptr;
    CacheSchemeHandler *m_cacheScheme = nullptr;
    PaneRequestInterceptor *m_interceptor = nullptr;
    ArticleWebPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    ArticlePageRenderer m_renderer;
    qint64 m_articleId = 0;
    std::optional<ArticlePageData> m_current;
    std::optional<std::pair<QString, QString>> m_message; // headline, text
    ArticlePageColors m_shownColors; // what the shown page was drawn with
    bool m_documentReady = false; // a page is loaded whose contents can be swapped
    quint64 m_loadSerial = 0;     // which load a swap's answer belongs to
};
