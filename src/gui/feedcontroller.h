#pragma once

#include "discovery.h"
#include "subscriptions.h"

#include <QObject>
#include <QPointer>

class CategoryTreeModel;
class LibraryReader;
class LibraryWriter;
class OfflineMonitor;
class SubscribeDialog;
class RefreshScheduler;
class QAction;
class QProgressBar;
class QStatusBar;
class QWidget;
class QUrl;
class RefreshService;
struct RefreshReport;

// The window's side of fetching: refresh with progress in the status bar,
// subscribing (the subscribe dialog, for the menu, the toolbar, a drop on
// the window and a launch's addresses), OPML import and export, and the
// offline state (a toggle, plus automatic detection when the system says it
// is offline). New subscriptions are written through the LibraryWriter, off
// the window's thread; their first fetch starts at once.
class FeedController final : public QObject
{
    Q_OBJECT

public:
    FeedController(RefreshService &refresh, Subscriptions &subscriptions, LibraryReader &reader, LibraryWriter &writer,
                   DiscoveryFactory makeDiscovery, OfflineMonitor &offline, RefreshScheduler &scheduler,
                   const CategoryTreeModel &tree, QWidget *window, QStatusBar *statusBar);

    void refreshAll();
    // Refreshes these feeds now (a feed or a category picked in the tree).
    void refresh(const QList<qint64> &feedIds);
    // Opens the subscribe dialog, prefilled with the address (discovery
    // starts at once) and the destination folder when given. Without an
    // address, an open dialog is brought to the front instead.
    SubscribeDialog *addFeed(const QString &address = {}, const QString &folder = {});
    void importOpml();
    // The subscribe dialog over an OPML file: its outline, checked, to confirm.
    SubscribeDialog *importOpmlFile(const QString &path);
    // Something handed to the app (its command line, a later launch, a drop
    // on the window): an address or a file (an OPML list too) offered in the
    // subscribe dialog.
    SubscribeDialog *open(const QUrl &url);
    void exportOpml();
    // Writes every subscription to the OPML file at path (read off the
    // window's thread); says "Saved" in the status bar or what failed.
    void exportOpmlTo(const QString &path);
    void setOffline(bool offline);
    bool isOffline() const;
    bool isRefreshing() const;

Q_SIGNALS:
    // The library changed: the window reads the tree and the list again.
    void libraryChanged();
    // A refresh started (true) or finished (false).
    void refreshRunning(bool running);
    // A refresh started storing feeds (true), or every feed is stored
    // (false): its articles are listed, while the pages and images for
    // offline reading may still be coming until refreshRunning(false).
    void storingFeeds(bool storing);
    void offlineChanged(bool offline);

private:
    void subscribed(const Subscriptions::Added &added);
    QStringList folders() const;
    void refreshFinished(const RefreshReport &report);
    void feedsStored();
    void showNextRefresh();

    OfflineMonitor &m_offline;
    RefreshScheduler &m_scheduler;
    QWidget *m_window;
    QStatusBar *m_statusBar;
    RefreshService *m_refresh; // the composition root's
    Subscriptions *m_subscriptions;
    LibraryReader &m_reader;
    LibraryWriter &m_writer;
    DiscoveryFactory m_makeDiscovery;
    const CategoryTreeModel &m_tree;
    QPointer<SubscribeDialog> m_dialog; // the one the menu opened, if open
    QProgressBar *m_progress;
    bool m_storingFeeds = false;
    bool m_listedEarly = false; // this refresh's articles were listed before its offline copies ended
    bool m_settingOffline = false; // the person's toggle is being applied
};
