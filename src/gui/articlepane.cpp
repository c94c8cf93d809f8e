#include "articlepane.h"
#include "articlewebpage.h"
#include "cacheschemehandler.h"
#include "panerequestinterceptor.h"

#include <QEvent>
#include <QFile>
#include <QJsonArray>
#include <QPointer>
#include <QJsonDocument>
#include <QVBoxLayout>
#include <QWebEngineCookieStore>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

ArticlePane::ArticlePane(QWidget *parent)
    : QWidget(parent),
      m_renderer(readResource(u":/article/article.html"_s), readResource(u":/article/article.css"_s))
{
    // A profile made without a storage name is off the record: no cookies,
    // cache or history written anywhere.
    m_profile = new QWebEngineProfile(this);
    QWebEngineSettings *settings = m_profile->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
    settings->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    // Nothing remote leaves the pane; images come from the cache scheme.
    m_interceptor = new PaneRequestInterceptor(this);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    // Remote images, when the person loads them, must not bring cookies back.
    m_profile->cookieStore()->setCookieFilter(
            [](const QWebEngineCookieStore::FilterRequest &) { return false; });
    m_cacheScheme = new CacheSchemeHandler(this);
    m_profile->installUrlSchemeHandler(CacheSchemeHandler::schemeName(), m_cacheScheme);

    m_view = new QWebEngineView(this);
    m_page = new ArticleWebPage(m_profile, m_view);
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setAccessibleName(tr("Article text"));
    m_page->setBackgroundColor(palette().color(QPalette::Base));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_page, &ArticleWebPage::articleLinkClicked, this, &ArticlePane::articleRequested);
    connect(m_page, &ArticleWebPage::externalLinkClicked, this, &ArticlePane::externalLinkRequested);
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        m_documentReady = ok;
        Q_EMIT loadFinished(ok);
    });
}

ArticlePane::~ArticlePane()
{
    // The page must go before the profile it was made with.
    delete m_view;
}

void ArticlePane::setImageCacheDirectory(const QString &directory)
{
    m_cacheScheme->setDirectory(directory);
}

void ArticlePane::setReadingStyle(const ReadingStyle &style)
{
    if (style == m_renderer.readingStyle())
        return;
    m_renderer.setReadingStyle(style);
    // The page's stylesheet reads these variables; set inline on the root
    // they win over its own. JavaScript is off in the page's world, not in
    // the application's, which shares the DOM. The values are escaped CSS,
    // handed over as a JSON literal.
    QJsonArray variables;
    for (const auto &[name, value] : ArticlePageRenderer::readingVariables(style))
        variables.append(QJsonArray{name, value});
    const QString script = u"(function (vars) { const s = document.documentElement.style;"
                           " for (const [name, value] of vars) s.setProperty(name, value); })(%1);"_s.arg(
            QString::fromUtf8(QJsonDocument(variables).toJson(QJsonDocument::Compact)));
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld);
}

void ArticlePane::prepareAccessibility()
{
    if (!qEnvironmentVariableIsSet("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY"))
        qputenv("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY", "1");
}

ArticlePageColors ArticlePane::colors() const
{
    const QPalette &p = palette();
    const QColor base = p.color(QPalette::Base);
    // Palette colours may be translucent (Qt's placeholder text is the text
    // colour at half strength): the page gets them as drawn on the base.
    const auto opaque = [&base](QColor c) {
        const double a = c.alphaF();
        return QColor::fromRgbF(float(c.redF() * a + base.redF() * (1 - a)),
                                float(c.greenF() * a + base.greenF() * (1 - a)),
                                float(c.blueF() * a + base.blueF() * (1 - a)))
                .name();
    };
    ArticlePageColors c;
    c.text = opaque(p.color(QPalette::Text));
    c.base = base.name();
    c.muted = opaque(p.color(QPalette::PlaceholderText));
    c.link = opaque(p.color(QPalette::Link));
    c.rule = opaque(p.color(QPalette::Mid));
    // Whatever the palette, every text colour keeps 4.5:1 on the page.
    return c.legible();
}

void ArticlePane::announce(const QString &title)
{
    // The view's name is the article's title: a screen reader says it when
    // the article opens (name change) and whenever the pane gets focus.
    m_view->setAccessibleName(title.isEmpty() ? tr("Article text") : tr("Article: %1").arg(title));
}

void ArticlePane::load(const QString &html)
{
    // A navigation costs most of a second in Qt WebEngine 6.4 on this kind
    // of machine even for a short page; swapping the shown document's head
    // style and body for the new page's costs a few milliseconds. So the
    // pane navigates only to its first page, while a navigation is still
    // on its way, or when the new page's content policy differs (remote
    // images allowed or not): a policy is fixed for a document's life.
    const quint64 serial = ++m_loadSerial;
    if (!m_documentReady) {
        navigate(html);
        return;
    }
    static const QString swap = uR"js((function (html) {
    const next = new DOMParser().parseFromString(html, 'text/html');
    const policy = (d) => { const m = d.querySelector('meta[http-equiv="Content-Security-Policy"]'); return m ? m.content : null; };
    if (policy(document) === null || policy(document) !== policy(next))
        return false;
    const root = document.documentElement;
    for (const a of Array.from(root.attributes))
        if (a.name !== 'style' && !next.documentElement.hasAttribute(a.name)) root.removeAttribute(a.name);
    for (const a of Array.from(next.documentElement.attributes))
        if (a.name !== 'style') root.setAttribute(a.name, a.value);
    document.title = next.title;
    const style = document.querySelector('head style'), nextStyle = next.querySelector('head style');
    if (style && nextStyle) style.textContent = nextStyle.textContent;
    document.body.replaceWith(document.adoptNode(next.body));
    window.scrollTo(0, 0);
    return true;
})()js"_s;
    // The page as a JSON string literal: nothing in it can end the script.
    const QString literal = QString::fromUtf8(QJsonDocument(QJsonArray{html}).toJson(QJsonDocument::Compact));
    m_page->runJavaScript(swap + literal + u"[0])"_s, QWebEngineScript::ApplicationWorld,
                          [pane = QPointer<ArticlePane>(this), serial, html](const QVariant &swapped) {
                              if (!pane || serial != pane->m_loadSerial)
                                  return; // a newer page was asked for
                              if (swapped.toBool())
                                  Q_EMIT pane->loadFinished(true);
                              else
                                  pane->navigate(html);
                          });
}

void ArticlePane::navigate(const QString &html)
{
    m_documentReady = false;
    // The base URL is a scheme that serves nothing: relative references in
    // an article cannot reach the disk or the network.
    m_page->setHtml(html, QUrl(u"masthead-article:page"_s));
}

void ArticlePane::showArticle(const ArticlePageData &page)
{
    m_articleId = page.articleId;
    m_current = page;
    m_message.reset();
    // Before the load, so the new page gets exactly what it was built for.
    m_interceptor->setRemoteImagesAllowed(page.remoteImages);
    m_shownColors = colors();
    load(m_renderer.render(page, m_shownColors));
    announce(page.headline);
}

void ArticlePane::showMessage(const QString &headline, const QString &text)
{
    m_articleId = 0;
    m_current.reset();
    m_message = std::pair{headline, text};
    m_interceptor->setRemoteImagesAllowed(false);
    m_shownColors = colors();
    load(m_renderer.renderMessage(headline, text, m_shownColors));
    announce(headline);
}

void ArticlePane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // Before the page paints (and between pages) the view shows this.
    m_page->setBackgroundColor(palette().color(QPalette::Base));
    // Showing and polishing send palette changes too; the page is drawn
    // again only when its colours are not the ones it was drawn with.
    const ArticlePageColors now = colors();
    if (now.text == m_shownColors.text && now.base == m_shownColors.base && now.muted == m_shownColors.muted
        && now.link == m_shownColors.link && now.rule == m_shownColors.rule)
        return;
    m_shownColors = now;
    if (m_current)
        load(m_renderer.render(*m_current, now));
    else if (m_message)
        load(m_renderer.renderMessage(m_message->first, m_message->second, now));
}
