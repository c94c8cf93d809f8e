#pragma once

#include "discovery.h"
#include "listscope.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class AppSettings;
class ArticleListModel;
class SettingsDialog;
class StorageCleanup;
class ArticlePane;
class CategoryTreeModel;
class FaviconCache;
class FeedController;
class LibraryReader;
class LibraryWriter;
class QAction;
class QLabel;
class QLineEdit;
class ReadMarks;
class SearchBar;
class UndoHistory;
class QSettings;
class QTimer;
class OfflineMonitor;
class RefreshScheduler;
class RefreshService;
class Subscriptions;
struct ArticlePageData;
struct Error;
struct LaunchRequest;

namespace Ui {
class MainWindow;
}

// The main window: category tree, article list, article pane. It asks the
// read side for what it shows and sends every change to the write side; it
// holds no connection to the library, and nothing it does waits on one.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // What the composition root hands the window.
    struct Services
    {
        LibraryReader &reader;
        LibraryWriter &writer;
        RefreshService &refresh;
        Subscriptions &subscriptions;
        OfflineMonitor &offline;
        RefreshScheduler &scheduler;
        AppSettings &settings;
        StorageCleanup &cleanup;
        DiscoveryFactory discovery; // for the subscribe dialog
        FaviconCache *favicons = nullptr; // each feed's site icon, when given
    };

    // How many results a search lists.
    static constexpr int SearchLimit = 200;

    MainWindow(const Services &services, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    ArticlePane *articlePane() const { return m_pane; }
    CategoryTreeModel *categoryModel() const { return m_tree; }
    class TreeOrganizer *treeOrganizer() const;
    ArticleListModel *articleModel() const { return m_articles; }
    FeedController *feeds() const { return m_feeds; }
    QAction *loadRemoteImagesAction() const;
    QLineEdit *searchField() const;
    // Every action with a keyboard shortcut, as Help › Keyboard Shortcuts lists them.
    QList<QAction *> shortcutActions() const;

    // Shows an article by id, selecting it in the list when it is there.
    void openArticle(qint64 articleId);
    // Reads the tree and the list again, keeping the selection where possible.
    void reload();
    // Imports the built-in sample library and shows its newest article.
    void loadDemo();
    // What a launch of the app asked for (its own command line, or a later
    // launch handed over): comes to the front, offers each address for
    // subscription, imports each OPML file, refreshes if asked.
    void handleLaunch(const LaunchRequest &request);
    // Marks every unread article of the selected category read (Undo puts
    // exactly those back).
    void markAllRead();
    void undo();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupActions();
    void setupNavigation();
    void setupSearch();
    void setupOverviews();
    void setupTreeOrganizer();
    void setupFavicons();
    void restoreState();
    void saveState();
    void showTree();
    void treeArrived(const QList<struct CategoryNode> &tree);
    void showList();
    ListScope currentScope() const;
    void sortChanged(int column, Qt::SortOrder order);
    void listPageLoaded(bool first);
    void currentArticleChanged(const QModelIndex &current);
    void updateStatus();
    void updateActions();
    void showError(const QString &message);
    void setCurrentRead(bool read);
    void toggleStar();
    void refreshSelected();
    void withCurrentLink(const std::function<void(const QUrl &)> &use);
    void showShortcuts();
    void showSettings();
    void applySettings();

    std::unique_ptr<Ui::MainWindow> m_ui;
    LibraryReader &m_reader;
    LibraryWriter &m_writer; // every mark is written there, never on this thread
    QSettings &m_settings; // the window's own state (geometry, selection)
    AppSettings &m_appSettings;
    StorageCleanup &m_cleanup;
    QPointer<SettingsDialog> m_settingsDialog;
    FaviconCache *m_favicons = nullptr;
    QHash<QString, QIcon> m_iconFiles; // read once per file
    QTimer *m_markReadDelay = nullptr; // "mark read after N seconds"
    CategoryTreeModel *m_tree = nullptr;
    ArticleListModel *m_articles = nullptr;
    ArticlePane *m_pane = nullptr;
    FeedController *m_feeds = nullptr;
    class CountsLabel *m_counts = nullptr;
    class PaneController *m_paneControl = nullptr;
    class ArticleNavigator *m_navigator = nullptr;
    QAction *m_starredOnly = nullptr;
    QAction *m_markAllRead = nullptr;
    QAction *m_undo = nullptr;
    SearchBar *m_search = nullptr;
    ReadMarks *m_marks = nullptr;
    UndoHistory *m_history = nullptr; // Edit › Undo
    // Answers that arrive after a newer question are dropped.
    quint64 m_treeRequest = 0;
    // Selected again once the tree and the list arrive (restored state, or
    // what was selected before a reload).
    std::optional<std::pair<int, qint64>> m_wantedTreeItem;
    qint64 m_wantedArticle = 0;
    // The list's order as its header shows it.
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};
