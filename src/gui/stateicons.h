#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

// The list's star and the tree's failed-refresh mark drawn as icons (the
// desktop's, else Masthead's own) instead of a text glyph. What a screen
// reader gets is unchanged: the models' own words ("Starred", "Not
// starred", "last refresh failed: …") are the icons' text alternatives.
class StateIcons final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class View { ArticleList, CategoryTree };

    explicit StateIcons(View view, QObject *parent = nullptr);

    // The icon a cell shows for its row's state; none for most cells.
    static QIcon iconFor(View view, const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    View m_view;
};
