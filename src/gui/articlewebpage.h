#pragma once

#include <QWebEnginePage>

// The page the article pane shows. It never navigates: a click on another
// article asks the window to show it, a click on a web link goes to the
// system browser, and everything else is refused.
class ArticleWebPage final : public QWebEnginePage
{
    Q_OBJECT

public:
    explicit ArticleWebPage(QWebEngineProfile *profile, QObject *parent = nullptr);

Q_SIGNALS:
    void articleLinkClicked(qint64 articleId);
    void externalLinkClicked(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
};
