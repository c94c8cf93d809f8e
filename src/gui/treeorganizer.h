#pragma once

#include "categorytreemodel.h"
#include "deleteditems.h"
#include "result.h"

#include <QObject>

#include <functional>

class FeedPropertiesDialog;
class LibraryReader;
class LibraryWriter;
class QAction;
class QMenu;
class QModelIndex;
class QTreeView;
class QWidget;
class UndoHistory;

// The category tree, organised by the person: its context menu (Refresh,
// Mark All Read, New Folder, Rename, Move To, Delete, Properties), renames in place
// (F2), and drag and drop of feeds and folders. Every change is written
// through the LibraryWriter, off the window's thread; changed() asks the
// window to read the tree again, failed() carries the message of a refusal.
class TreeOrganizer final : public QObject
{
    Q_OBJECT

public:
    TreeOrganizer(QTreeView *view, CategoryTreeModel &model, LibraryReader &reader, LibraryWriter &writer,
                  UndoHistory &history, QWidget *window);

    // The folder a new folder goes into for this index: a folder itself,
    // a feed's folder, or the top level (0).
    qint64 folderOf(const QModelIndex &index) const;
    void newFolder(qint64 parentId, const QString &name);
    void moveTo(const QModelIndex &index, qint64 categoryId);
    // Deletes without asking (confirmRemove() asks first). Edit › Undo
    // brings the feed or folder back with its articles, their read and
    // starred state and its place; the delete is final once the undo is
    // no longer offered.
    void remove(const QModelIndex &index);
    // Asks, then deletes; false when the person said no.
    bool confirmRemove(const QModelIndex &index);
    // A feed's Properties dialog (open, not modal); null for a folder.
    FeedPropertiesDialog *showProperties(const QModelIndex &index);
    // While a name is being edited in the tree, a tree read again would
    // close the editor and lose what is typed: the window hands its update
    // here, and it runs when the editor closes (only the latest is kept).
    bool isEditing() const;
    void afterEditing(std::function<void()> update);
    // The menu for this item (also what a right click shows).
    QMenu *menuFor(const QModelIndex &index, QWidget *parent);

Q_SIGNALS:
    void changed();
    void failed(const QString &message);
    // What a change did, for the status bar (a delete, and what stays of it).
    void notice(const QString &message);
    void refreshRequested(); // the current item's feeds
    void markAllReadRequested(); // the current item's articles
    // The menu for index is built: others may add their items (an account's).
    void menuBuilt(QMenu *menu, const QModelIndex &index);

private:
    void showMenu(const QPoint &at);
    void askNewFolder(const QModelIndex &index);
    void finish(const QString &what, const Error *error);
    void rename(CategoryTreeModel::Kind kind, qint64 id, const QString &name);
    void move(CategoryTreeModel::Kind kind, qint64 id, qint64 categoryId);
    void deleted(const DeletedItems &items, const QString &name, bool folder);
    void restore(const DeletedItems &items);

    QTreeView *m_view;
    CategoryTreeModel &m_model;
    LibraryReader &m_reader;
    LibraryWriter &m_writer;
    UndoHistory &m_history;
    QWidget *m_window;
    QAction *m_properties = nullptr;
    std::function<void()> m_afterEditing;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_newFolder = nullptr;
};
