#pragma once

#include <QObject>

class ArticleListModel;
class ArticlePane;
class QTreeView;

// Next, previous and next unread through the article list (J/K, N/P,
// Space). Past the rows loaded so far it asks the list for its next page and
// moves when the page arrives; a new list drops the move that waited.
class ArticleNavigator final : public QObject
{
    Q_OBJECT

public:
    enum class Move { None, Next, Previous, NextUnread };

    ArticleNavigator(QTreeView &list, ArticleListModel &articles, ArticlePane &pane, QObject *parent);

    void move(Move move);
    // Space reads on: it scrolls the article a page, and at its end goes to
    // the next unread one.
    void readOn();

Q_SIGNALS:
    // Something to tell the person (nothing more to go to).
    void message(const QString &text);

private:
    void pageLoaded(bool first);

    QTreeView &m_list;
    ArticleListModel &m_articles;
    ArticlePane &m_pane;
    Move m_pending = Move::None; // waits for the list's next page
};
