#pragma once

#include "categorytreemodel.h"
#include "result.h"

#include <QObject>

class LibraryWriter;
class QAction;
class QMenu;
class QModelIndex;
class QTreeView;
class QWidget;

// The category tree, organised by the person: its context menu (Refresh,
// Mark All Read, New Folder, Rename, Move To, Delete), renames in place
// (F2), and drag and drop of feeds and folders. Every change is written
// through the LibraryWriter, off the window's thread; changed() asks the
// window to read the tree again, failed() carries the message of a refusal.
class TreeOrganizer final : public QObject
{
    Q_OBJECT

public:
    TreeOrganizer(QTreeView *view, CategoryTreeModel &model, LibraryWriter &writer, QWidget *window);

    // The folder a new folder goes into for this index: a folder itself,
    // a feed's folder, or the top level (0).
    qint64 folderOf(const QModelIndex &index) const;
    void newFolder(qint64 parentId, const QString &name);
    void moveTo(const QModelIndex &index, qint64 categoryId);
    // Deletes without asking (confirmRemove() asks first).
    void remove(const QModelIndex &index);
    // Asks, then deletes; false when the person said no.
    bool confirmRemove(const QModelIndex &index);
    // The menu for this item (also what a right click shows).
    QMenu *menuFor(const QModelIndex &index, QWidget *parent);

Q_SIGNALS:
    void changed();
    void failed(const QString &message);
    void refreshRequested(); // the current item's feeds
    void markAllReadRequested(); // the current item's articles

private:
    void showMenu(const QPoint &at);
    void askNewFolder(const QModelIndex &index);
    void finish(const QString &what, const Error *error);
    void rename(CategoryTreeModel::Kind kind, qint64 id, const QString &name);
    void move(CategoryTreeModel::Kind kind, qint64 id, qint64 categoryId);

    QTreeView *m_view;
    CategoryTreeModel &m_model;
    LibraryWriter &m_writer;
    QWidget *m_window;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_newFolder = nullptr;
};
