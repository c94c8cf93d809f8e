#include "articlenavigator.h"

#include "articlelistmodel.h"
#include "articlepane.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QTreeView>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <utility>

ArticleNavigator::ArticleNavigator(QTreeView &list, ArticleListModel &articles, ArticlePane &pane, QObject *parent)
    : QObject(parent),
      m_list(list),
      m_articles(articles),
      m_pane(pane)
{
    connect(&m_articles, &ArticleListModel::pageLoaded, this, &ArticleNavigator::pageLoaded);
}

void ArticleNavigator::pageLoaded(bool first)
{
    const Move pending = std::exchange(m_pending, Move::None);
    if (!first && pending != Move::None)
        move(pending); // a new list (first page) is not the one it waited for
}

void ArticleNavigator::move(Move move)
{
    const int current = m_list.currentIndex().row();
    if (move == Move::Previous) {
        if (current > 0)
            m_list.setCurrentIndex(m_articles.index(current - 1, 0));
        return;
    }
    for (int row = current + 1; row < m_articles.rowCount(); ++row) {
        if (move == Move::Next || !m_articles.header(row).read) {
            m_list.setCurrentIndex(m_articles.index(row, 0));
            m_list.scrollTo(m_articles.index(row, 0));
            return;
        }
    }
    if (m_articles.canFetchMore({})) {
        m_pending = move;
        m_articles.fetchMore({});
        return;
    }
    if (move == Move::NextUnread)
        Q_EMIT message(tr("No more unread articles here"));
}

void ArticleNavigator::readOn()
{
    QWebEngineView *view = m_pane.view();
    QWebEnginePage *page = view->page();
    const qreal bottom = page->scrollPosition().y() + view->height();
    if (m_pane.articleId() != 0 && bottom + 2 < page->contentsSize().height()) {
        // Scripts are off in the pane: scroll it as a Page Down key would.
        QKeyEvent press(QEvent::KeyPress, Qt::Key_PageDown, Qt::NoModifier);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_PageDown, Qt::NoModifier);
        QWidget *target = view->focusProxy() ? view->focusProxy() : view;
        QCoreApplication::sendEvent(target, &press);
        QCoreApplication::sendEvent(target, &release);
        return;
    }
    move(Move::NextUnread);
}
