#pragma once

#include <QObject>

class OfflineMonitor;
class RefreshScheduler;
class QAction;
class QProgressBar;
class QStatusBar;
class QWidget;
class QUrl;
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
    FeedController(RefreshService &refresh, Subscriptions &subscriptions, OfflineMonitor &offline,
                   RefreshScheduler &scheduler, QWidget *window, QStatusBar *statusBar);

    void refreshAll();
    // Refreshes these feeds now (a feed or a category picked in the tree).
    void refresh(const QList<qint64> &feedIds);
    // Asks for an address and a category, the address prefilled.
    void addFeed(const QString &address = {});
    void importOpml();
    void importOpmlFile(const QString &path);
    // Something handed to the app (its command line, a later launch): an
    // OPML file is imported, any other address or file offered to addFeed().
    void open(const QUrl &url);
    void exportOpml();
    void setOffline(bool offline);
    bool isOffline() const;
    bool isRefreshing() const;

Q_SIGNALS:
    // The library changed: the window reads the tree and the list again.
    void libraryChanged();
    // A refresh started (true) or finished (false).
    void refreshRunning(bool running);
    void offlineChanged(bool offline);

private:
    void refreshFinished(const RefreshReport &report);
    void showNextRefresh();

    OfflineMonitor &m_offline;
    RefreshScheduler &m_scheduler;
    QWidget *m_window;
    QStatusBar *m_statusBar;
    RefreshService *m_refresh; // the composition root's
    Subscriptions *m_subscriptions;
    QProgressBar *m_progress;
    bool m_settingOffline = false; // the person's toggle is being applied
};
