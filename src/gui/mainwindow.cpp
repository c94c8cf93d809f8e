#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "articlelistmodel.h"
#include "articlepane.h"
#include "articlereader.h"
#include "categorytreemodel.h"
#include "demoimporter.h"
#include "feedcontroller.h"
#include "library.h"
#include "librarystats.h"
#include "librarytree.h"
#include "singleinstance.h"
#include "storagethread.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Library &library, Fetcher &fetcher, StorageThread &storage, QSettings &settings,
                       QWidget *parent)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::MainWindow>()),
      m_library(library),
      m_storage(storage),
      m_settings(settings)
{
    m_ui->setupUi(this);
    m_tree = new CategoryTreeModel(this);
    m_articles = new ArticleListModel(this);
    m_pane = new ArticlePane(m_ui->paneHost);
    m_ui->paneLayout->addWidget(m_pane);
    m_ui->emptyBanner->setBackgroundRole(QPalette::AlternateBase);

    m_ui->categoryView->setModel(m_tree);
    m_ui->categoryView->header()->setStretchLastSection(false);
    m_ui->categoryView->header()->setSectionResizeMode(CategoryTreeModel::NameColumn, QHeaderView::Stretch);
    m_ui->categoryView->header()->setSectionResizeMode(CategoryTreeModel::UnreadColumn,
                                                       QHeaderView::ResizeToContents);
    m_ui->articleView->setModel(m_articles);
    m_ui->articleView->header()->setStretchLastSection(false);
    m_ui->articleView->header()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_ui->articleView->header()->setSectionResizeMode(ArticleListModel::SourceColumn,
                                                      QHeaderView::Interactive);
    m_ui->articleView->header()->resizeSection(ArticleListModel::SourceColumn,
                                               fontMetrics().averageCharWidth() * 16);
    m_ui->articleView->header()->setSectionResizeMode(ArticleListModel::PublishedColumn,
                                                      QHeaderView::ResizeToContents);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setStretchFactor(2, 3);

    m_counts = new QLabel(this);
    statusBar()->addPermanentWidget(m_counts);
    m_feeds = new FeedController(library, fetcher, storage, this, statusBar());
    connect(m_feeds, &FeedController::libraryChanged, this, &MainWindow::reload);
    connect(m_feeds, &FeedController::offlineChanged, m_ui->actionOffline, &QAction::setChecked);
    connect(m_feeds, &FeedController::offlineChanged, this, &MainWindow::offlineChanged);
    // Left of the status bar, so temporary messages cover it and it comes back.
    m_imagesNote = new QLabel(this);
    m_imagesNote->setObjectName(u"remoteImagesNote"_s);
    m_imagesNote->hide();
    statusBar()->addWidget(m_imagesNote);

    setupActions();
    connect(m_ui->categoryView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showArticlesOf(current); });
    connect(m_ui->articleView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { currentArticleChanged(current); });
    connect(m_tree, &CategoryTreeModel::subscriptionChangeRequested, this,
            [this](qint64 id, bool subscribed) {
                m_storage
                        .run([id, subscribed](Library &library) {
                            return library.categories().setSubscribed(id, subscribed);
                        })
                        .then(this, [this](const Result<> &done) {
                            if (!done)
                                showError(done.error());
                            showTree();
                        });
            });
    connect(m_pane, &ArticlePane::articleRequested, this, &MainWindow::openArticle);
    connect(m_pane, &ArticlePane::externalLinkRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_ui->loadDemoButton, &QPushButton::clicked, this, &MainWindow::loadDemo);

    restoreState();
    reload();
    // Reading starts in the list (N, M, S work at once); the tree gets no
    // current item until the person picks one, so the list shows everything.
    m_ui->articleView->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupActions()
{
    m_ui->actionToggleStar->setToolTip(tr("Star or unstar the article"));
    m_ui->actionToggleRead->setToolTip(tr("Mark the article read or unread"));
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionLoadDemo, &QAction::triggered, this, &MainWindow::loadDemo);
    connect(m_ui->actionReload, &QAction::triggered, this, &MainWindow::reload);
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] { m_feeds->refreshAll(); });
    connect(m_ui->actionAddFeed, &QAction::triggered, this, [this] { m_feeds->addFeed(); });
    connect(m_ui->actionImportOpml, &QAction::triggered, this, [this] { m_feeds->importOpml(); });
    connect(m_ui->actionExportOpml, &QAction::triggered, this, [this] { m_feeds->exportOpml(); });
    connect(m_ui->actionOffline, &QAction::toggled, this, [this](bool on) { m_feeds->setOffline(on); });
    for (QAction *filter : {m_ui->actionUnreadOnly, m_ui->actionGroupStories})
        connect(filter, &QAction::toggled, this, [this] { showArticlesOf(m_ui->categoryView->currentIndex()); });
    connect(m_ui->actionToggleRead, &QAction::triggered, this, [this] {
        const int row = m_ui->articleView->currentIndex().row();
        if (row >= 0)
            setCurrentRead(!m_articles->header(row).read);
    });
    connect(m_ui->actionToggleStar, &QAction::triggered, this, &MainWindow::toggleStar);
    connect(m_ui->actionNextUnread, &QAction::triggered, this, &MainWindow::nextUnread);
    connect(m_ui->actionOpenInBrowser, &QAction::triggered, this, [this] {
        const int row = m_ui->articleView->currentIndex().row();
        if (row < 0)
            return;
        if (auto article = m_library.articles().find(m_articles->header(row).id);
            article && article.value() && article.value()->link.isValid())
            QDesktopServices::openUrl(article.value()->link);
    });
    m_loadRemoteImages = new QAction(tr("Load Remote &Images"), this);
    m_loadRemoteImages->setObjectName(u"actionLoadRemoteImages"_s);
    m_loadRemoteImages->setToolTip(tr("Load this article's images that are not stored offline from the web"));
    m_loadRemoteImages->setShortcut(QKeySequence(u"Ctrl+Shift+I"_s));
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(m_loadRemoteImages);
    m_ui->toolBar->addAction(m_loadRemoteImages);
    m_loadRemoteImages->setEnabled(false);
    connect(m_loadRemoteImages, &QAction::triggered, this, &MainWindow::loadRemoteImages);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Masthead"),
                           tr("<h3>Masthead %1</h3><p>A fast, offline-first desktop news reader.</p>")
                                   .arg(QCoreApplication::applicationVersion()));
    });
    updateActions();
}

void MainWindow::restoreState()
{
    restoreGeometry(m_settings.value("window/geometry"_L1).toByteArray());
    QMainWindow::restoreState(m_settings.value("window/state"_L1).toByteArray());
    if (!m_ui->splitter->restoreState(m_settings.value("window/splitter"_L1).toByteArray()))
        m_ui->splitter->setSizes({260, 420, 600});
    m_ui->actionUnreadOnly->setChecked(m_settings.value("view/unreadOnly"_L1, false).toBool());
    m_ui->actionGroupStories->setChecked(m_settings.value("view/groupStories"_L1, false).toBool());
    m_ui->actionMarkStoryRead->setChecked(m_settings.value("view/markStoryRead"_L1, false).toBool());
}

void MainWindow::saveState()
{
    m_settings.setValue("window/geometry"_L1, saveGeometry());
    m_settings.setValue("window/state"_L1, QMainWindow::saveState());
    m_settings.setValue("window/splitter"_L1, m_ui->splitter->saveState());
    m_settings.setValue("view/unreadOnly"_L1, m_ui->actionUnreadOnly->isChecked());
    m_settings.setValue("view/groupStories"_L1, m_ui->actionGroupStories->isChecked());
    m_settings.setValue("view/markStoryRead"_L1, m_ui->actionMarkStoryRead->isChecked());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

void MainWindow::showError(const Error &error)
{
    statusBar()->showMessage(error.message, 10000);
}

void MainWindow::showTree()
{
    const QModelIndex current = m_ui->categoryView->currentIndex();
    const auto kind = current.data(CategoryTreeModel::KindRole);
    const qint64 id = current.data(CategoryTreeModel::IdRole).toLongLong();
    auto tree = readCategoryTree(m_library);
    if (!tree) {
        showError(tree.error());
        return;
    }
    const QSignalBlocker blocker(m_ui->categoryView->selectionModel());
    m_tree->setTree(tree.value());
    m_ui->categoryView->expandAll();
    if (kind.isValid()) {
        const QModelIndex again = m_tree->indexFor(CategoryTreeModel::Kind(kind.toInt()), id);
        if (again.isValid())
            m_ui->categoryView->setCurrentIndex(again);
    }
    m_ui->emptyBanner->setVisible(tree->isEmpty());
}

void MainWindow::reload()
{
    showTree();
    showArticlesOf(m_ui->categoryView->currentIndex());
    updateStatus();
}

void MainWindow::showArticlesOf(const QModelIndex &treeIndex)
{
    ArticleQuery base;
    base.unreadOnly = m_ui->actionUnreadOnly->isChecked();
    base.collapseStories = m_ui->actionGroupStories->isChecked();
    if (treeIndex.isValid()) {
        const qint64 id = treeIndex.data(CategoryTreeModel::IdRole).toLongLong();
        if (treeIndex.data(CategoryTreeModel::KindRole).toInt() == CategoryTreeModel::FeedItem) {
            base.feedIds = {id};
        } else {
            auto categories = m_library.categories().subtree(id);
            auto feeds = categories ? m_library.feeds().inCategories(categories.value())
                                    : Result<QList<qint64>>(categories.error());
            if (!feeds) {
                showError(feeds.error());
                return;
            }
            base.feedIds = feeds.value();
            if (base.feedIds.isEmpty())
                base.feedIds = {-1}; // an empty category shows nothing, not everything
        }
    }
    m_articles->setLoader([this, base](const std::optional<ArticleHeader> &last, int limit) {
        ArticleQuery query = base;
        query.limit = limit;
        if (last)
            query.after = std::pair{last->sortTime, last->id};
        auto page = m_library.articles().headers(query);
        if (!page) {
            showError(page.error());
            return QList<ArticleHeader>();
        }
        return page.value();
    });
    if (m_articles->rowCount() > 0) {
        m_ui->articleView->setCurrentIndex(m_articles->index(0, 0));
    } else {
        m_pane->showMessage(tr("No articles here"),
                            m_tree->rowCount() == 0
                                    ? tr("Load the sample library or add a feed to start reading.")
                                    : tr("Pick another category, or show read articles too."));
        updateRemoteImages();
    }
}

void MainWindow::currentArticleChanged(const QModelIndex &current)
{
    updateActions();
    if (!current.isValid())
        return;
    const ArticleHeader header = m_articles->header(current.row());
    auto page = ArticleReader(m_library).page(header.id);
    if (!page) {
        m_pane->showMessage(tr("This article cannot be shown"), page.error().message);
        updateRemoteImages();
        return;
    }
    showPage(page.value());
    if (!header.read)
        setCurrentRead(true);
}

void MainWindow::openArticle(qint64 articleId)
{
    const int row = m_articles->rowOf(articleId);
    if (row >= 0) {
        m_ui->articleView->setCurrentIndex(m_articles->index(row, 0));
        return;
    }
    auto page = ArticleReader(m_library).page(articleId);
    if (!page) {
        showError(page.error());
        return;
    }
    showPage(page.value());
    storeRead({articleId}, true);
}

// A refresh or the indexer may hold the library's write lock for a while:
// the mark goes to the storage thread, so a click never waits on it. The
// list shows it at once; the counts follow once it is stored, and a mark
// that could not be stored is taken back.
void MainWindow::storeRead(const QList<qint64> &ids, bool read)
{
    QHash<qint64, bool> before; // what a failure puts back
    for (qint64 id : ids) {
        if (const int at = m_articles->rowOf(id); at >= 0) {
            before.insert(id, m_articles->header(at).read);
            m_articles->setRead(at, read);
        }
    }
    const quint64 mark = m_readMarks.begin(ids);
    m_storage.run([ids, read](Library &library) { return library.articles().setRead(ids, read); })
            .then(this, [this, ids, read, before, mark](const Result<> &done) {
                // Again on success too: the list may have been reloaded
                // meanwhile. A row marked again since belongs to that mark.
                for (qint64 id : ids) {
                    if (!m_readMarks.end(id, mark))
                        continue;
                    if (const int at = m_articles->rowOf(id); at >= 0)
                        m_articles->setRead(at, done ? read : before.value(id, m_articles->header(at).read));
                }
                if (!done)
                    showError(done.error());
                showTree();
                updateStatus();
                updateActions();
            });
}

void MainWindow::setCurrentRead(bool read)
{
    const int row = m_ui->articleView->currentIndex().row();
    if (row < 0)
        return;
    const qint64 id = m_articles->header(row).id;
    QList<qint64> ids{id};
    if (read && m_ui->actionMarkStoryRead->isChecked()) {
        if (auto others = m_library.articles().sameStory(id))
            ids += others.value();
    }
    storeRead(ids, read);
}

void MainWindow::toggleStar()
{
    const int row = m_ui->articleView->currentIndex().row();
    if (row < 0)
        return;
    const qint64 id = m_articles->header(row).id;
    const bool starred = !m_articles->header(row).starred;
    m_articles->setStarred(row, starred);
    updateActions();
    const quint64 mark = m_starMarks.begin({id});
    m_storage.run([id, starred](Library &library) { return library.articles().setStarred(id, starred); })
            .then(this, [this, id, starred, mark](const Result<> &done) {
                const bool newest = m_starMarks.end(id, mark);
                if (done)
                    return;
                if (const int at = m_articles->rowOf(id); newest && at >= 0)
                    m_articles->setStarred(at, !starred);
                updateActions();
                showError(done.error());
            });
}

void MainWindow::nextUnread()
{
    const int start = m_ui->articleView->currentIndex().row() + 1;
    for (int row = start;; ++row) {
        if (row >= m_articles->rowCount()) {
            if (!m_articles->canFetchMore({}))
                break;
            m_articles->fetchMore({});
            if (row >= m_articles->rowCount())
                break;
        }
        if (!m_articles->header(row).read) {
            m_ui->articleView->setCurrentIndex(m_articles->index(row, 0));
            return;
        }
    }
    statusBar()->showMessage(tr("No more unread articles here"), 4000);
}

void MainWindow::updateActions()
{
    const int row = m_ui->articleView->currentIndex().row();
    const bool has = row >= 0;
    m_ui->actionToggleRead->setEnabled(has);
    m_ui->actionToggleStar->setEnabled(has);
    m_ui->actionOpenInBrowser->setEnabled(has);
    m_ui->actionToggleStar->setChecked(has && m_articles->header(row).starred);
}

void MainWindow::updateStatus()
{
    auto stats = readLibraryStats(m_library.database().connection(), m_library.database().path());
    if (!stats) {
        showError(stats.error());
        return;
    }
    m_counts->setText(tr("%n article(s), %1 unread", nullptr, int(stats->articles))
                              .arg(stats->unread));
}

void MainWindow::loadDemo()
{
    auto report = DemoImporter(m_library).importBuiltIn();
    if (!report) {
        QMessageBox::warning(this, tr("Sample library"), report.error().message);
        return;
    }
    statusBar()->showMessage(tr("Sample library loaded: %n article(s) added", nullptr,
                                report->articles),
                             5000);
    m_ui->categoryView->setCurrentIndex({});
    reload();
}

void MainWindow::handleLaunch(const LaunchRequest &request)
{
    // On Wayland the launch's token lets the compositor raise the window.
    if (!request.activationToken.isEmpty() && QGuiApplication::platformName() == "wayland"_L1)
        qputenv("XDG_ACTIVATION_TOKEN", request.activationToken.toUtf8());
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
    for (const QUrl &url : request.urls)
        m_feeds->open(url);
    if (request.refreshAll)
        m_feeds->refreshAll();
}

void MainWindow::showPage(const ArticlePageData &page)
{
    m_pane->showArticle(page);
    updateRemoteImages();
}

void MainWindow::loadRemoteImages()
{
    const qint64 id = m_pane->articleId();
    if (!id || m_feeds->isOffline() || m_pane->remoteImagesShown())
        return;
    auto page = ArticleReader(m_library).page(id, ArticleReader::DefaultRelatedLimit,
                                              UncachedImages::KeepRemote);
    if (!page) {
        showError(page.error());
        return;
    }
    showPage(page.value());
}

void MainWindow::offlineChanged(bool offline)
{
    // Going offline takes back what "Load Remote Images" allowed: the article
    // is shown again from the library alone.
    if (offline && m_pane->remoteImagesShown()) {
        if (auto page = ArticleReader(m_library).page(m_pane->articleId()))
            showPage(page.value());
        else
            m_pane->showMessage(tr("This article cannot be shown"), page.error().message);
    }
    updateRemoteImages();
}

void MainWindow::updateRemoteImages()
{
    const int missing = m_pane->uncachedImageCount();
    const bool online = !m_feeds->isOffline();
    const bool shown = m_pane->remoteImagesShown();
    m_loadRemoteImages->setEnabled(online && missing > 0 && !shown);
    if (missing == 0) {
        m_imagesNote->clear();
        m_imagesNote->hide();
        return;
    }
    if (shown)
        m_imagesNote->setText(tr("%n image(s) not stored offline, loaded from the web", nullptr, missing));
    else if (online)
        m_imagesNote->setText(
                tr("%n image(s) not stored offline — View ▸ Load Remote Images", nullptr, missing));
    else
        m_imagesNote->setText(tr("%n image(s) not stored offline", nullptr, missing));
    m_imagesNote->show();
}
