// Subscribing from the window, offscreen, as a person does it: File ›
// Subscribe… (or a drop, or a launch), the dialog's discovery against the
// local test server, Subscribe, and the new feeds in the tree with their
// articles. Real SQLite library in a temp dir; nothing reaches the internet.

#include "addressdrop.h"
#include "appsettings.h"
#include "articlelistmodel.h"
#include "cacheschemehandler.h"
#include "categorytreemodel.h"
#include "discovery.h"
#include "fakewordpress.h"
#include "feedcontroller.h"
#include "feed/opml.h"
#include "demoimporter.h"
#include "fetcher.h"
#include "library.h"
#include "libraryreader.h"
#include "librarywriter.h"
#include "mainwindow.h"
#include "offlinemonitor.h"
#include "problemfeedsdialog.h"
#include "refreshscheduler.h"
#include "refreshservice.h"
#include "storagecleanup.h"
#include "storagethread.h"
#include "subscribedialog.h"
#include "subscriptions.h"
#include "templibrary.h"
#include "windowonlibrary.h"
#include "testhttpserver.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QStatusBar>
#include <QFile>
#include <QTemporaryDir>
#include <QApplication>
#include <QElapsedTimer>
#include <QComboBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSettings>
#include <QSqlDatabase>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

// WebEngine wants custom schemes known before the application object exists.
const bool cacheSchemeRegistered = (CacheSchemeHandler::registerScheme(), true);

QByteArray rss(const QString &title, const QString &prefix, int items)
{
    QByteArray out = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title.toUtf8()
            + "</title><link>http://example.com/</link>";
    const QDateTime base(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    for (int i = 0; i < items; ++i)
        out += "<item><guid>" + prefix.toUtf8() + QByteArray::number(i) + "</guid><title>" + prefix.toUtf8()
                + " story " + QByteArray::number(i + 1) + "</title><pubDate>"
                + base.addSecs(-3600 * i).toString(Qt::RFC2822Date).toUtf8() + "</pubDate></item>";
    return out + "</channel></rss>";
}

QPushButton *buttonNamed(QWidget *dialog, const QString &accessibleName)
{
    for (auto *button : dialog->findChildren<QPushButton *>())
        if (button->accessibleName() == accessibleName)
            return button;
    return nullptr;
}

QString statusOf(QWidget *dialog)
{
    for (auto *label : dialog->findChildren<QLabel *>())
        if (label->accessibleName() == u"Status"_s)
            return label->text();
    return {};
}

// File › Subscribe… as the person triggers it (Ctrl+N).
SubscribeDialog *openFromTheMenu(MainWindow &window)
{
    auto *action = window.findChild<QAction *>(u"actionAddFeed"_s);
    if (!action || action->shortcut() != QKeySequence(u"Ctrl+N"_s))
        return nullptr;
    action->trigger();
    return window.findChild<SubscribeDialog *>();
}

void find(SubscribeDialog *dialog, const QString &address)
{
    dialog->findChild<QLineEdit *>()->setText(address);
    buttonNamed(dialog, u"Find what the address offers"_s)->click();
}

QTreeWidgetItem *itemNamed(QTreeWidget *tree, const QString &name)
{
    const auto found = tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : found.first();
}

// Every feed of the window's tree, by name, with its folder path.
QStringList feedsInTree(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList feeds;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(CategoryTreeModel::KindRole).toInt() == CategoryTreeModel::FeedItem)
            feeds.append(index.data(CategoryTreeModel::PathRole).toString() + u" › "_s + index.data().toString());
        feeds += feedsInTree(model, index);
    }
    feeds.sort();
    return feeds;
}

bool articlesArrive(MainWindow &window, int atLeast)
{
    return QTest::qWaitFor([&] { return window.articleModel()->rowCount() >= atLeast; }, 20000);
}

// The window's own thread holds no database connection (as tst_mainwindow).
QStringList connectionsOnThisThread(const QStringList &before)
{
    const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) { });
    QStringList here;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (!before.contains(name) && QSqlDatabase::database(name, false).isValid())
            here.append(name);
    }
    qInstallMessageHandler(previous);
    return here;
}

} // namespace

class TestFeedController final : public QObject
{
    Q_OBJECT

    Fetcher m_fetcher;

private Q_SLOTS:
    void exportsEverySubscriptionAsOpml()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(DemoImporter(fixture.library()).importBuiltIn().ok());
        const QStringList before = QSqlDatabase::connectionNames();
        WindowOnLibrary app(fixture, m_fetcher);
        app.window.show();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"subscriptions.opml"_s);
        app.window.feeds()->exportOpmlTo(path);
        QTRY_VERIFY(QFile::exists(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const OpmlParseResult parsed = parseOpml(file.readAll());
        QVERIFY(parsed.error.isEmpty());
        QStringList folders;
        int feeds = 0;
        for (const OpmlOutline &outline : parsed.document.outlines) {
            if (outline.xmlUrl.isEmpty())
                folders.append(outline.title);
            for (const OpmlOutline &child : outline.children)
                feeds += child.xmlUrl.isEmpty() ? 0 : 1;
        }
        QVERIFY2(folders.contains(u"Science"_s), qPrintable(folders.join(u", "_s)));
        QVERIFY(feeds > 0);
        QTRY_VERIFY(app.window.statusBar()->currentMessage().contains(path));
        // Read off the window's thread.
        QVERIFY2(connectionsOnThisThread(before).isEmpty(), qPrintable(connectionsOnThisThread(before).join(u", "_s)));
    }

    void subscribesToAFeedFromTheMenu()
    {
        TestHttpServer server;
        server.route(u"/rss"_s, TestHttpServer::Response::ok(rss(u"Loopback News"_s, u"Loop"_s, 3),
                                                              "application/rss+xml"));
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const QStringList before = QSqlDatabase::connectionNames();
        WindowOnLibrary app(fixture, m_fetcher);
        app.window.show();
        QAbstractItemModelTester tester(app.window.categoryModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        SubscribeDialog *dialog = openFromTheMenu(app.window);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        find(dialog, server.url(u"/rss"_s).toString());
        auto *found = dialog->findChild<QTreeWidget *>();
        QTRY_COMPARE_WITH_TIMEOUT(found->topLevelItemCount(), 1, 10000);
        // The highlighted feed's newest headlines, from what discovery read.
        auto *preview = dialog->findChild<QListWidget *>();
        QVERIFY(preview);
        QTRY_VERIFY(preview->count() == 3);
        QVERIFY(preview->item(0)->text().startsWith(u"Loop story 1"_s));
        buttonNamed(dialog, u"Subscribe"_s)->click();
        // The tree shows it at once, and its first fetch brings its articles.
        QTRY_COMPARE(feedsInTree(app.window.categoryModel()), QStringList {u"Unfiled › Loopback News"_s});
        QVERIFY(articlesArrive(app.window, 3));
        QTRY_VERIFY(!app.window.findChild<SubscribeDialog *>()); // closed and gone
        QVERIFY2(connectionsOnThisThread(before).isEmpty(), qPrintable(connectionsOnThisThread(before).join(u", "_s)));
    }

    void subscribesToASiteThroughItsAdvertisedFeed()
    {
        TestHttpServer server;
        const QByteArray page = "<!DOCTYPE html><html><head><title>A Small Site</title>"
                                "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Small feed\" "
                                "href=\"/news.xml\"></head><body><p>Hello</p></body></html>";
        server.route(u"/"_s, TestHttpServer::Response::ok(page, "text/html; charset=utf-8"));
        server.route(u"/news.xml"_s, TestHttpServer::Response::ok(rss(u"Small Site News"_s, u"Small"_s, 2),
                                                                   "application/rss+xml"));
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        WindowOnLibrary app(fixture, m_fetcher);
        app.window.show();
        SubscribeDialog *dialog = openFromTheMenu(app.window);
        QVERIFY(dialog);
        find(dialog, server.url(u"/"_s).toString());
        auto *found = dialog->findChild<QTreeWidget *>();
        QTRY_COMPARE_WITH_TIMEOUT(found->topLevelItemCount(), 1, 10000);
        QCOMPARE(found->topLevelItem(0)->checkState(0), Qt::Checked);
        // Into a new folder typed by hand.
        dialog->findChild<QComboBox *>()->setEditText(u"Reading/Small"_s);
        buttonNamed(dialog, u"Subscribe"_s)->click();
        QTRY_COMPARE(feedsInTree(app.window.categoryModel()), QStringList {u"Reading/Small › Small Site News"_s});
        QVERIFY(articlesArrive(app.window, 2));
    }

    // A dropped OPML file opens the dialog with its outline, all checked.
    void subscribesToAnOpmlFileDroppedOnTheWindow()
    {
        TestHttpServer server;
        server.route(u"/a.xml"_s, TestHttpServer::Response::ok(rss(u"Feed A"_s, u"Alpha"_s, 2), "application/rss+xml"));
        server.route(u"/b.xml"_s, TestHttpServer::Response::ok(rss(u"Feed B"_s, u"Beta"_s, 2), "application/rss+xml"));
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const QString path = fixture.dataDir() + u"/list.opml"_s;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version='1.0'?><opml version='2.0'><head><title>Mine</title></head><body>"
                   "<outline text='Tech'><outline type='rss' text='Feed A' xmlUrl='"
                   + server.url(u"/a.xml"_s).toEncoded()
                   + "'/></outline><outline type='rss' text='Feed B' xmlUrl='" + server.url(u"/b.xml"_s).toEncoded()
                   + "'/></body></opml>");
        file.close();
        WindowOnLibrary app(fixture, m_fetcher);
        app.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&app.window));
        QVERIFY(app.window.acceptDrops());
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = app.window.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&app.window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&app.window, &drop);
        QVERIFY(drop.isAccepted());
        auto *dialog = app.window.findChild<SubscribeDialog *>();
        QVERIFY(dialog);
        // The tree takes drops of its own items only: an address dragged
        // over it still reaches the window.
        auto *tree = app.window.findChild<QTreeView *>(u"categoryView"_s);
        QVERIFY(tree->acceptDrops());
        QDragEnterEvent overTree(tree->viewport()->rect().center(), Qt::CopyAction | Qt::LinkAction, &mime,
                                 Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(tree->viewport(), &overTree);
        QVERIFY(overTree.isAccepted());
        auto *found = dialog->findChild<QTreeWidget *>();
        QTRY_COMPARE_WITH_TIMEOUT(found->topLevelItemCount(), 2, 10000);
        QCOMPARE(found->topLevelItem(0)->checkState(0), Qt::Checked);
        buttonNamed(dialog, u"Subscribe"_s)->click();
        QTRY_COMPARE(feedsInTree(app.window.categoryModel()),
                     (QStringList {u"Tech › Feed A"_s, u"Unfiled › Feed B"_s}));
        QVERIFY(articlesArrive(app.window, 4));
    }

    // Two categories picked from a WordPress-shaped site's tree: exactly
    // those two are subscribed (their parents only as folders).
    void subscribesToTwoCategoriesOfAWordPressSite()
    {
        TestHttpServer server;
        FakeWordPress site(server);
        site.setCategories(FakeWordPress::realisticTree());
        site.setPostsPerFeed(3);
        site.install();
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        WindowOnLibrary app(fixture, m_fetcher);
        app.window.show();
        QAbstractItemModelTester tester(app.window.categoryModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        SubscribeDialog *dialog = openFromTheMenu(app.window);
        QVERIFY(dialog);
        find(dialog, site.home().toString());
        auto *found = dialog->findChild<QTreeWidget *>();
        QTRY_VERIFY_WITH_TIMEOUT(itemNamed(found, u"World Deepest"_s), 10000);
        QTreeWidgetItem *deepest = itemNamed(found, u"World Deepest"_s);
        QTreeWidgetItem *business = itemNamed(found, u"Business 2"_s);
        QVERIFY(business);
        QCOMPARE(itemNamed(found, u"Politics & Policy"_s)->text(1), u"5"_s); // post counts shown
        deepest->setCheckState(0, Qt::Checked);
        business->setCheckState(0, Qt::Checked);
        QCOMPARE(itemNamed(found, u"World"_s)->checkState(0), Qt::PartiallyChecked);
        // A category's headlines are fetched when it is highlighted.
        found->setCurrentItem(deepest);
        auto *preview = dialog->findChild<QListWidget *>();
        QTRY_VERIFY_WITH_TIMEOUT(preview->count() > 0 && preview->item(0)->text().startsWith(u"World Deepest post 1"_s),
                                 10000);
        dialog->setDestination(u"Example"_s);
        buttonNamed(dialog, u"Subscribe"_s)->click();
        QTRY_COMPARE(feedsInTree(app.window.categoryModel()).join(u" | "_s),
                     u"Example/Business/Business 2 › Business 2 | "
                     "Example/World/World 1/World Deep/World Deepest › World Deepest"_s);
        QCOMPARE(fixture.library().feeds().all().value().size(), 2);
        QVERIFY(articlesArrive(app.window, 5));
    }

    void cancelStopsDiscoveryAndSubscribesNothing()
    {
        TestHttpServer server;
        TestHttpServer::Response slow = TestHttpServer::Response::ok(rss(u"Slow"_s, u"Slow"_s, 1), "application/rss+xml");
        slow.delayMs = 3000;
        server.route(u"/slow"_s, slow);
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        WindowOnLibrary app(fixture, m_fetcher);
        app.window.show();
        SubscribeDialog *dialog = openFromTheMenu(app.window);
        QVERIFY(dialog);
        find(dialog, server.url(u"/slow"_s).toString());
        QPushButton *cancel = buttonNamed(dialog, u"Cancel finding"_s);
        QTRY_VERIFY(server.requestCount(u"/slow"_s) == 1);
        QVERIFY(cancel->isVisible());
        cancel->click();
        QVERIFY(!cancel->isVisible());
        QCOMPARE(statusOf(dialog), u"Cancelled."_s);
        QTest::qWait(3500); // the answer would have come by now
        QCOMPARE(dialog->findChild<QTreeWidget *>()->topLevelItemCount(), 0);
        QVERIFY(!buttonNamed(dialog, u"Subscribe"_s)->isEnabled());
        QCOMPARE(fixture.library().feeds().all().value().size(), 0);
    }

    void anUnreachableAddressShowsItsErrorInTheDialog()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        WindowOnLibrary app(fixture, m_fetcher);
        app.window.show();
        SubscribeDialog *dialog = openFromTheMenu(app.window);
        QVERIFY(dialog);
        find(dialog, u"http://127.0.0.1:1/feed"_s); // port 1: refused
        QPushButton *retry = buttonNamed(dialog, u"Retry"_s);
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 10000);
        QVERIFY(!statusOf(dialog).isEmpty());
        QVERIFY(dialog->isVisible()); // the error stays where it was asked
        QCOMPARE(app.window.categoryModel()->rowCount(), 0);
    }

    // Subscribe… from the menu puts new feeds into the selected folder by default.
    void theSelectedFolderIsTheDestination()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        fixture.addFeedWithArticles(u"News/World"_s, u"https://world.example/feed"_s, 1);
        WindowOnLibrary app(fixture, m_fetcher);
        app.window.show();
        CategoryTreeModel *tree = app.window.categoryModel();
        const qint64 world = fixture.library().categories().findByPath(u"News/World"_s).value()->id;
        QTRY_VERIFY(tree->indexFor(CategoryTreeModel::CategoryItem, world).isValid());
        app.window.findChild<QTreeView *>(u"categoryView"_s)
                ->setCurrentIndex(tree->indexFor(CategoryTreeModel::CategoryItem, world));
        SubscribeDialog *dialog = openFromTheMenu(app.window);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QComboBox *>()->currentText(), u"News/World"_s);
        QVERIFY(dialog->findChild<QComboBox *>()->findData(u"News"_s) >= 0); // every folder offered
    }

    // The empty library's banner button opens the same dialog.
    void theEmptyLibraryBannerOpensTheDialog()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        WindowOnLibrary app(fixture, m_fetcher);
        app.window.show();
        auto *button = app.window.findChild<QPushButton *>(u"addFeedButton"_s);
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible());
        button->click();
        QVERIFY(app.window.findChild<SubscribeDialog *>());
        // Triggered again without an address, the open dialog comes forward.
        app.window.findChild<QAction *>(u"actionAddFeed"_s)->trigger();
        QCOMPARE(app.window.findChildren<SubscribeDialog *>().size(), 1);
    }

    // The items' images sit on a host that accepts connections and never
    // answers: the window lists the articles once the feed is stored, while
    // the refresh still waits out its budget for offline copies, and says
    // it is saving them.
    void articlesAreListedBeforeTheirImagesAreSaved()
    {
        TestHttpServer dead;
        TestHttpServer::Response never = TestHttpServer::Response::ok("never");
        never.delayMs = 3600 * 1000;
        dead.setFallback([never](const TestHttpServer::Request &) { return never; });
        QByteArray xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Slow pictures</title>";
        for (int i = 0; i < 4; ++i)
            xml += "<item><guid>pic" + QByteArray::number(i) + "</guid><title>Picture story " + QByteArray::number(i)
                    + "</title><description>&lt;p&gt;A long enough story.&lt;img src=&quot;"
                    + dead.url(u"/img%1.jpg"_s.arg(i)).toEncoded() + "&quot;&gt;&lt;/p&gt;</description></item>";
        xml += "</channel></rss>";
        TestHttpServer server;
        server.route(u"/rss"_s, TestHttpServer::Response::ok(xml + "", "application/rss+xml"));
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        fixture.addFeedWithArticles(u"News"_s, server.url(u"/rss"_s).toString(), 0);
        WindowOnLibrary app(fixture, m_fetcher);
        constexpr int BudgetMs = 6000;
        app.refresh.setKeepOfflineCopies(true);
        app.refresh.setOfflineCopyBudgetMs(BudgetMs);
        app.window.show();
        QSignalSpy storing(app.window.feeds(), &FeedController::storingFeeds);
        QElapsedTimer timer;
        timer.start();
        app.window.feeds()->refreshAll();
        QVERIFY(app.window.feeds()->isRefreshing());
        QVERIFY(articlesArrive(app.window, 4));
        QVERIFY2(app.window.feeds()->isRefreshing(), qPrintable(u"listed after %1 ms"_s.arg(timer.elapsed())));
        QVERIFY2(timer.elapsed() < BudgetMs, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(storing.size(), 2); // started storing, then stored: the indexer may go on
        QCOMPARE(storing.last().first().toBool(), false);
        auto *progress = app.window.statusBar()->findChild<QProgressBar *>();
        QVERIFY(progress && progress->isVisible());
        QCOMPARE(progress->format(), u"Saving for offline reading"_s);
        QVERIFY2(app.window.statusBar()->currentMessage().contains(u"4 new article"_s),
                 qPrintable(app.window.statusBar()->currentMessage()));
        // The budget spent, the refresh ends; the images wait for the next one.
        QTRY_VERIFY_WITH_TIMEOUT(!app.window.feeds()->isRefreshing(), BudgetMs + 10000);
        QVERIFY(!progress->isVisible());
        QCOMPARE(app.window.articleModel()->rowCount(), 4);
        QCOMPARE(storing.size(), 2);
    }

    // A feed that fails at its refresh wears the badge with its error, and
    // View › Feeds With Problems lists it.
    void aFailingFeedGetsItsBadge()
    {
        TestHttpServer server;
        server.route(u"/rss"_s, TestHttpServer::Response::ok(rss(u"Flaky"_s, u"Flaky"_s, 2), "application/rss+xml"));
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        WindowOnLibrary app(fixture, m_fetcher);
        app.window.show();
        QAbstractItemModelTester tester(app.window.categoryModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        SubscribeDialog *dialog = openFromTheMenu(app.window);
        find(dialog, server.url(u"/rss"_s).toString());
        QTRY_VERIFY_WITH_TIMEOUT(buttonNamed(dialog, u"Subscribe"_s)->isEnabled(), 10000);
        buttonNamed(dialog, u"Subscribe"_s)->click();
        QVERIFY(articlesArrive(app.window, 2));
        QTRY_VERIFY(!app.window.feeds()->isRefreshing());
        CategoryTreeModel *tree = app.window.categoryModel();
        QCOMPARE(tree->problemFeeds().size(), 0);
        server.route(u"/rss"_s, TestHttpServer::Response::error(500));
        app.window.feeds()->refreshAll();
        QTRY_COMPARE_WITH_TIMEOUT(tree->problemFeeds().size(), 1, 20000);
        const QModelIndex feed = tree->problemFeeds().first();
        QVERIFY(!feed.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!feed.data(CategoryTreeModel::ErrorRole).toString().isEmpty());
        QVERIFY(feed.data(Qt::ToolTipRole).toString().contains(feed.data(CategoryTreeModel::ErrorRole).toString()));
        auto *problems = app.window.findChild<QAction *>(u"actionFeedProblems"_s);
        QVERIFY(problems);
        problems->trigger();
        auto *list = app.window.findChild<ProblemFeedsDialog *>();
        QVERIFY(list && list->isVisible());
        QCOMPARE(list->count(), 1);
    }

    // A new feed shows its site's icon once fetched; the next window over
    // the same data dir shows it offline, without asking.
    void aFeedShowsItsSiteIcon()
    {
        TestHttpServer server;
        server.route(u"/rss"_s, TestHttpServer::Response::ok(rss(u"Iconic"_s, u"Icon"_s, 1), "application/rss+xml"));
        server.route(u"/"_s, TestHttpServer::Response::ok("<link rel=icon href=/i.png>", "text/html"));
        server.route(u"/i.png"_s, TestHttpServer::Response::ok(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, '\0'),
                                                                "image/png"));
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        {
            FaviconCache favicons(m_fetcher, fixture.dataDir() + u"/favicons"_s);
            WindowOnLibrary app(fixture, m_fetcher, &favicons);
            app.window.show();
            QAbstractItemModelTester tester(app.window.categoryModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            SubscribeDialog *dialog = openFromTheMenu(app.window);
            find(dialog, server.url(u"/rss"_s).toString());
            QTRY_VERIFY_WITH_TIMEOUT(buttonNamed(dialog, u"Subscribe"_s)->isEnabled(), 10000);
            buttonNamed(dialog, u"Subscribe"_s)->click();
            QTRY_COMPARE(app.window.categoryModel()->feedIndexes().size(), 1);
            QTRY_VERIFY_WITH_TIMEOUT(!favicons.iconFile(server.url(u"/rss"_s)).isEmpty(), 10000);
            QTRY_VERIFY(app.window.categoryModel()->feedIndexes().first().data(Qt::DecorationRole).canConvert<QIcon>());
            QCOMPARE(server.requestCount(u"/i.png"_s), 1);
        }
        Fetcher offline;
        offline.setOffline(true);
        FaviconCache favicons(offline, fixture.dataDir() + u"/favicons"_s);
        WindowOnLibrary again(fixture, offline, &favicons);
        again.window.show();
        QTRY_COMPARE(again.window.categoryModel()->feedIndexes().size(), 1);
        QVERIFY(!again.window.categoryModel()->feedIndexes().first().data(Qt::DecorationRole).isNull());
        QCOMPARE(server.requestCount(u"/i.png"_s), 1);
    }

    void onlyAddressesAreTakenFromADrag()
    {
        QMimeData links;
        links.setUrls({QUrl(u"https://example.com/feed"_s), QUrl(u"mailto:someone@example.com"_s),
                       QUrl::fromLocalFile(u"/tmp/list.opml"_s)});
        QCOMPARE(AddressDrop::addressesIn(&links),
                 (QList<QUrl> {QUrl(u"https://example.com/feed"_s), QUrl::fromLocalFile(u"/tmp/list.opml"_s)}));
        QMimeData text;
        text.setText(u"  https://example.com/rss.xml \n"_s);
        QCOMPARE(AddressDrop::addressesIn(&text), QList<QUrl> {QUrl(u"https://example.com/rss.xml"_s)});
        QMimeData prose;
        prose.setText(u"read https://example.com/ today"_s);
        QVERIFY(AddressDrop::addressesIn(&prose).isEmpty());
        QMimeData script;
        script.setText(u"javascript:alert(1)"_s);
        QVERIFY(AddressDrop::addressesIn(&script).isEmpty());
        QVERIFY(AddressDrop::addressesIn(nullptr).isEmpty());
    }
};

QTEST_MAIN(TestFeedController)
#include "tst_feedcontroller.moc"
