#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

// Tab and Shift+Tab between the window's panes in the order they stand
// (tree, list, article, search), whatever the focus chain says: the web
// view builds its focus widget anew for each page and the toolbar moves the
// search field as it lays itself out, and either may leave the chain with
// the article last. Each widget of the order moves focus to its neighbour;
// inside the article, Tab walks its links (the web engine's own).
class FocusOrder final : public QObject
{
    Q_OBJECT

public:
    FocusOrder(const QList<QWidget *> &order, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QPointer<QWidget>> m_order;
};
