#include "categorytreemodel.h"
#include "smartrows.h"

#include <algorithm>
#include <functional>
#include <limits>

#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>

namespace {
constexpr auto TreeItemsMime = "application/x-masthead-tree-items";
}

using namespace Qt::StringLiterals;

CategoryTreeModel::CategoryTreeModel(QObject *parent) : QAbstractItemModel(parent) { }

void CategoryTreeModel::add(const CategoryNode &node, int parent, int row)
{
    const int self = int(m_items.size());
    m_items.append(Item{CategoryItem, node.category.id, node.category.name, node.path, node.unread,
                        node.total, node.category.subscribed, QString(), parent, row, {}});
    if (parent < 0)
        m_roots.append(self);
    else
        m_items[parent].children.append(self);
    int childRow = 0;
    for (const CategoryNode &child : node.children)
        add(child, self, childRow++);
    for (const FeedNode &feed : node.feeds) {
        const int feedIndex = int(m_items.size());
        m_items.append(Item{FeedItem, feed.id, feed.title, node.path, feed.unread, feed.total,
                            node.category.subscribed, feed.lastError, self, childRow++, {}});
        m_feedUrls.resize(m_items.size());
        m_feedUrls[feedIndex] = feed.url;
        m_items[self].children.append(feedIndex);
    }
}

void CategoryTreeModel::setTree(const QList<CategoryNode> &roots)
{
    beginResetModel();
    m_items.clear();
    m_roots.clear();
    m_feedUrls.clear();
    if (m_smartRows && !roots.isEmpty())
        addSmartRows(roots);
    int row = int(m_roots.size());
    for (const CategoryNode &root : roots)
        add(root, -1, row++);
    endResetModel();
}

void CategoryTreeModel::setSmartRows(bool shown)
{
    m_smartRows = shown;
}

void CategoryTreeModel::addSmartRows(const QList<CategoryNode> &roots)
{
    int unread = 0;
    int total = 0;
    for (const CategoryNode &root : roots) {
        unread += root.unread;
        total += root.total;
    }
    for (const SmartRow id : {AllArticlesRow, UnreadRow, StarredRow, TopStoriesRow}) {
        const bool starred = id == StarredRow;
        if (id == TopStoriesRow) { // counted by no counter: no count
            m_roots.append(int(m_items.size()));
            m_items.append(Item{SmartItem, id, SmartRows::name(SmartRows::Row(id)), QString(), 0, 0, true,
                                QString(), -1, int(m_roots.size()) - 1, {}});
            continue;
        }
        m_roots.append(int(m_items.size()));
        m_items.append(Item{SmartItem, id, SmartRows::name(SmartRows::Row(id)), QString(), starred ? m_starred : unread,
                            starred ? m_starred : id == UnreadRow ? unread : total, true, QString(), -1,
                            int(m_roots.size()) - 1, {}});
    }
}

void CategoryTreeModel::setStarredCount(qint64 count)
{
    m_starred = int(std::clamp<qint64>(count, 0, std::numeric_limits<int>::max()));
    const QModelIndex row = indexFor(SmartItem, StarredRow);
    if (!row.isValid())
        return;
    Item &item = m_items[qsizetype(row.internalId())];
    if (item.unread == m_starred)
        return;
    item.unread = item.total = m_starred;
    Q_EMIT dataChanged(row, row.siblingAtColumn(UnreadColumn));
}

QModelIndex CategoryTreeModel::indexFor(Kind kind, qint64 id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).kind == kind && m_items.at(i).id == id)
            return createIndex(m_items.at(i).row, 0, quintptr(i));
    }
    return {};
}

const CategoryTreeModel::Item *CategoryTreeModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= quintptr(m_items.size()))
        return nullptr;
    return &m_items.at(qsizetype(index.internalId()));
}

QModelIndex CategoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QList<int> *siblings = &m_roots;
    if (parent.isValid()) {
        const Item *p = itemAt(parent);
        if (!p || parent.column() != 0)
            return {};
        siblings = &p->children;
    }
    if (row >= siblings->size())
        return {};
    return createIndex(row, column, quintptr(siblings->at(row)));
}

QModelIndex CategoryTreeModel::parent(const QModelIndex &child) const
{
    const Item *item = itemAt(child);
    if (!item || item->parent < 0)
        return {};
    return createIndex(m_items.at(item->parent).row, 0, quintptr(item->parent));
}

int CategoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const Item *item = itemAt(parent);
    return item ? int(item->children.size()) : 0;
}

int CategoryTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CategoryTreeModel::data(const QModelIndex &index, int role) const
{
    QVariant own = plainData(index, role);
    const Item *item = m_categoryDecorator && index.column() == NameColumn ? itemAt(index) : nullptr;
    if (!item || item->kind != CategoryItem || item->id == 0)
        return own;
    QVariant decorated = m_categoryDecorator(item->id, role, own);
    return decorated.isValid() ? decorated : own;
}

void CategoryTreeModel::setCategoryDecorator(CategoryDecorator decorator)
{
    m_categoryDecorator = std::move(decorator);
    decorationsChanged();
}

void CategoryTreeModel::categoryDecorationsChanged()
{
    decorationsChanged();
}

QVariant CategoryTreeModel::plainData(const QModelIndex &index, int role) const
{
    const Item *item = itemAt(index);
    if (!item)
        return {};
    if (item->kind == SmartItem && (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole
                                    || role == Qt::AccessibleDescriptionRole))
        return SmartRows::data(SmartRows::Row(item->id), item->unread, index.column() == UnreadColumn, role);
    switch (role) {
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(item->name) : QVariant();
    case Qt::DisplayRole:
        if (index.column() == UnreadColumn)
            return item->unread > 0 ? QVariant(item->unread) : QVariant();
        return item->name;
    case Qt::ToolTipRole:
        if (!item->error.isEmpty())
            return tr("%1 — last refresh failed: %2").arg(item->name, item->error);
        return tr("%1: %n unread", nullptr, item->unread).arg(item->name);
    case Qt::AccessibleTextRole:
        // The cell's own value; the unread count and a failed refresh are
        // the row's description.
        if (index.column() == UnreadColumn)
            return tr("%n unread", nullptr, item->unread);
        return item->name;
    case Qt::AccessibleDescriptionRole:
        if (!item->error.isEmpty())
            return tr("%n unread, last refresh failed: %1", nullptr, item->unread).arg(item->error);
        return tr("%n unread", nullptr, item->unread);
    case Qt::DecorationRole:
        if (index.column() != NameColumn || item->kind != FeedItem)
            return {};
        if (!item->error.isEmpty() && !m_problemIcon.isNull())
            return m_problemIcon; // the badge says more than the site's icon
        if (m_feedIcons) {
            const QIcon icon = m_feedIcons(m_feedUrls.value(qsizetype(index.internalId())));
            if (!icon.isNull())
                return icon;
        }
        return {};
    case Qt::FontRole:
        if (item->unread > 0 && !(item->kind == SmartItem && item->id == StarredRow)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == UnreadColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::CheckStateRole:
        if (index.column() == NameColumn && item->kind == CategoryItem && item->id != 0)
            return item->subscribed ? Qt::Checked : Qt::Unchecked;
        return {};
    case KindRole:
        return item->kind;
    case IdRole:
        return item->id;
    case PathRole:
        return item->path;
    case UnreadRole:
        return item->unread;
    case TotalRole:
        return item->total;
    case SubscribedRole:
        return item->subscribed;
    case ErrorRole:
        return item->error;
    case UrlRole:
        return m_feedUrls.value(qsizetype(index.internalId()));
    default:
        return {};
    }
}

bool CategoryTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Item *item = itemAt(index);
    if (item && item->kind == SmartItem)
        return false;
    if (item && role == Qt::EditRole && index.column() == NameColumn && item->id != 0) {
        const QString name = value.toString().simplified();
        if (name.isEmpty())
            return false;
        if (name != item->name)
            Q_EMIT renameRequested(item->kind, item->id, name);
        return true;
    }
    if (!item || role != Qt::CheckStateRole || item->kind != CategoryItem || item->id == 0
        || index.column() != NameColumn)
        return false;
    const bool subscribed = value.toInt() == Qt::Checked;
    if (subscribed == item->subscribed)
        return true;
    Q_EMIT subscriptionChangeRequested(item->id, subscribed);
    return true;
}

Qt::ItemFlags CategoryTreeModel::flags(const QModelIndex &index) const
{
    const Item *item = itemAt(index);
    if (!item)
        return index.isValid() ? Qt::NoItemFlags : Qt::ItemIsDropEnabled; // the top level
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (item->kind == SmartItem)
        return f | Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn && item->id != 0)
        f |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    if (item->kind == CategoryItem)
        f |= Qt::ItemIsDropEnabled;
    if (item->kind == CategoryItem && item->id != 0 && index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    if (item->children.isEmpty())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

void CategoryTreeModel::setFeedIcons(std::function<QIcon(const QUrl &)> icons)
{
    m_feedIcons = std::move(icons);
    decorationsChanged();
}

void CategoryTreeModel::feedIconsChanged()
{
    decorationsChanged();
}

void CategoryTreeModel::setProblemIcon(const QIcon &icon)
{
    m_problemIcon = icon;
    decorationsChanged();
}

void CategoryTreeModel::decorationsChanged()
{
    // Every row may change: tell the views about each level's first column.
    const std::function<void(const QModelIndex &)> changed = [&](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        Q_EMIT dataChanged(index(0, NameColumn, parent), index(rows - 1, NameColumn, parent),
                           {Qt::DecorationRole});
        for (int row = 0; row < rows; ++row)
            changed(index(row, NameColumn, parent));
    };
    changed({});
}

QList<QModelIndex> CategoryTreeModel::feedIndexes() const
{
    QList<QModelIndex> found;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).kind == FeedItem)
            found.append(createIndex(m_items.at(i).row, NameColumn, quintptr(i)));
    }
    return found;
}

QList<QModelIndex> CategoryTreeModel::problemFeeds() const
{
    QList<QModelIndex> found;
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < rowCount(parent); ++row) {
            const QModelIndex child = index(row, NameColumn, parent);
            const Item *item = itemAt(child);
            if (item && item->kind == FeedItem && !item->error.isEmpty())
                found.append(child);
            walk(child);
        }
    };
    walk({});
    return found;
}

QVariant CategoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Category") : section == UnreadColumn ? tr("Unread") : QVariant();
}

QHash<int, QByteArray> CategoryTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({{KindRole, "kind"}, {IdRole, "id"}, {PathRole, "path"}, {UnreadRole, "unread"},
                  {TotalRole, "total"}, {SubscribedRole, "subscribed"}, {ErrorRole, "error"},
                  {UrlRole, "url"}});
    return names;
}

Qt::DropActions CategoryTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList CategoryTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(TreeItemsMime)};
}

QMimeData *CategoryTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    for (const QModelIndex &index : indexes) {
        const Item *item = itemAt(index);
        if (item && index.column() == NameColumn && item->id != 0 && item->kind != SmartItem)
            out << qint32(item->kind) << qint64(item->id);
    }
    if (bytes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(TreeItemsMime), bytes);
    return data;
}

QList<std::pair<CategoryTreeModel::Kind, qint64>> CategoryTreeModel::decode(const QMimeData *data)
{
    QList<std::pair<Kind, qint64>> items;
    if (!data)
        return items;
    QDataStream in(data->data(QString::fromLatin1(TreeItemsMime)));
    while (!in.atEnd() && items.size() < 10000) {
        qint32 kind = -1;
        qint64 id = 0;
        in >> kind >> id;
        if (in.status() != QDataStream::Ok || (kind != CategoryItem && kind != FeedItem) || id <= 0)
            return {};
        items.append({Kind(kind), id});
    }
    return items;
}

bool CategoryTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                        const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(QString::fromLatin1(TreeItemsMime)))
        return false;
    const Item *target = itemAt(parent);
    if (parent.isValid() && (!target || target->kind != CategoryItem))
        return false;
    const qint64 targetId = target ? target->id : 0;
    const auto items = decode(data);
    if (items.isEmpty())
        return false;
    for (const auto &[kind, id] : items) {
        if (kind != CategoryItem)
            continue;
        // Not onto itself nor into its own subtree (the library refuses it too).
        for (const Item *up = target; up; up = up->parent >= 0 ? &m_items.at(up->parent) : nullptr) {
            if (up->kind == CategoryItem && up->id == id)
                return false;
        }
    }
    return targetId >= 0;
}

bool CategoryTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                     const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Item *target = itemAt(parent);
    const qint64 targetId = target ? target->id : 0;
    for (const auto &[kind, id] : decode(data))
        Q_EMIT moveRequested(kind, id, targetId);
    return false; // nothing moves here: the owner stores it and sets the tree again
}
