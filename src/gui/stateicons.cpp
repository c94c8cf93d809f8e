#include "stateicons.h"

#include "articlelistmodel.h"
#include "iconset.h"

using namespace Qt::StringLiterals;

StateIcons::StateIcons(View view, QObject *parent) : QStyledItemDelegate(parent), m_view(view) { }

QIcon StateIcons::iconFor(View view, const QModelIndex &index)
{
    if (!index.isValid())
        return {};
    if (view == View::ArticleList && index.column() == ArticleListModel::StarColumn
        && index.data(ArticleListModel::StarredRole).toBool())
        return IconSet::icon(u"starred"_s);
    return {};
}

void StateIcons::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QIcon icon = iconFor(m_view, index);
    if (icon.isNull())
        return;
    option->icon = icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
    if (m_view == View::ArticleList) {
        // The icon stands for the star glyph; the model's words stay for screen readers.
        option->text.clear();
        option->features &= ~QStyleOptionViewItem::HasDisplay;
        option->decorationAlignment = Qt::AlignCenter;
        option->decorationPosition = QStyleOptionViewItem::Top;
        option->displayAlignment = Qt::AlignCenter;
    }
}
