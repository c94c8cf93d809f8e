#include "panerequestinterceptor.h"
#include "imagetype.h"

using namespace Qt::StringLiterals;

PaneRequestInterceptor::PaneRequestInterceptor(QObject *parent) : QWebEngineUrlRequestInterceptor(parent) { }

bool PaneRequestInterceptor::isAllowed(const QUrl &url, QWebEngineUrlRequestInfo::ResourceType type,
                                       bool remoteImages)
{
    using Info = QWebEngineUrlRequestInfo;
    const QString scheme = url.scheme().toLower();
    if (scheme == imageCacheScheme())
        return type == Info::ResourceTypeImage;
    if (scheme == u"masthead-article")
        return type == Info::ResourceTypeMainFrame;
    if (scheme == u"data")
        return type == Info::ResourceTypeMainFrame || type == Info::ResourceTypeImage;
    if (scheme == u"http" || scheme == u"https")
        return remoteImages && type == Info::ResourceTypeImage && !url.host().isEmpty();
    if (scheme == u"about")
        return url.path() == u"blank" || url.path() == u"srcdoc";
    return false;
}

void PaneRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (isAllowed(info.requestUrl(), info.resourceType(), m_remoteImages.load()))
        return;
    info.block(true);
    if (m_blocked.size() < 1000)
        m_blocked.append(info.requestUrl());
}
