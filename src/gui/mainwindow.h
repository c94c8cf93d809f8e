#pragma once

#include "pendingmarks.h"

#include <QMainWindow>

#include <memory>

class ArticleListModel;
class QAction;
class FeedController;
class Fetcher;
class ArticlePane;
class CategoryTreeModel;
class Library;
class StorageThread;
class QLabel;
class QSettings;
struct ArticlePageData;
struct Error;
struct LaunchRequest;

namespace Ui {
class MainWindow;
}

// The main window: category tree, article list, article pane. It reads the
// library through the repositories it is given and owns no data of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Library &library, Fetcher &fetcher, StorageThread &storage, QSettings &settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    ArticlePane *articlePane() const { return m_pane; }
    CategoryTreeModel *categoryModel() const { return m_tree; }
    ArticleListModel *articleModel() const { return m_articles; }
    FeedController *feeds() const { return m_feeds; }
    QAction *loadRemoteImagesAction() const { return m_loadRemoteImages; }

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
    // Shows the current article again with the images it has not stored
    // offline, loaded from the web; only while online, for that article only.
    void loadRemoteImages();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupActions();
    void restoreState();
    void saveState();
    void showTree();
    void showArticlesOf(const QModelIndex &treeIndex);
    void currentArticleChanged(const QModelIndex &current);
    void updateStatus();
    void updateActions();
    void showError(const Error &error);
    void setCurrentRead(bool read);
    void storeRead(const QList<qint64> &ids, bool read);
    void toggleStar();
    void nextUnread();
    void showPage(const ArticlePageData &page);
    void offlineChanged(bool offline);
    void updateRemoteImages();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Library &m_library;
    StorageThread &m_storage; // the reader's marks are written there, never on this thread
    PendingMarks m_readMarks;
    PendingMarks m_starMarks;
    QSettings &m_settings;
    CategoryTreeModel *m_tree = nullptr;
    ArticleListModel *m_articles = nullptr;
    ArticlePane *m_pane = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_imagesNote = nullptr;
    QAction *m_loadRemoteImages = nullptr;
    FeedController *m_feeds = nullptr;
};
