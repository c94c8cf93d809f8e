#include "articlewebpage.h"
#include "articlepage.h"

using namespace Qt::StringLiterals;

ArticleWebPage::ArticleWebPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
}

bool ArticleWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (type != NavigationTypeLinkClicked)
        return type == NavigationTypeTyped || type == NavigationTypeReload ? isMainFrame : false;
    if (const qint64 id = ArticlePageRenderer::articleIdFromLink(url))
        Q_EMIT articleLinkClicked(id);
    else if (url.scheme() == "http"_L1 || url.scheme() == "https"_L1 || url.scheme() == "mailto"_L1)
        Q_EMIT externalLinkClicked(url);
    return false;
}

QWebEnginePage *ArticleWebPage::createWindow(WebWindowType)
{
    return nullptr; // no pop-ups
}
