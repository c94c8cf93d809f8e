#pragma once

#include "category.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QUrl>

#include <functional>

// The category tree: categories nest, feeds are their leaves. Column 0 is the
// name (checkable on categories: the subscription), column 1 the unread count.
// The model holds values; whoever reads the library calls setTree().
// With setSmartRows(true), "All Articles", "Unread", "Starred" and "Top Stories" come
// first (SmartItem, ids SmartRow) above a library that has any folder or feed.
class CategoryTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Kind { CategoryItem, FeedItem, SmartItem };
    enum SmartRow { AllArticlesRow = 1, UnreadRow, StarredRow, TopStoriesRow }; // as SmartRows::Row
    enum Role {
        KindRole = Qt::UserRole + 1,
        IdRole,
        PathRole,
        UnreadRole,
        TotalRole,
        SubscribedRole,
        ErrorRole,
        UrlRole, // a feed's address
    };
    enum Column { NameColumn, UnreadColumn, ColumnCount };

    explicit CategoryTreeModel(QObject *parent = nullptr);

    void setTree(const QList<CategoryNode> &roots);
    // Shown from the next setTree(). Their counts are the tree's roll-ups;
    // Starred's is given (the library's figures).
    void setSmartRows(bool shown);
    void setStarredCount(qint64 count);
    // The badge of a feed whose last refresh failed (the view's style has
    // the icon; the error is the tooltip). Null: no badge.
    void setProblemIcon(const QIcon &icon);
    // Each feed's own icon (its site's), from its address; a null icon:
    // none. The owner calls feedIconsChanged() when icons arrive.
    void setFeedIcons(std::function<QIcon(const QUrl &feedUrl)> icons);
    void feedIconsChanged();
    // More for category rows (say, a server account's state on the root of
    // its subtree), asked for the name column with the model's own value:
    // what it returns replaces it, an invalid QVariant keeps it. The owner
    // calls categoryDecorationsChanged() when its answers change.
    using CategoryDecorator = std::function<QVariant(qint64 categoryId, int role, const QVariant &own)>;
    void setCategoryDecorator(CategoryDecorator decorator);
    void categoryDecorationsChanged();
    // Every feed whose last refresh failed, in tree order.
    QList<QModelIndex> problemFeeds() const;
    // Every feed, in tree order.
    QList<QModelIndex> feedIndexes() const;
    QModelIndex indexFor(Kind kind, qint64 id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Feeds and folders are dragged onto folders (or the empty area: the
    // top level); the model only asks, through moveRequested().
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // The person ticked or unticked a category; the owner stores it and calls setTree().
    void subscriptionChangeRequested(qint64 categoryId, bool subscribed);
    // The person renamed a folder or a feed in place (F2); the owner stores it.
    void renameRequested(CategoryTreeModel::Kind kind, qint64 id, const QString &name);
    // A feed or folder was dropped on the folder categoryId (0: the top level).
    void moveRequested(CategoryTreeModel::Kind kind, qint64 id, qint64 categoryId);

private:
    struct Item
    {
        Kind kind = CategoryItem;
        qint64 id = 0;
        QString name;
        QString path;
        int unread = 0;
        int total = 0;
        bool subscribed = true;
        QString error;
        int parent = -1; // index into m_items, -1 for roots
        int row = 0;
        QList<int> children;
    };
    void add(const CategoryNode &node, int parent, int row);
    void addSmartRows(const QList<CategoryNode> &roots);
    void decorationsChanged();
    const Item *itemAt(const QModelIndex &index) const;
    QVariant plainData(const QModelIndex &index, int role) const;
    static QList<std::pair<Kind, qint64>> decode(const QMimeData *data);

    QList<Item> m_items;
    QList<int> m_roots;
    QIcon m_problemIcon;
    std::function<QIcon(const QUrl &)> m_feedIcons;
    CategoryDecorator m_categoryDecorator;
    QList<QUrl> m_feedUrls; // by item index; empty for categories
    bool m_smartRows = false;
    int m_starred = 0;
};
