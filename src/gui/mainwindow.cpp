#include "mainwindow.h"
#include "nextturn.h"
#include "ui_mainwindow.h"

#include "appsettings.h"
#include "articlelistmodel.h"
#include "articlenavigator.h"
#include "articlepane.h"
#include "countslabel.h"
#include "categorytreemodel.h"
#include "faviconcache.h"
#include "feedcontroller.h"
#include "focusorder.h"
#include "iconset.h"
#include "stateicons.h"
#include "libraryreader.h"
#include "overviewdialogs.h"
#include "panecontroller.h"
#include "readmarks.h"
#include "treeorganizer.h"
#include "treescope.h"
#include "undohistory.h"
#include "searchbar.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "librarywriter.h"
#include "singleinstance.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(const Services &services, QSettings &settings, QWidget *parent)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::MainWindow>()),
      m_reader(services.reader),
      m_writer(services.writer),
      m_settings(settings),
      m_appSettings(services.settings),
      m_cleanup(services.cleanup),
      m_favicons(services.favicons)
{
    m_ui->setupUi(this);
    m_tree = new CategoryTreeModel(this);
    m_tree->setSmartRows(true);
    m_articles = new ArticleListModel(this);
    m_pane = new ArticlePane(m_ui->paneHost);
    m_ui->paneLayout->addWidget(m_pane);
    m_ui->emptyBanner->setBackgroundRole(QPalette::AlternateBase);
    m_ui->emptyBanner->hide(); // until the tree says the library is empty

    m_ui->categoryView->setModel(m_tree);
    m_ui->categoryView->header()->setStretchLastSection(false);
    m_ui->categoryView->header()->setSectionResizeMode(CategoryTreeModel::NameColumn, QHeaderView::Stretch);
    m_ui->categoryView->header()->setSectionResizeMode(CategoryTreeModel::UnreadColumn,
                                                       QHeaderView::ResizeToContents);
    QHeaderView *columns = m_ui->articleView->header();
    m_ui->articleView->setModel(m_articles);
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(ArticleListModel::SourceColumn, QHeaderView::Interactive);
    columns->resizeSection(ArticleListModel::SourceColumn, fontMetrics().averageCharWidth() * 16);
    // Fixed widths from the font: sizing a column to its contents asks
    // every loaded row again each time a page arrives.
    columns->setSectionResizeMode(ArticleListModel::PublishedColumn, QHeaderView::Interactive);
    columns->resizeSection(ArticleListModel::PublishedColumn,
                           fontMetrics().horizontalAdvance(QLocale().toString(QDate(2026, 12, 30), QLocale::ShortFormat))
                                   + fontMetrics().averageCharWidth() * 4);
    columns->setSectionResizeMode(ArticleListModel::StarColumn, QHeaderView::Fixed);
    columns->resizeSection(ArticleListModel::StarColumn, fontMetrics().horizontalAdvance(u"\u2605"_s) * 2
                                                             + fontMetrics().averageCharWidth() * 2);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setStretchFactor(2, 3);

    m_counts = new CountsLabel(m_reader, this);
    connect(m_counts, &CountsLabel::failed, this, &MainWindow::showError);
    connect(m_counts, &CountsLabel::counted, this,
            [this](const LibraryFigures &figures) { m_tree->setStarredCount(figures.starred); });
    statusBar()->addPermanentWidget(m_counts);
    m_feeds = new FeedController(services.refresh, services.subscriptions, services.reader, services.writer, services.discovery,
                                 services.offline, services.scheduler, *m_tree, this, statusBar());
    connect(m_feeds, &FeedController::libraryChanged, this, &MainWindow::reload);
    connect(m_feeds, &FeedController::offlineChanged, m_ui->actionOffline, &QAction::setChecked);
    m_paneControl = new PaneController(m_reader, *m_pane, *m_feeds, [this] { return m_search->query(); }, this);
    connect(m_paneControl, &PaneController::shown, this, &MainWindow::updateActions);
    connect(m_feeds, &FeedController::offlineChanged, m_paneControl, &PaneController::offlineChanged);
    // Left of the status bar, so temporary messages cover it and it comes back.
    statusBar()->addWidget(m_paneControl->imagesNote());
    m_navigator = new ArticleNavigator(*m_ui->articleView, *m_articles, *m_pane, this);
    connect(m_navigator, &ArticleNavigator::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 4000);
    });

    m_history = new UndoHistory(this);
    m_marks = new ReadMarks(m_writer, *m_articles, *m_history, this);
    connect(m_marks, &ReadMarks::failed, this, &MainWindow::showError);
    connect(m_marks, &ReadMarks::stored, this, [this] {
        showTree();
        updateStatus();
        updateActions();
    });
    connect(m_marks, &ReadMarks::markedAllRead, this, [this](int count) {
        statusBar()->showMessage(tr("Marked %n article(s) read — Edit ▸ Undo (Ctrl+Z) takes it back", nullptr, count),
                                 15000);
    });
    m_markReadDelay = new QTimer(this);
    m_markReadDelay->setSingleShot(true);
    connect(m_markReadDelay, &QTimer::timeout, this, [this] { setCurrentRead(true); });
    setupSearch();
    setupActions();
    setupOverviews();
    setupTreeOrganizer();
    setupFavicons();
    setupNavigation();
    // Every action says what it is to a screen reader, its text without the mnemonic.
    for (QAction *action : findChildren<QAction *>()) {
        if (action->property("accessibleName").isNull() && !action->text().isEmpty())
            action->setProperty("accessibleName", QString(action->text()).remove(u'&').remove(u'…'));
    }
    IconSet::decorate(findChildren<QAction *>()); // the desktop's icons, else Masthead's own
    applySettings();
    connect(&m_appSettings, &AppSettings::changed, this, &MainWindow::applySettings);
    // Deletes a run before this one could still take back are final now.
    m_writer.purgeAllDeleted();
    connect(m_ui->categoryView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_wantedArticle = 0;
        showList();
    });
    connect(m_ui->articleView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { currentArticleChanged(current); });
    connect(m_articles, &ArticleListModel::pageLoaded, this, &MainWindow::listPageLoaded);
    connect(m_articles, &ArticleListModel::loadFailed, this, &MainWindow::showError);
    connect(m_tree, &CategoryTreeModel::subscriptionChangeRequested, this, [this](qint64 id, bool subscribed) {
        m_writer.setSubscribed(id, subscribed).then(this, nextTurn(this, [this](const Result<> &done) {
            if (!done)
                showError(done.error().message);
            showTree();
        }));
    });
    connect(m_pane, &ArticlePane::articleRequested, this, &MainWindow::openArticle);
    connect(m_pane, &ArticlePane::externalLinkRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_ui->loadDemoButton, &QPushButton::clicked, this, &MainWindow::loadDemo);
    connect(m_ui->addFeedButton, &QPushButton::clicked, this, [this] { m_feeds->addFeed(); });

    columns->setSectionsClickable(true);
    columns->setSortIndicatorShown(true);
    columns->setSortIndicator(ArticleListModel::PublishedColumn, Qt::DescendingOrder);
    restoreState();
    // After restoreState: the restored indicator (part of the header's state)
    // is the starting order, not a change.
    // A state saved before the list could be sorted has the indicator off.
    columns->setSortIndicatorShown(true);
    if (!ArticleListModel::orderFor(columns->sortIndicatorSection(), columns->sortIndicatorOrder()))
        columns->setSortIndicator(ArticleListModel::PublishedColumn, Qt::DescendingOrder);
    m_sortColumn = columns->sortIndicatorSection();
    m_sortOrder = columns->sortIndicatorOrder();
    connect(columns, &QHeaderView::sortIndicatorChanged, this, &MainWindow::sortChanged);
    reload();
    // Reading starts in the list (N, M, S work at once); the tree gets no
    // current item until the person picks one, so the list shows everything.
    m_ui->articleView->setFocus();
}

MainWindow::~MainWindow() = default;

QLineEdit *MainWindow::searchField() const
{
    return m_search->field();
}

void MainWindow::setupSearch()
{
    m_search = new SearchBar(this);
    m_ui->toolBar->addSeparator();
    m_ui->toolBar->addWidget(m_search);
    connect(m_search, &SearchBar::searchChanged, this, [this] {
        m_wantedArticle = 0;
        showList();
    });
    connect(m_search, &SearchBar::done, this, [this] { m_ui->articleView->setFocus(); });
}

void MainWindow::setupActions()
{
    m_ui->actionToggleStar->setToolTip(tr("Star or unstar the article"));
    m_ui->actionToggleRead->setToolTip(tr("Mark the article read or unread"));
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);
    m_ui->actionRefresh->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(u"Ctrl+R"_s)});
    m_ui->actionOpenInBrowser->setShortcuts({QKeySequence(u"O"_s), QKeySequence(u"Ctrl+Return"_s)});
    m_ui->actionNextUnread->setShortcuts({QKeySequence(Qt::Key_Space)});
    m_ui->actionNextUnread->setToolTip(tr("Scroll the article, then go to the next unread one"));
    m_ui->actionAbout->setShortcut(QKeySequence(u"Shift+F1"_s));
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionLoadDemo, &QAction::triggered, this, &MainWindow::loadDemo);
    connect(m_ui->actionReload, &QAction::triggered, this, &MainWindow::reload);
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] { m_feeds->refreshAll(); });
    connect(m_ui->actionAddFeed, &QAction::triggered, this, [this] {
        // Into the selected folder (a feed's own folder), unless changed.
        m_feeds->addFeed({}, m_ui->categoryView->currentIndex().data(CategoryTreeModel::PathRole).toString());
    });
    connect(m_ui->actionImportOpml, &QAction::triggered, this, [this] { m_feeds->importOpml(); });
    connect(m_ui->actionExportOpml, &QAction::triggered, this, [this] { m_feeds->exportOpml(); });
    connect(m_ui->actionOffline, &QAction::toggled, this, [this](bool on) { m_feeds->setOffline(on); });
    connect(m_ui->actionToggleRead, &QAction::triggered, this, [this] {
        const int row = m_ui->articleView->currentIndex().row();
        if (row >= 0)
            setCurrentRead(!m_articles->header(row).read);
    });
    connect(m_ui->actionToggleStar, &QAction::triggered, this, &MainWindow::toggleStar);
    connect(m_ui->actionNextUnread, &QAction::triggered, m_navigator, &ArticleNavigator::readOn);
    connect(m_ui->actionOpenInBrowser, &QAction::triggered, this,
            [this] { withCurrentLink([](const QUrl &link) { QDesktopServices::openUrl(link); }); });
    connect(m_ui->articleView, &QAbstractItemView::activated, m_ui->actionOpenInBrowser, &QAction::trigger);

    const auto newAction = [this](QMenu *menu, const QString &name, const QString &text,
                                  const QList<QKeySequence> &keys, const QString &toolTip) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setToolTip(toolTip);
        menu->addAction(action);
        QWidget::addAction(action); // shortcuts work while the menu is closed
        return action;
    };
    QMenu *menuEdit = new QMenu(tr("&Edit"), this);
    menuBar()->insertMenu(m_ui->menuView->menuAction(), menuEdit);
    m_undo = newAction(menuEdit, u"actionUndo"_s, tr("&Undo"), QKeySequence::keyBindings(QKeySequence::Undo),
                       tr("Take back the last Mark All Read or delete from the tree"));
    m_history->attach(m_undo);
    connect(m_undo, &QAction::triggered, this, &MainWindow::undo);
    QAction *find = newAction(menuEdit, u"actionFind"_s, tr("&Find…"),
                              {QKeySequence(u"Ctrl+F"_s), QKeySequence(u"/"_s)}, tr("Search every article"));
    connect(find, &QAction::triggered, m_search, &SearchBar::focusField);
    menuEdit->addSeparator();
    QAction *preferences = newAction(menuEdit, u"actionSettings"_s, tr("&Settings…"), {QKeySequence(u"Ctrl+,"_s)},
                                     tr("Refresh, reading, storage and network settings"));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showSettings);
    QAction *copyLink = newAction(menuEdit, u"actionCopyLink"_s, tr("&Copy Link"),
                                  {QKeySequence(u"Ctrl+Shift+C"_s)}, tr("Copy the article's web address"));
    connect(copyLink, &QAction::triggered, this,
            [this] { withCurrentLink([](const QUrl &link) { QApplication::clipboard()->setText(link.toString()); }); });

    m_starredOnly = new QAction(tr("S&tarred Only"), this);
    m_starredOnly->setObjectName(u"actionStarredOnly"_s);
    m_starredOnly->setCheckable(true);
    m_starredOnly->setShortcut(QKeySequence(u"Ctrl+Shift+S"_s));
    m_starredOnly->setToolTip(tr("Show only starred articles"));
    m_ui->menuView->insertAction(m_ui->actionGroupStories, m_starredOnly);
    for (QAction *filter : {m_ui->actionUnreadOnly, m_starredOnly, m_ui->actionGroupStories})
        connect(filter, &QAction::toggled, this, [this] { showList(); });

    QAction *next = newAction(m_ui->menuArticle, u"actionNextArticle"_s, tr("Ne&xt Article"),
                              {QKeySequence(u"J"_s), QKeySequence(u"N"_s)}, tr("Go to the next article"));
    connect(next, &QAction::triggered, this, [this] { m_navigator->move(ArticleNavigator::Move::Next); });
    QAction *previous = newAction(m_ui->menuArticle, u"actionPreviousArticle"_s, tr("&Previous Article"),
                                  {QKeySequence(u"K"_s), QKeySequence(u"P"_s)}, tr("Go to the previous article"));
    connect(previous, &QAction::triggered, this, [this] { m_navigator->move(ArticleNavigator::Move::Previous); });
    m_ui->menuArticle->addAction(copyLink);
    m_markAllRead = newAction(m_ui->menuArticle, u"actionMarkAllRead"_s, tr("Mark &All Read"),
                              {QKeySequence(u"Ctrl+Shift+M"_s)}, tr("Mark every article of the selected category read"));
    connect(m_markAllRead, &QAction::triggered, this, &MainWindow::markAllRead);
    QAction *refreshSelected = newAction(m_ui->menuFile, u"actionRefreshSelected"_s, tr("Refresh &Selected"),
                                         {QKeySequence(u"R"_s)}, tr("Fetch the selected feed or category now"));
    m_ui->menuFile->insertAction(m_ui->actionOffline, refreshSelected);
    connect(refreshSelected, &QAction::triggered, this, &MainWindow::refreshSelected);

    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(m_paneControl->loadRemoteImagesAction());
    m_ui->toolBar->addAction(m_paneControl->loadRemoteImagesAction());

    QAction *shortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    shortcuts->setObjectName(u"actionKeyboardShortcuts"_s);
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    m_ui->menuHelp->insertAction(m_ui->actionAbout, shortcuts);
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Masthead"),
                           tr("<h3>Masthead %1</h3><p>A fast, offline-first desktop news reader.</p>")
                                   .arg(QCoreApplication::applicationVersion()));
    });
    m_ui->articleView->setItemDelegate(new StateIcons(StateIcons::View::ArticleList, this));
    if (auto *more = m_ui->toolBar->findChild<QWidget *>(u"qt_toolbar_ext_button"_s))
        more->setAccessibleName(tr("More toolbar actions"));
    updateActions();
}

// Tab and Shift+Tab walk the three panes in the order they stand.
void MainWindow::setupNavigation()
{
    setTabOrder(m_ui->categoryView, m_ui->articleView);
    setTabOrder(m_ui->articleView, m_pane->view());
    setTabOrder(m_pane->view(), m_search->field());
    setTabOrder(m_search->field(), m_search->scope());
    // The web view remakes its focus widget with each page: the panes' own
    // order holds whatever the chain becomes.
    new FocusOrder({m_ui->categoryView, m_ui->articleView, m_pane->view(), m_search->field()}, this);
    // Screen readers list a widget's children in QObject order, which the
    // splitter leaves reversed; raising each pane in turn puts them in the
    // order they are laid out (the order a person reads them in).
    for (QWidget *pane : {static_cast<QWidget *>(m_ui->categoryView), static_cast<QWidget *>(m_ui->articleView),
                          m_ui->paneHost})
        pane->raise();
}

QList<QAction *> MainWindow::shortcutActions() const
{
    QList<QAction *> actions;
    for (QAction *action : findChildren<QAction *>()) {
        if (!action->shortcuts().isEmpty() && !action->text().isEmpty() && action->parent() != m_search->field())
            actions.append(action);
    }
    return actions;
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog(shortcutActions(), this).exec();
}

void MainWindow::restoreState()
{
    restoreGeometry(m_settings.value("window/geometry"_L1).toByteArray());
    QMainWindow::restoreState(m_settings.value("window/state"_L1).toByteArray());
    if (!m_ui->splitter->restoreState(m_settings.value("window/splitter"_L1).toByteArray()))
        m_ui->splitter->setSizes({260, 420, 600});
    m_ui->articleView->header()->restoreState(m_settings.value("window/articleColumns"_L1).toByteArray());
    m_ui->actionUnreadOnly->setChecked(m_settings.value("view/unreadOnly"_L1, false).toBool());
    m_starredOnly->setChecked(m_settings.value("view/starredOnly"_L1, false).toBool());
    m_ui->actionGroupStories->setChecked(m_settings.value("view/groupStories"_L1, false).toBool());
    m_ui->actionMarkStoryRead->setChecked(m_settings.value("view/markStoryRead"_L1, false).toBool());
    const QVariant kind = m_settings.value("view/treeKind"_L1);
    if (kind.isValid())
        m_wantedTreeItem = std::pair{kind.toInt(), m_settings.value("view/treeId"_L1).toLongLong()};
    m_wantedArticle = m_settings.value("view/article"_L1, 0).toLongLong();
}

void MainWindow::saveState()
{
    m_settings.setValue("window/geometry"_L1, saveGeometry());
    m_settings.setValue("window/state"_L1, QMainWindow::saveState());
    m_settings.setValue("window/splitter"_L1, m_ui->splitter->saveState());
    m_settings.setValue("window/articleColumns"_L1, m_ui->articleView->header()->saveState());
    m_settings.setValue("view/unreadOnly"_L1, m_ui->actionUnreadOnly->isChecked());
    m_settings.setValue("view/starredOnly"_L1, m_starredOnly->isChecked());
    m_settings.setValue("view/groupStories"_L1, m_ui->actionGroupStories->isChecked());
    m_settings.setValue("view/markStoryRead"_L1, m_ui->actionMarkStoryRead->isChecked());
    const QModelIndex tree = m_ui->categoryView->currentIndex();
    if (tree.isValid()) {
        m_settings.setValue("view/treeKind"_L1, tree.data(CategoryTreeModel::KindRole).toInt());
        m_settings.setValue("view/treeId"_L1, tree.data(CategoryTreeModel::IdRole).toLongLong());
    } else {
        m_settings.remove("view/treeKind"_L1);
        m_settings.remove("view/treeId"_L1);
    }
    m_settings.setValue("view/article"_L1, m_pane->articleId());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    m_history->forget(); // a deleted feed is purged now
    event->accept();
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::reload()
{
    if (const int row = m_ui->articleView->currentIndex().row(); row >= 0)
        m_wantedArticle = m_articles->header(row).id;
    showTree();
    // A restored category's list waits for the tree (treeArrived): the
    // whole library's first page arriving first would take the restored
    // article for itself, and the category's list would then open its first.
    if (!m_wantedTreeItem)
        showList();
    updateStatus();
}

void MainWindow::showTree()
{
    const quint64 request = ++m_treeRequest;
    m_reader.tree().then(this, nextTurn(this, [this, request](const Result<QList<CategoryNode>> &tree) {
        if (request != m_treeRequest)
            return;
        if (!tree) {
            showError(tree.error().message);
            return;
        }
        treeArrived(tree.value());
    }));
}

void MainWindow::treeArrived(const QList<CategoryNode> &tree)
{
    if (TreeOrganizer *organizer = treeOrganizer(); organizer && organizer->isEditing()) {
        organizer->afterEditing([this, tree] { treeArrived(tree); }); // the name being typed stays
        return;
    }
    const QModelIndex current = m_ui->categoryView->currentIndex();
    std::optional<std::pair<int, qint64>> select = m_wantedTreeItem;
    const bool restoring = select.has_value();
    if (current.isValid())
        select = std::pair{current.data(CategoryTreeModel::KindRole).toInt(),
                           current.data(CategoryTreeModel::IdRole).toLongLong()};
    m_wantedTreeItem.reset();
    {
        const QSignalBlocker blocker(m_ui->categoryView->selectionModel());
        m_tree->setTree(tree);
        m_ui->categoryView->expandAll();
        if (select) {
            const QModelIndex again = m_tree->indexFor(CategoryTreeModel::Kind(select->first), select->second);
            if (again.isValid())
                m_ui->categoryView->setCurrentIndex(again);
        }
    }
    m_ui->emptyBanner->setVisible(tree.isEmpty());
    if (m_favicons) { // each site asked once; stored ones are read from disk
        for (const QModelIndex &feed : m_tree->feedIndexes())
            m_favicons->ensure(feed.data(CategoryTreeModel::UrlRole).toUrl());
    }
    if (restoring)
        showList(); // the restored category's articles (everything's, should it be gone)
}

void MainWindow::sortChanged(int column, Qt::SortOrder order)
{
    QHeaderView *columns = m_ui->articleView->header();
    const QSignalBlocker quiet(columns);
    if (!ArticleListModel::orderFor(column, order)) {
        // Not a column the list sorts by: keep the order it had.
        columns->setSortIndicator(m_sortColumn, m_sortOrder);
        return;
    }
    // A first click on the date shows the newest first, as the list starts.
    if (column != m_sortColumn && column == ArticleListModel::PublishedColumn)
        columns->setSortIndicator(column, order = Qt::DescendingOrder);
    m_sortColumn = column;
    m_sortOrder = order;
    m_wantedArticle = m_pane->articleId(); // the open article stays selected where it is loaded
    showList();
}

ListScope MainWindow::currentScope() const
{
    ListScope scope;
    const QHeaderView *columns = m_ui->articleView->header();
    scope.order = ArticleListModel::orderFor(columns->sortIndicatorSection(), columns->sortIndicatorOrder())
                          .value_or(ArticleOrder::Newest);
    scope.unreadOnly = m_ui->actionUnreadOnly->isChecked();
    scope.starredOnly = m_starredOnly->isChecked();
    scope.collapseStories = m_ui->actionGroupStories->isChecked();
    placeScopeAtTreeItem(m_ui->categoryView->currentIndex(), scope);
    return scope;
}

void MainWindow::showList()
{
    const ListScope scope = currentScope();
    m_markAllRead->setEnabled(m_search->query().isEmpty());
    if (m_search->query().isEmpty()) {
        m_articles->setLoader([&reader = m_reader, scope](const std::optional<ArticleHeader> &last, int limit) {
            return reader.articles(scope, last, limit);
        });
        return;
    }
    ListScope searchScope; // every article, whatever the filters
    if (m_search->inSelectedCategory()) {
        searchScope.kind = scope.kind;
        searchScope.id = scope.id;
    }
    // One page of the best results.
    m_articles->setLoader(
            [&reader = m_reader, query = m_search->query(), searchScope](const std::optional<ArticleHeader> &last, int) {
                if (last)
                    return QtFuture::makeReadyFuture(Result<QList<ArticleHeader>>(QList<ArticleHeader>()));
                return reader.search(query, searchScope, SearchLimit);
            },
            SearchLimit + 1);
}

void MainWindow::listPageLoaded(bool first)
{
    if (!first)
        return; // a page more of the same list (the navigator may wait for it)
    const int wanted = m_wantedArticle ? m_articles->rowOf(m_wantedArticle) : -1;
    if (wanted >= 0) {
        m_ui->articleView->setCurrentIndex(m_articles->index(wanted, 0));
        m_ui->articleView->scrollTo(m_articles->index(wanted, 0));
    } else if (m_wantedArticle && m_pane->articleId() == m_wantedArticle) {
        // The article being read is not in the list's first page: it stays
        // in the pane, and nothing else is opened (and marked read) for it.
    } else if (m_articles->rowCount() > 0) {
        m_ui->articleView->setCurrentIndex(m_articles->index(0, 0));
    } else if (!m_search->query().isEmpty()) {
        m_paneControl->showMessage(tr("Nothing found"), tr("No article matches “%1”.").arg(m_search->query()));
    } else {
        m_paneControl->showMessage(tr("No articles here"),
                                   m_tree->rowCount() == 0
                                           ? tr("Load the sample library or add a feed to start reading.")
                                           : tr("Pick another category, or show read articles too."));
    }
    m_wantedArticle = 0;
    updateActions();
}

void MainWindow::currentArticleChanged(const QModelIndex &current)
{
    updateActions();
    if (!current.isValid())
        return;
    const ArticleHeader header = m_articles->header(current.row());
    // A reload that selects the article already shown leaves the pane be.
    if (header.id != m_pane->articleId() || !m_search->query().isEmpty())
        m_paneControl->open(header.id);
    m_markReadDelay->stop();
    if (header.read)
        return;
    switch (m_appSettings.general().markRead) {
    case AppSettings::MarkRead::OnOpen:
        setCurrentRead(true);
        break;
    case AppSettings::MarkRead::AfterDelay:
        m_markReadDelay->start(m_appSettings.general().markReadDelaySeconds * 1000);
        break;
    case AppSettings::MarkRead::Never:
        break;
    }
}

void MainWindow::showSettings()
{
    // Not modal: Apply shows its effect on the window behind it.
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_appSettings, &m_cleanup, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

// What the settings say about this window: the article's reading style.
// (The refresh schedule, the proxy and the offline choice are applied where
// they live: the composition root connects them.)
void MainWindow::applySettings()
{
    m_pane->setReadingStyle(m_appSettings.reading().style);
}


void MainWindow::openArticle(qint64 articleId)
{
    const int row = m_articles->rowOf(articleId);
    if (row >= 0) {
        m_ui->articleView->setCurrentIndex(m_articles->index(row, 0));
        return;
    }
    m_paneControl->open(articleId);
    m_marks->setRead({articleId}, true);
}

void MainWindow::setCurrentRead(bool read)
{
    const int row = m_ui->articleView->currentIndex().row();
    if (row < 0)
        return;
    const qint64 id = m_articles->header(row).id;
    m_marks->setRead({id}, read);
    if (read && m_ui->actionMarkStoryRead->isChecked()) {
        m_reader.sameStory(id).then(this, nextTurn(this, [this](const Result<QList<qint64>> &others) {
            if (others)
                m_marks->setRead(others.value(), true);
        }));
    }
}

void MainWindow::toggleStar()
{
    const int row = m_ui->articleView->currentIndex().row();
    if (row < 0)
        return;
    m_marks->setStarred(m_articles->header(row).id, !m_articles->header(row).starred);
    updateActions();
}

void MainWindow::markAllRead()
{
    if (m_search->query().isEmpty())
        m_marks->markAllRead(currentScope());
}

void MainWindow::undo()
{
    m_history->undo();
}


void MainWindow::refreshSelected()
{
    if (!m_ui->categoryView->currentIndex().isValid()) {
        m_feeds->refreshAll();
        return;
    }
    m_reader.feedIds(currentScope()).then(this, nextTurn(this, [this](const Result<QList<qint64>> &feeds) {
        if (!feeds) {
            showError(feeds.error().message);
            return;
        }
        if (feeds->isEmpty())
            statusBar()->showMessage(tr("No feeds to refresh here"), 3000);
        else
            m_feeds->refresh(feeds.value());
    }));
}

void MainWindow::withCurrentLink(const std::function<void(const QUrl &)> &use)
{
    const qint64 id = m_pane->articleId();
    if (!id)
        return;
    m_reader.link(id).then(this, nextTurn(this, [this, use](const Result<QUrl> &link) {
        if (!link)
            showError(link.error().message);
        else if (link->isValid())
            use(link.value());
    }));
}

void MainWindow::updateActions()
{
    const int row = m_ui->articleView->currentIndex().row();
    const bool has = row >= 0;
    m_ui->actionToggleRead->setEnabled(has);
    m_ui->actionToggleStar->setEnabled(has);
    m_ui->actionOpenInBrowser->setEnabled(has || m_pane->articleId() != 0);
    m_ui->actionToggleStar->setChecked(has && m_articles->header(row).starred);
}

void MainWindow::updateStatus()
{
    m_counts->reread();
}

void MainWindow::loadDemo()
{
    m_writer.importSampleLibrary().then(this, nextTurn(this, [this](const Result<DemoImporter::Report> &report) {
        if (!report) {
            QMessageBox::warning(this, tr("Sample library"), report.error().message);
            return;
        }
        statusBar()->showMessage(tr("Sample library loaded: %n article(s) added", nullptr, report->articles), 5000);
        m_ui->categoryView->setCurrentIndex({});
        m_wantedArticle = 0;
        reload();
    }));
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


// View › Feeds With Problems and View › Top Stories.
void MainWindow::setupOverviews()
{
    auto *overviews = new OverviewDialogs(m_reader, *m_tree, this);
    m_ui->menuView->addSeparator();
    for (QAction *action : {overviews->problemsAction(), overviews->topStoriesAction()}) {
        m_ui->menuView->addAction(action);
        QWidget::addAction(action); // shortcuts work while the menu is closed
    }
    connect(overviews, &OverviewDialogs::feedChosen, this, [this](qint64 feedId) {
        const QModelIndex feed = m_tree->indexFor(CategoryTreeModel::FeedItem, feedId);
        if (feed.isValid()) {
            m_ui->categoryView->setCurrentIndex(feed);
            m_ui->categoryView->scrollTo(feed);
        }
    });
    connect(overviews, &OverviewDialogs::refreshRequested, m_feeds, &FeedController::refresh);
    connect(overviews, &OverviewDialogs::articleChosen, this, &MainWindow::openArticle);
}

// The tree's context menu, renames in place (F2), drag and drop; the tree
// and the list are read again after each change.
void MainWindow::setupTreeOrganizer()
{
    auto *organizer = new TreeOrganizer(m_ui->categoryView, *m_tree, m_reader, m_writer, *m_history, this);
    organizer->setObjectName(u"treeOrganizer"_s);
    connect(organizer, &TreeOrganizer::changed, this, &MainWindow::reload);
    connect(organizer, &TreeOrganizer::failed, this, &MainWindow::showError);
    connect(organizer, &TreeOrganizer::notice, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(organizer, &TreeOrganizer::refreshRequested, this, &MainWindow::refreshSelected);
    connect(organizer, &TreeOrganizer::markAllReadRequested, this, &MainWindow::markAllRead);
}

TreeOrganizer *MainWindow::treeOrganizer() const
{
    return findChild<TreeOrganizer *>(u"treeOrganizer"_s);
}

// Each feed shows its site's icon, fetched once and kept in the data dir.
void MainWindow::setupFavicons()
{
    if (!m_favicons)
        return;
    m_tree->setFeedIcons([this](const QUrl &feedUrl) {
        const QString file = m_favicons->iconFile(feedUrl);
        if (file.isEmpty())
            return QIcon();
        auto cached = m_iconFiles.constFind(file);
        if (cached == m_iconFiles.constEnd())
            cached = m_iconFiles.insert(file, QIcon(file));
        return cached.value();
    });
    connect(m_favicons, &FaviconCache::iconStored, this, [this] { m_tree->feedIconsChanged(); });
}

QAction *MainWindow::loadRemoteImagesAction() const
{
    return m_paneControl->loadRemoteImagesAction();
}
