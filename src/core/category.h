#pragma once

#include <QList>
#include <QString>
#include <QUrl>

// One node of the category tree as stored. parentId 0 is a root.
struct Category
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    int position = 0;
    bool subscribed = true;
};

// A feed as the tree shows it.
struct FeedNode
{
    qint64 id = 0;
    QString title;
    QUrl url;
    int unread = 0;
    int total = 0;
    QString lastError;
};

// The tree with counts rolled up: a node's unread/total include its feeds
// and every sub-category below it.
struct CategoryNode
{
    Category category;
    QString path; // "Micro News/Politics"
    int unread = 0;
    int total = 0;
    QList<FeedNode> feeds;
    QList<CategoryNode> children;
};

// Joins and splits "/"-separated category paths; names are trimmed and
// empty segments dropped.
QStringList splitCategoryPath(const QString &path);
QString joinCategoryPath(const QStringList &segments);
