#include "panecontroller.h"
#include "nextturn.h"

#include "articlepane.h"
#include "feedcontroller.h"
#include "libraryreader.h"

#include <QAction>
#include <QLabel>

using namespace Qt::StringLiterals;

PaneController::PaneController(LibraryReader &reader, ArticlePane &pane, const FeedController &feeds,
                               std::function<QString()> highlight, QObject *parent)
    : QObject(parent),
      m_reader(reader),
      m_pane(pane),
      m_feeds(feeds),
      m_highlight(std::move(highlight))
{
    m_loadRemoteImages = new QAction(tr("Load Remote &Images"), this);
    m_loadRemoteImages->setObjectName(u"actionLoadRemoteImages"_s);
    m_loadRemoteImages->setToolTip(tr("Load this article's images that are not stored offline from the web"));
    m_loadRemoteImages->setShortcut(QKeySequence(u"Ctrl+Shift+I"_s));
    m_loadRemoteImages->setEnabled(false);
    connect(m_loadRemoteImages, &QAction::triggered, this, &PaneController::loadRemoteImages);

    m_imagesNote = new QLabel;
    m_imagesNote->setObjectName(u"remoteImagesNote"_s);
    m_imagesNote->hide();
}

void PaneController::open(qint64 articleId, bool remoteImages)
{
    const quint64 request = ++m_request;
    m_reader.page(articleId, remoteImages ? UncachedImages::KeepRemote : UncachedImages::Remove, m_highlight())
            .then(this, nextTurn(this, [this, request](const Result<ArticlePageData> &page) {
                if (request != m_request)
                    return; // the person moved on
                if (!page)
                    showMessage(tr("This article cannot be shown"), page.error().message);
                else
                    showPage(page.value());
            }));
}

void PaneController::showMessage(const QString &headline, const QString &text)
{
    m_pane.showMessage(headline, text);
    updateRemoteImages();
    Q_EMIT shown();
}

void PaneController::showPage(const ArticlePageData &page)
{
    m_pane.showArticle(page);
    updateRemoteImages();
    Q_EMIT shown();
}

void PaneController::loadRemoteImages()
{
    const qint64 id = m_pane.articleId();
    if (!id || m_feeds.isOffline() || m_pane.remoteImagesShown())
        return;
    open(id, true);
}

void PaneController::offlineChanged(bool offline)
{
    // The article is shown again from the library alone.
    if (offline && m_pane.remoteImagesShown())
        open(m_pane.articleId());
    updateRemoteImages();
}

void PaneController::updateRemoteImages()
{
    const int missing = m_pane.uncachedImageCount();
    const bool online = !m_feeds.isOffline();
    const bool shown = m_pane.remoteImagesShown();
    m_loadRemoteImages->setEnabled(online && missing > 0 && !shown);
    if (missing == 0) {
        m_imagesNote->clear();
        m_imagesNote->hide();
        return;
    }
    if (shown)
        m_imagesNote->setText(tr("%n image(s) not stored offline, loaded from the web", nullptr, missing));
    else if (online)
        m_imagesNote->setText(tr("%n image(s) not stored offline — View ▸ Load Remote Images", nullptr, missing));
    else
        m_imagesNote->setText(tr("%n image(s) not stored offline", nullptr, missing));
    m_imagesNote->show();
}
