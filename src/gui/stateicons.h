#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

// The list's star drawn as an icon (the desktop's, else Masthead's own)
// instead of a text glyph. What a screen reader gets is unchanged: the
// model's own words ("Starred", "Not starred") are the icon's text
// alternative. (The tree's failed-refresh badge is the tree model's.)
class StateIcons final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class View { ArticleList };

    explicit StateIcons(View view, QObject *parent = nullptr);

    // The icon a cell shows for its row's state; none for most cells.
    static QIcon iconFor(View view, const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    View m_view;
};
