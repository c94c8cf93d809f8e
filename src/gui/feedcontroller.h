#pragma once

#include <QObject>

class Fetcher;
class Library;
class StorageThread;
class QAction;
class QProgressBar;
class QStatusBar;
class QWidget;
class RefreshService;
class Subscriptions;
struct RefreshReport;

// The window's side of fetching: refresh with progress in the status bar,
// adding feeds and sites, OPML import and export, and the offline state
// (a toggle, plus automatic detection when the system says it is offline).
class FeedController final : public QObject
{
    Q_OBJECT

public:
    FeedController(Library &library, Fetcher &fetcher, StorageThread &storage, QWidget *window,
                   QStatusBar *statusBar);

    void refreshAll();
    void addFeed();
    void importOpml();
    void exportOpml();
    void setOffline(bool offline);
    bool isOffline() const;
    bool isRefreshing() const;
    RefreshService &refreshService() { return *m_refresh; }

Q_SIGNALS:
    // The library changed: the window reads the tree and the list again.
    void libraryChanged();
    // A refresh started (true) or finished (false).
    void refreshRunning(bool running);
    void offlineChanged(bool offline);

private:
    void refreshFinished(const RefreshReport &report);
    void watchNetwork();

    Library &m_library;
    Fetcher &m_fetcher;
    QWidget *m_window;
    QStatusBar *m_statusBar;
    RefreshService *m_refresh;
    Subscriptions *m_subscriptions;
    QProgressBar *m_progress;
    bool m_offlineByUser = false;
};
