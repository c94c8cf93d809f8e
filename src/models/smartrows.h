#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

// The rows above the person's folders in the category tree: All Articles,
// Unread, Starred and Top Stories. Their names, and the words tooltips and screen readers
// use for them (what they count is not always "unread"). Ids are
// CategoryTreeModel::SmartRow's.
class SmartRows final
{
    Q_DECLARE_TR_FUNCTIONS(CategoryTreeModel)

public:
    enum Row { AllArticles = 1, Unread, Starred, TopStories };

    static QString name(Row row);
    // Tooltip, accessible text (of the name or of the count column) and
    // accessible description; nothing for other roles.
    static QVariant data(Row row, int count, bool countColumn, int role);
};
