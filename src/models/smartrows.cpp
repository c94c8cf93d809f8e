#include "smartrows.h"

QString SmartRows::name(Row row)
{
    switch (row) {
    case AllArticles:
        return tr("All Articles");
    case Unread:
        return tr("Unread");
    case Starred:
        return tr("Starred");
    case TopStories:
        return tr("Top Stories");
    }
    return {};
}

QVariant SmartRows::data(Row row, int count, bool countColumn, int role)
{
    const bool starred = row == Starred;
    if (row == TopStories) {
        if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole)
            return tr("The stories of the last 24 hours that several of your sources cover, one row each");
        if (role == Qt::AccessibleTextRole) // the count cell is empty: it says what the row holds
            return countColumn ? data(row, count, false, Qt::ToolTipRole) : QVariant(name(row));
        return {};
    }
    switch (role) {
    case Qt::ToolTipRole:
        if (row == AllArticles)
            return tr("Every article of every feed: %n unread", nullptr, count);
        if (starred)
            return tr("The articles you starred, also of feeds you deleted: %n", nullptr, count);
        return tr("Every unread article: %n", nullptr, count);
    case Qt::AccessibleTextRole:
        if (!countColumn)
            return name(row);
        [[fallthrough]];
    case Qt::AccessibleDescriptionRole:
        return starred ? tr("%n starred", nullptr, count) : tr("%n unread", nullptr, count);
    default:
        return {};
    }
}
