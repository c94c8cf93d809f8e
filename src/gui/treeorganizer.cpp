#include "treeorganizer.h"
#include "nextturn.h"

#include "feedpropertiesdialog.h"
#include "librarywriter.h"
#include "undohistory.h"

#include <QAction>
#include <QPushButton>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QApplication>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

// A folder or feed of the person's (not a smart row, not Unfiled).
bool isOwnItem(const QModelIndex &index)
{
    const int kind = index.data(CategoryTreeModel::KindRole).toInt();
    return index.isValid() && index.data(CategoryTreeModel::IdRole).toLongLong() != 0
            && (kind == CategoryTreeModel::CategoryItem || kind == CategoryTreeModel::FeedItem);
}

} // namespace

TreeOrganizer::TreeOrganizer(QTreeView *view, CategoryTreeModel &model, LibraryReader &reader,
                             LibraryWriter &writer, UndoHistory &history, QWidget *window)
    : QObject(window), m_view(view), m_model(model), m_reader(reader), m_writer(writer), m_history(history),
      m_window(window)
{
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TreeOrganizer::showMenu);
    connect(&m_model, &CategoryTreeModel::renameRequested, this, &TreeOrganizer::rename);
    connect(&m_model, &CategoryTreeModel::moveRequested, this, &TreeOrganizer::move);

    // Keys that work while the tree has focus (the menu shows them).
    m_rename = new QAction(tr("&Rename"), this);
    m_rename->setObjectName(u"actionRenameInTree"_s);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetShortcut);
    m_rename->setToolTip(tr("Rename the selected folder or feed"));
    connect(m_rename, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex().siblingAtColumn(CategoryTreeModel::NameColumn);
        if (m_model.flags(current).testFlag(Qt::ItemIsEditable))
            m_view->edit(current);
    });
    m_delete = new QAction(tr("&Delete…"), this);
    m_delete->setObjectName(u"actionDeleteInTree"_s);
    m_delete->setShortcut(QKeySequence(QKeySequence::Delete));
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_delete->setToolTip(tr("Unsubscribe from the selected feed, or delete the selected folder"));
    connect(m_delete, &QAction::triggered, this, [this] { confirmRemove(m_view->currentIndex()); });
    m_newFolder = new QAction(tr("&New Folder…"), this);
    m_newFolder->setObjectName(u"actionNewFolder"_s);
    m_newFolder->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    m_newFolder->setShortcutContext(Qt::WidgetShortcut);
    m_newFolder->setToolTip(tr("Make a folder in the selected one"));
    connect(m_newFolder, &QAction::triggered, this, [this] { askNewFolder(m_view->currentIndex()); });
    m_properties = new QAction(tr("&Properties…"), this);
    m_properties->setObjectName(u"actionFeedProperties"_s);
    m_properties->setShortcut(QKeySequence(u"Alt+Return"_s));
    m_properties->setShortcutContext(Qt::WidgetShortcut);
    m_properties->setToolTip(tr("The selected feed's address, settings, last fetch and storage"));
    connect(m_properties, &QAction::triggered, this, [this] { showProperties(m_view->currentIndex()); });
    m_view->addActions({m_rename, m_delete, m_newFolder, m_properties});
    // After the editor's text is committed (and its rename asked for).
    connect(m_view->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (auto update = std::exchange(m_afterEditing, nullptr); update && !isEditing())
                update();
        });
    });
}

bool TreeOrganizer::isEditing() const
{
    // Editors live on the view's viewport and have the focus while open.
    QWidget *focus = QApplication::focusWidget();
    return focus && m_view->viewport()->isAncestorOf(focus);
}

void TreeOrganizer::afterEditing(std::function<void()> update)
{
    m_afterEditing = std::move(update);
}

qint64 TreeOrganizer::folderOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return 0;
    if (index.data(CategoryTreeModel::KindRole).toInt() == CategoryTreeModel::CategoryItem)
        return index.data(CategoryTreeModel::IdRole).toLongLong();
    return folderOf(index.parent());
}

void TreeOrganizer::finish(const QString &what, const Error *error)
{
    if (error)
        Q_EMIT failed(tr("%1: %2").arg(what, error->message));
    Q_EMIT changed(); // a refusal shows the tree as stored, too
}

void TreeOrganizer::newFolder(qint64 parentId, const QString &name)
{
    m_writer.newFolder(parentId, name).then(this, nextTurn(this, [this](const Result<qint64> &done) {
        finish(tr("New folder"), done ? nullptr : &done.error());
    }));
}

void TreeOrganizer::rename(CategoryTreeModel::Kind kind, qint64 id, const QString &name)
{
    auto future = kind == CategoryTreeModel::CategoryItem ? m_writer.renameCategory(id, name)
                                                          : m_writer.renameFeed(id, name);
    future.then(this, nextTurn(this, [this](const Result<> &done) { finish(tr("Rename"), done ? nullptr : &done.error()); }));
}

void TreeOrganizer::move(CategoryTreeModel::Kind kind, qint64 id, qint64 categoryId)
{
    auto future = kind == CategoryTreeModel::CategoryItem ? m_writer.moveCategory(id, categoryId)
                                                          : m_writer.moveFeed(id, categoryId);
    future.then(this, nextTurn(this, [this](const Result<> &done) { finish(tr("Move"), done ? nullptr : &done.error()); }));
}

void TreeOrganizer::moveTo(const QModelIndex &index, qint64 categoryId)
{
    if (!isOwnItem(index))
        return;
    move(CategoryTreeModel::Kind(index.data(CategoryTreeModel::KindRole).toInt()),
         index.data(CategoryTreeModel::IdRole).toLongLong(), categoryId);
}

void TreeOrganizer::remove(const QModelIndex &index)
{
    const qint64 id = index.data(CategoryTreeModel::IdRole).toLongLong();
    if (!isOwnItem(index))
        return;
    const bool folder = index.data(CategoryTreeModel::KindRole).toInt() == CategoryTreeModel::CategoryItem;
    const QString name = index.siblingAtColumn(CategoryTreeModel::NameColumn).data().toString();
    // The list is not left on what goes: the whole library's articles instead.
    for (QModelIndex up = m_view->currentIndex(); up.isValid(); up = up.parent()) {
        if (up.siblingAtColumn(CategoryTreeModel::NameColumn) == index.siblingAtColumn(CategoryTreeModel::NameColumn)) {
            m_view->setCurrentIndex(m_model.indexFor(CategoryTreeModel::SmartItem, CategoryTreeModel::AllArticlesRow));
            break;
        }
    }
    auto future = folder ? m_writer.markCategoryDeleted(id) : m_writer.markFeedDeleted(id);
    future.then(this, nextTurn(this, [this, name, folder](const Result<DeletedItems> &done) {
        if (done)
            deleted(done.value(), name, folder);
        finish(tr("Delete"), done ? nullptr : &done.error());
    }));
}

void TreeOrganizer::deleted(const DeletedItems &items, const QString &name, bool folder)
{
    // Marked only: purged once Undo no longer offers it back.
    m_history.push({folder ? tr("Delete Folder") : tr("Unsubscribe"), [this, items] { restore(items); },
                    [&writer = m_writer, items] { writer.purgeDeleted(items); }});
    const QString what = folder ? tr("Deleted the folder “%1”.").arg(name) : tr("Unsubscribed from “%1”.").arg(name);
    const QString starred = items.starred > 0
            ? tr("%n starred article(s) stay, under Starred.", nullptr, int(qMin<qint64>(items.starred, INT_MAX)))
            : QString();
    Q_EMIT notice(QStringList{what, starred, tr("Edit ▸ Undo (Ctrl+Z) takes it back.")}.join(u' ').simplified());
}

void TreeOrganizer::restore(const DeletedItems &items)
{
    m_writer.restoreDeleted(items).then(this, nextTurn(this, [this](const Result<> &done) {
        finish(tr("Undo"), done ? nullptr : &done.error());
    }));
}

bool TreeOrganizer::confirmRemove(const QModelIndex &index)
{
    if (!isOwnItem(index))
        return false;
    const QString name = index.siblingAtColumn(CategoryTreeModel::NameColumn).data().toString();
    const bool folder = index.data(CategoryTreeModel::KindRole).toInt() == CategoryTreeModel::CategoryItem;
    const QString question =
            folder ? tr("Delete the folder “%1”, its folders and their feeds? Their articles are deleted; "
                        "starred articles stay.")
                             .arg(name)
                   : tr("Unsubscribe from “%1”? Its articles are deleted; starred articles stay.").arg(name);
    QMessageBox box(QMessageBox::Question, folder ? tr("Delete Folder") : tr("Unsubscribe"), question,
                    QMessageBox::Cancel, m_window);
    QPushButton *yes = box.addButton(folder ? tr("&Delete") : tr("&Unsubscribe"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != yes)
        return false;
    remove(index);
    return true;
}

void TreeOrganizer::askNewFolder(const QModelIndex &index)
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("New Folder"), tr("Name of the new folder:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        newFolder(folderOf(index), name);
}

QMenu *TreeOrganizer::menuFor(const QModelIndex &index, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const QModelIndex name = index.siblingAtColumn(CategoryTreeModel::NameColumn);
    const bool real = isOwnItem(name);
    menu->addAction(tr("&Refresh"), this, &TreeOrganizer::refreshRequested);
    menu->addAction(tr("Mark &All Read"), this, &TreeOrganizer::markAllReadRequested);
    menu->addSeparator();
    menu->addAction(m_newFolder);
    m_rename->setEnabled(real);
    menu->addAction(m_rename);
    QMenu *moveMenu = menu->addMenu(tr("&Move To"));
    moveMenu->setEnabled(real);
    if (real) {
        const qint64 here = folderOf(name.parent()); // where it is now
        // By id: the tree may be read again (and its indexes gone) while the menu is open.
        const auto kind = CategoryTreeModel::Kind(name.data(CategoryTreeModel::KindRole).toInt());
        const qint64 itemId = name.data(CategoryTreeModel::IdRole).toLongLong();
        moveMenu->addAction(tr("(top level)"), this, [this, kind, itemId] { move(kind, itemId, 0); })
                ->setEnabled(here != 0);
        const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int row = 0; row < m_model.rowCount(parent); ++row) {
                const QModelIndex child = m_model.index(row, CategoryTreeModel::NameColumn, parent);
                const qint64 id = child.data(CategoryTreeModel::IdRole).toLongLong();
                if (child.data(CategoryTreeModel::KindRole).toInt() != CategoryTreeModel::CategoryItem || id == 0
                    || child == name) // not into itself nor below itself
                    continue;
                QAction *action = moveMenu->addAction(child.data(CategoryTreeModel::PathRole).toString(), this,
                                                    [this, kind, itemId, id] { move(kind, itemId, id); });
                action->setEnabled(id != here);
                walk(child);
            }
        };
        walk({});
    }
    m_delete->setEnabled(real);
    menu->addAction(m_delete);
    menu->addSeparator();
    m_properties->setEnabled(real && name.data(CategoryTreeModel::KindRole).toInt() == CategoryTreeModel::FeedItem);
    menu->addAction(m_properties);
    Q_EMIT menuBuilt(menu, name);
    return menu;
}

void TreeOrganizer::showMenu(const QPoint &at)
{
    const QModelIndex index = m_view->indexAt(at);
    if (index.isValid())
        m_view->setCurrentIndex(index); // Refresh and Mark All Read act on it
    QMenu *menu = menuFor(index, m_view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(at));
}

FeedPropertiesDialog *TreeOrganizer::showProperties(const QModelIndex &index)
{
    if (!index.isValid() || index.data(CategoryTreeModel::KindRole).toInt() != CategoryTreeModel::FeedItem)
        return nullptr;
    auto *dialog = new FeedPropertiesDialog(index.data(CategoryTreeModel::IdRole).toLongLong(), m_reader, m_writer,
                                            m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FeedPropertiesDialog::saved, this, &TreeOrganizer::changed);
    dialog->open();
    return dialog;
}
