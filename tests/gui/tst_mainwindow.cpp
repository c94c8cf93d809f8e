#include "storagethread.h"
#include "appsettings.h"
#include "articlelistmodel.h"
#include "articlepane.h"
#include "cacheschemehandler.h"
#include "categorytreemodel.h"
#include "demoimporter.h"
#include "discovery.h"
#include "feedcontroller.h"
#include "fetcher.h"
#include "library.h"
#include "libraryreader.h"
#include "librarywriter.h"
#include "mainwindow.h"
#include "offlinemonitor.h"
#include "refreshscheduler.h"
#include "searchbar.h"
#include "refreshservice.h"
#include "storagecleanup.h"
#include "subscriptions.h"
#include "panerequestinterceptor.h"
#include "singleinstance.h"
#include "subscribedialog.h"
#include "panetesthelpers.h"
#include "templibrary.h"
#include "testhttpserver.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QWebEnginePage>
#include <QAction>
#include <QBuffer>
#include <QImage>
#include <QPushButton>
#include <QTreeWidget>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QScrollBar>
#include <QTest>
#include <QTreeView>
#include <QHeaderView>

#include <algorithm>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace {

// All Articles, Unread, Starred and Top Stories come before the person's folders.
constexpr int SmartRows = 4;


// The window as the app builds it over a test library: its settings file
// beside the library, its marks written on a storage thread of its own.
struct WindowOnLibrary
{
    WindowOnLibrary(TempLibrary &fixture, Fetcher &fetcher)
        : settings(settingsPathIn(fixture), QSettings::IniFormat),
          storage(fixture.dataDir()),
          reader(fixture.dataDir()),
          writer(storage),
          refresh(fixture.library(), fetcher, storage),
          subscriptions(fixture.library(), fetcher),
          offline(fetcher, OfflineMonitor::Detection::None),
          scheduler(refresh, storage, offline),
          appSettings(settings),
          cleanup(storage),
          window({reader, writer, refresh, subscriptions, offline, scheduler, appSettings, cleanup,
                  [&fetcher](QObject *parent) { return new Discovery(fetcher, parent); }},
                 settings)
    {
    }

    static QString settingsPathIn(const TempLibrary &fixture) { return fixture.dataDir() + u"/settings.ini"_s; }

    QSettings settings;
    StorageThread storage;
    LibraryReader reader;
    LibraryWriter writer;
    RefreshService refresh;
    Subscriptions subscriptions;
    OfflineMonitor offline;
    RefreshScheduler scheduler; // not started: the tests refresh by hand
    AppSettings appSettings;
    StorageCleanup cleanup;
    MainWindow window;
};

// Asks for pages until the list has them all (they arrive asynchronously).
bool loadAll(ArticleListModel *list)
{
    return QTest::qWaitFor([list] {
        if (list->canFetchMore({}) && !list->isLoading())
            list->fetchMore({});
        return !list->canFetchMore({}) && !list->isLoading();
    }, 20000);
}

// Waits until the window has shown its first list page.
bool listed(MainWindow &window, int rows = 1)
{
    return QTest::qWaitFor([&] { return window.articleModel()->rowCount() >= rows; }, 20000);
}

// WebEngine wants custom schemes known before the application object exists.
const bool cacheSchemeRegistered = (CacheSchemeHandler::registerScheme(), true);

// The page's text, read back from the real WebEngine view.
QString pageText(QWebEngineView *view)
{
    QString text;
    bool done = false;
    view->page()->toPlainText([&](const QString &result) {
        text = result;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 20000);
    return text;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

    Fetcher m_fetcher;

private Q_SLOTS:
    void showsTheDemoArticleLikeANewsPage()
    {
        TempLibrary fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorString()));
        QVERIFY(DemoImporter(fixture.library()).importBuiltIn().ok());
        WindowOnLibrary app(fixture, m_fetcher);
        MainWindow &window = app.window;
        QSignalSpy loaded(window.articlePane(), &ArticlePane::loadFinished);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModelTester treeTester(window.categoryModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester listTester(window.articleModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);

        QTRY_COMPARE(window.categoryModel()->rowCount(), SmartRows + 4);
        QTRY_COMPARE(window.articleModel()->rowCount(), 30);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
        QVERIFY(loaded.last().at(0).toBool());

        const QString text = pageText(window.articlePane()->view());
        QVERIFY2(text.contains(u"US-Israel Talks Aim for Peace and Security in Gaza"_s), qPrintable(text.left(300)));
        QVERIFY(text.contains(u"Home"_s));
        QVERIFY(text.contains(u"Micro News"_s));
        QVERIFY(text.contains(u"Politics"_s));
        QVERIFY(text.contains(u"Published on"_s));
        QVERIFY(text.contains(u"Key Strategic Meeting Between America and Israel"_s));
        QVERIFY(text.contains(u"This story was first published on timesofisrael.com."_s));
        QVERIFY(text.contains(u"More like this"_s, Qt::CaseInsensitive)); // styled in capitals
        QVERIFY(text.contains(u"Walmart Faces Backlash Over Shirts Feature Terror Leaders"_s));
        // Opening the article marked it read.
        QTRY_VERIFY(window.articleModel()->header(0).read);
    }

    void markingReadWaitsForNoWriterAndIsStoredOnceTheLockEnds()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(DemoImporter(fixture.library()).importBuiltIn().ok());
        WindowOnLibrary app(fixture, m_fetcher);
        MainWindow &window = app.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(listed(window));
        const qint64 id = window.articleModel()->header(0).id;
        QTRY_VERIFY(fixture.library().articles().find(id).value()->read); // the first article opened, read
        auto *toggleRead = window.findChild<QAction *>(u"actionToggleRead"_s);
        QVERIFY(toggleRead);

        // Another writer (a long refresh, say) holds the library's write lock.
        const QString name = u"writer"_s;
        {
            QSqlDatabase writer = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            writer.setDatabaseName(fixture.dataDir() + u"/library.sqlite"_s);
            QVERIFY(writer.open());
            QSqlQuery lock(writer);
            QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
            toggleRead->trigger(); // back to unread: shown at once, stored later
            QVERIFY(!window.articleModel()->header(0).read);
            QVERIFY(fixture.library().articles().find(id).value()->read);
            QVERIFY(lock.exec(u"COMMIT"_s));
            QTRY_VERIFY(!fixture.library().articles().find(id).value()->read);
            QVERIFY(!window.articleModel()->header(0).read);
        }
        QSqlDatabase::removeDatabase(name);
    }

    void relatedLinkOpensThatArticle()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(DemoImporter(fixture.library()).importBuiltIn().ok());
        WindowOnLibrary app(fixture, m_fetcher);
        MainWindow &window = app.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(listed(window, 6));
        const qint64 target = window.articleModel()->header(5).id;
        QSignalSpy loaded(window.articlePane(), &ArticlePane::loadFinished);
        Q_EMIT window.articlePane()->articleRequested(target);
        QTRY_COMPARE(window.articlePane()->articleId(), target);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
    }

    void refreshFromTheWindowShowsTheNewArticles()
    {
        // Stored on the storage thread, listed by the window's own connection.
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TestHttpServer server;
        QByteArray rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>";
        for (int i = 0; i < 7; ++i)
            rss += "<item><title>Wire story " + QByteArray::number(i) + "</title><guid>w" + QByteArray::number(i)
                    + "</guid><description>&lt;p&gt;Text " + QByteArray::number(i) + "&lt;/p&gt;</description></item>";
        rss += "</channel></rss>";
        server.route(u"/feed.xml"_s, TestHttpServer::Response::ok(rss, "application/rss+xml"));
        Feed feed;
        feed.url = server.url(u"/feed.xml"_s);
        QVERIFY(fixture.library().feeds().add(feed).ok());
        WindowOnLibrary app(fixture, m_fetcher);
        MainWindow &window = app.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.articleModel()->rowCount(), 0);
        QSignalSpy running(window.feeds(), &FeedController::refreshRunning);
        window.feeds()->refreshAll();
        QTRY_VERIFY_WITH_TIMEOUT(running.size() >= 2 && !running.last().at(0).toBool(), 20000);
        QTRY_COMPARE(window.articleModel()->rowCount(), 7);
        QVERIFY(window.statusBar()->currentMessage().contains(u"7"_s));
    }

    void emptyLibraryOffersTheSampleLibrary()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        WindowOnLibrary app(fixture, m_fetcher);
        MainWindow &window = app.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<QWidget *>(u"emptyBanner"_s);
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        // A compact note, not half the window.
        QVERIFY2(banner->height() < window.height() / 6, qPrintable(QString::number(banner->height())));
        QCOMPARE(window.articleModel()->rowCount(), 0);
        window.loadDemo();
        QTRY_VERIFY(!banner->isVisible());
        QTRY_COMPARE(window.articleModel()->rowCount(), 30);
    }

    // What a launch hands over (xdg-open of an OPML file or a feed link):
    // each is offered in the subscribe dialog, prefilled; an OPML list comes
    // checked, to be confirmed with Subscribe.
    void launchWithAnOpmlFileOffersItsOutline()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        WindowOnLibrary app(fixture, m_fetcher);
        const QString path = fixture.dataDir() + u"/subscriptions.xml"_s; // OPML by content, not name
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version='1.0'?>\n<!-- exported -->\n<opml version='1.0'><head/><body>"
                   "<outline text='From OPML'><outline text='Loopback' type='rss' "
                   "xmlUrl='http://127.0.0.1:9/feed.xml'/></outline></body></opml>");
        file.close();
        LaunchRequest request;
        request.urls = {QUrl::fromLocalFile(path)};
        app.window.handleLaunch(request);
        QVERIFY(app.window.isVisible());
        auto *dialog = app.window.findChild<SubscribeDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>()->text(), path);
        auto *found = dialog->findChild<QTreeWidget *>();
        QTRY_COMPARE(found->topLevelItemCount(), 1);
        QCOMPARE(found->topLevelItem(0)->checkState(0), Qt::Checked);
        QCOMPARE(app.window.categoryModel()->rowCount(), 0); // nothing before Subscribe
        QPushButton *subscribe = nullptr;
        for (auto *button : dialog->findChildren<QPushButton *>())
            if (button->accessibleName() == u"Subscribe"_s)
                subscribe = button;
        QVERIFY(subscribe);
        subscribe->click();
        QTRY_COMPARE(app.window.categoryModel()->index(SmartRows, 0).data().toString(), u"From OPML"_s);
    }

    void launchWithAFeedAddressOffersItPrefilled()
    {
        TestHttpServer server;
        server.route(u"/feed.xml"_s,
                     TestHttpServer::Response::ok("<rss version='2.0'><channel><title>Prefilled</title>"
                                                  "<item><guid>1</guid><title>One</title></item></channel></rss>",
                                                  "application/rss+xml"));
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        WindowOnLibrary app(fixture, m_fetcher);
        LaunchRequest request;
        request.urls = {server.url(u"/feed.xml"_s)};
        app.window.handleLaunch(request);
        auto *dialog = app.window.findChild<SubscribeDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit *>()->text(), server.url(u"/feed.xml"_s).toString());
        // Discovery started at once.
        auto *found = dialog->findChild<QTreeWidget *>();
        QTRY_COMPARE(found->topLevelItemCount(), 1);
        QCOMPARE(found->topLevelItem(0)->text(0), u"Prefilled"_s);
        dialog->reject();
    }

    void savesAndRestoresLayout()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const QString ini = WindowOnLibrary::settingsPathIn(fixture);
        {
            WindowOnLibrary app(fixture, m_fetcher);
            MainWindow &window = app.window;
            window.resize(900, 600);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        QSettings settings(ini, QSettings::IniFormat);
        QVERIFY(!settings.value(u"window/geometry"_s).toByteArray().isEmpty());
        QVERIFY(!settings.value(u"window/splitter"_s).toByteArray().isEmpty());
    }

    void categorySelectionFiltersTheList()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(DemoImporter(fixture.library()).importBuiltIn().ok());
        WindowOnLibrary app(fixture, m_fetcher);
        MainWindow &window = app.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tree = window.findChild<QTreeView *>(u"categoryView"_s);
        QVERIFY(tree);
        QTRY_VERIFY(window.categoryModel()->rowCount() > 0);
        const QModelIndex politics = window.categoryModel()->index(0, 0, window.categoryModel()->index(SmartRows, 0));
        QCOMPARE(politics.data().toString(), u"Politics"_s);
        tree->setCurrentIndex(politics);
        QTRY_COMPARE(window.articleModel()->rowCount(), politics.data(CategoryTreeModel::TotalRole).toInt());
    }

    void loadRemoteImagesOnlyOnlineAndOnlyForThatArticle()
    {
        TestHttpServer server;
        QVERIFY(server.isListening());
        QImage image(16, 9, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        server.route(u"/x.png"_s, TestHttpServer::Response::ok(png, "image/png"));

        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Feed feed;
        feed.url = server.url(u"/feed.xml"_s);
        const qint64 feedId = fixture.library().feeds().add(feed).value();
        Article pictures;
        pictures.guid = u"pictures"_s;
        pictures.title = u"Pictures"_s;
        pictures.link = server.url(u"/story.html"_s);
        pictures.published = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        pictures.contentHtml = u"<p>With a picture</p><img id=\"remote\" src=\"/x.png\">"_s;
        Article text;
        text.guid = u"text"_s;
        text.title = u"Text only"_s;
        text.published = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        text.contentHtml = u"<p>Only words</p>"_s;
        const QList<qint64> ids = fixture.library()
                                          .articles()
                                          .upsert(feedId, {pictures, text}, QDateTime::currentDateTimeUtc())
                                          ->ids;
        QCOMPARE(ids.size(), 2);
        WindowOnLibrary app(fixture, m_fetcher);
        MainWindow &window = app.window;
        window.feeds()->setOffline(false);
        ArticlePane *pane = window.articlePane();
        QAction *action = window.loadRemoteImagesAction();
        QVERIFY(action);
        QCOMPARE(window.findChild<QAction *>(u"actionLoadRemoteImages"_s), action);
        QVERIFY(!action->shortcut().isEmpty());
        auto *viewMenu = window.findChild<QMenu *>(u"menuView"_s);
        QVERIFY(viewMenu && viewMenu->actions().contains(action));
        auto *note = window.findChild<QLabel *>(u"remoteImagesNote"_s);
        QVERIFY(note);
        // No other action shares the shortcut.
        for (QAction *other : window.findChildren<QAction *>()) {
            if (other != action)
                QVERIFY2(other->shortcut() != action->shortcut(), qPrintable(other->objectName()));
        }
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QSignalSpy loaded(pane, &ArticlePane::loadFinished);
        window.openArticle(ids.at(0));
        QTRY_COMPARE(pane->articleId(), ids.at(0));
        QCOMPARE(pane->uncachedImageCount(), 1);
        QVERIFY(action->isEnabled());
        QVERIFY2(note->text().contains(u"not stored offline"_s), qPrintable(note->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
        QVERIFY(PaneTest::waitForImages(pane->view()));
        QCOMPARE(server.totalRequests(), 0);

        // Offline: nothing to load, the action says so.
        window.feeds()->setOffline(true);
        QTRY_VERIFY(!action->isEnabled());
        QVERIFY(note->text().contains(u"not stored offline"_s));
        action->trigger();
        QVERIFY(!pane->remoteImagesShown());
        window.feeds()->setOffline(false);
        QVERIFY(action->isEnabled());

        // Online, asked for: the image comes from the server.
        loaded.clear();
        action->trigger();
        QTRY_VERIFY(pane->remoteImagesShown());
        QVERIFY(pane->requestInterceptor()->remoteImagesAllowed());
        QVERIFY(!action->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(u"/x.png"_s), 1, 20000);
        QCOMPARE(server.totalRequests(), 1);

        // Going offline takes it back.
        window.feeds()->setOffline(true);
        QTRY_VERIFY(!pane->remoteImagesShown());
        QVERIFY(!pane->requestInterceptor()->remoteImagesAllowed());
        QCOMPARE(pane->articleId(), ids.at(0));
        QVERIFY(!action->isEnabled());
        window.feeds()->setOffline(false);

        // Loaded again, then another article: blocked, nothing to offer.
        action->trigger();
        QTRY_VERIFY(pane->remoteImagesShown());
        window.openArticle(ids.at(1));
        QTRY_COMPARE(pane->articleId(), ids.at(1));
        QVERIFY(!pane->remoteImagesShown());
        QVERIFY(!pane->requestInterceptor()->remoteImagesAllowed());
        QVERIFY(!action->isEnabled());
        QVERIFY(note->text().isEmpty());
        QVERIFY(note->isHidden());
    }

    void sameStoryCanBeOneRowAndReadTogether()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(DemoImporter(fixture.library()).importBuiltIn().ok());
        WindowOnLibrary app(fixture, m_fetcher);
        MainWindow &window = app.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *group = window.findChild<QAction *>(u"actionGroupStories"_s);
        auto *markStory = window.findChild<QAction *>(u"actionMarkStoryRead"_s);
        QVERIFY(group && markStory);
        auto *tree = window.findChild<QTreeView *>(u"categoryView"_s);
        tree->setCurrentIndex(QModelIndex());
        tree->clearSelection();
        ArticleListModel *list = window.articleModel();
        QVERIFY(listed(window));
        QVERIFY(loadAll(list));
        const int rows = list->rowCount();

        group->setChecked(true);
        QVERIFY(listed(window));
        QVERIFY(loadAll(list));
        // The demo has stories covered by several sources: fewer rows, and
        // a grouped row says so.
        QVERIFY(list->rowCount() < rows);
        int grouped = -1;
        for (int row = 0; row < list->rowCount() && grouped < 0; ++row) {
            if (list->header(row).storySize > 1)
                grouped = row;
        }
        QVERIFY(grouped >= 0);
        const qint64 id = list->header(grouped).id;
        const QList<qint64> others = fixture.library().articles().sameStory(id).value();
        QVERIFY(!others.isEmpty());

        // Reading it marks the other sources' copies read when asked to.
        markStory->setChecked(true);
        QVERIFY(fixture.library().articles().setRead({id}, false).ok());
        QVERIFY(fixture.library().articles().setRead(others, false).ok());
        group->setChecked(false);
        group->setChecked(true);
        QTRY_VERIFY(list->rowOf(id) >= 0);
        auto *view = window.findChild<QTreeView *>(u"articleView"_s);
        QVERIFY(view);
        view->setCurrentIndex(list->index(list->rowOf(id), 0));
        ArticleQuery unread;
        unread.unreadOnly = true;
        unread.limit = 1000;
        // Stored on the storage thread: wait for it.
        const auto unreadCopies = [&] {
            int copies = 0;
            for (const ArticleHeader &h : fixture.library().articles().headers(unread).value())
                copies += h.id == id || others.contains(h.id) ? 1 : 0;
            return copies;
        };
        QTRY_COMPARE(unreadCopies(), 0);

        window.close(); // the choices are kept
        QVERIFY(app.settings.value(u"view/groupStories"_s).toBool());
        QVERIFY(app.settings.value(u"view/markStoryRead"_s).toBool());
    }

    // The window reads on the read side's threads and writes through the
    // storage thread: after start, a search, opening, marking and Mark All
    // Read, no connection to the library belongs to the GUI thread but the
    // test's own.
    void noSqlRunsOnTheGuiThread()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(DemoImporter(fixture.library()).importBuiltIn().ok());
        const QStringList before = QSqlDatabase::connectionNames();
        {
            WindowOnLibrary app(fixture, m_fetcher);
            MainWindow &window = app.window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(listed(window, 5));
            QTest::keyClick(window.findChild<QTreeView *>(u"articleView"_s), Qt::Key_J);
            window.findChild<QAction *>(u"actionToggleStar"_s)->trigger();
            window.markAllRead();
            QTRY_VERIFY(window.findChild<QAction *>(u"actionUndo"_s)->isEnabled());
            window.searchField()->setText(u"gaza"_s);
            QTRY_VERIFY(window.articleModel()->rowCount() > 0
                        && window.articleModel()->header(0).snippet.contains(u'['));
            const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &,
                                                                        const QString &) { });
            QStringList onThisThread;
            for (const QString &name : QSqlDatabase::connectionNames()) {
                if (!before.contains(name) && QSqlDatabase::database(name, false).isValid())
                    onThisThread.append(name);
            }
            qInstallMessageHandler(previous);
            QVERIFY2(onThisThread.isEmpty(), qPrintable(onThisThread.join(u", "_s)));
            QVERIFY(QSqlDatabase::connectionNames().size() > before.size()); // the window's are elsewhere
        }
    }

    void searchFindsAnArticleAndOpensItHighlighted()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(DemoImporter(fixture.library()).importBuiltIn().ok());
        WindowOnLibrary app(fixture, m_fetcher);
        MainWindow &window = app.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(listed(window, 30));
        // Ctrl+F focuses the field; typing searches after a short pause.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.searchField()->hasFocus());
        QTest::keyClicks(window.searchField(), u"benchmark"_s);
        QTRY_VERIFY(window.articleModel()->rowCount() >= 1 && window.articleModel()->rowCount() < 30);
        const ArticleHeader first = window.articleModel()->header(0);
        QVERIFY2(first.title.contains(u"Benchmark"_s, Qt::CaseInsensitive), qPrintable(first.title));
        QVERIFY(first.snippet.contains(u'['));
        QVERIFY(window.articleModel()->index(0, 0).data(Qt::ToolTipRole).toString().contains(u"<b>"_s));
        // The first result opens, its matches marked.
        QTRY_COMPARE(window.articlePane()->articleId(), first.id);
        QString html;
        QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    bool done = false;
                    window.articlePane()->view()->page()->toHtml([&](const QString &h) {
                        html = h;
                        done = true;
                    });
                    (void)QTest::qWaitFor([&] { return done; }, 5000);
                    return html.contains(u"<mark>"_s, Qt::CaseInsensitive);
                }(),
                20000);
        // Bad syntax is no error; Esc clears and the whole list is back.
        window.searchField()->setText(u"\"AND OR ( *"_s);
        QTest::qWait(SearchBar::DelayMs * 3);
        QVERIFY(window.statusBar()->currentMessage().isEmpty()
                || !window.statusBar()->currentMessage().contains(u"syntax"_s));
        QTest::keyClick(window.searchField(), Qt::Key_Escape);
        QVERIFY(window.searchField()->text().isEmpty());
        QTRY_COMPARE(window.articleModel()->rowCount(), 30);
    }

    void keyboardWalksTheList()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(DemoImporter(fixture.library()).importBuiltIn().ok());
        WindowOnLibrary app(fixture, m_fetcher);
        MainWindow &window = app.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(listed(window, 30));
        auto *list = window.findChild<QTreeView *>(u"articleView"_s);
        QTRY_COMPARE(list->currentIndex().row(), 0);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_J);
        QCOMPARE(list->currentIndex().row(), 1);
        QTest::keyClick(list, Qt::Key_N);
        QCOMPARE(list->currentIndex().row(), 2);
        QTest::keyClick(list, Qt::Key_K);
        QCOMPARE(list->currentIndex().row(), 1);
        QTest::keyClick(list, Qt::Key_P);
        QCOMPARE(list->currentIndex().row(), 0);
        // m toggles read, s toggles the star, each shown in the row.
        QTRY_VERIFY(window.articleModel()->header(0).read);
        QTest::keyClick(list, Qt::Key_M);
        QVERIFY(!window.articleModel()->header(0).read);
        const bool starred = window.articleModel()->header(0).starred;
        QTest::keyClick(list, Qt::Key_S);
        QCOMPARE(window.articleModel()->header(0).starred, !starred);
        QTRY_COMPARE(fixture.library().articles().find(window.articleModel()->header(0).id).value()->starred,
                     !starred);
        // Tab goes from the list to the article pane.
        window.findChild<QTreeView *>(u"categoryView"_s)->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), list);
    }

    void everyShortcutIsUniqueAndListed()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        WindowOnLibrary app(fixture, m_fetcher);
        MainWindow &window = app.window;
        QHash<QKeySequence, QString> seen;
        for (QAction *action : window.findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts()) {
                QVERIFY2(!seen.contains(key), qPrintable(key.toString() + u" on "_s + action->objectName()
                                                         + u" and "_s + seen.value(key)));
                seen.insert(key, action->objectName());
            }
        }
        const QList<QAction *> listed = window.shortcutActions();
        for (const char *name : {"actionFind", "actionNextArticle", "actionPreviousArticle", "actionToggleRead",
                                 "actionToggleStar", "actionOpenInBrowser", "actionRefreshSelected",
                                 "actionRefresh", "actionMarkAllRead", "actionUndo", "actionNextUnread"}) {
            auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY2(action && listed.contains(action), name);
        }
    }

    void markAllReadAndUndo()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(DemoImporter(fixture.library()).importBuiltIn().ok());
        WindowOnLibrary app(fixture, m_fetcher);
        MainWindow &window = app.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.categoryModel()->rowCount() > 0);
        const QModelIndex micro = window.categoryModel()->index(SmartRows, 0);
        window.findChild<QTreeView *>(u"categoryView"_s)->setCurrentIndex(micro);
        QTRY_COMPARE(window.articleModel()->rowCount(), micro.data(CategoryTreeModel::TotalRole).toInt());
        // The first article opened and was marked read: stored before counting.
        QTRY_VERIFY(fixture.library().articles().find(window.articleModel()->header(0).id).value()->read);
        ArticleQuery unread;
        unread.unreadOnly = true;
        unread.limit = 1000;
        const int unreadBefore = int(fixture.library().articles().headers(unread).value().size());

        auto *undo = window.findChild<QAction *>(u"actionUndo"_s);
        QVERIFY(undo && !undo->isEnabled());
        window.findChild<QAction *>(u"actionMarkAllRead"_s)->trigger();
        QTRY_VERIFY(undo->isEnabled());
        for (int row = 0; row < window.articleModel()->rowCount(); ++row)
            QVERIFY(window.articleModel()->header(row).read);
        const int unreadAfter = int(fixture.library().articles().headers(unread).value().size());
        QVERIFY(unreadAfter < unreadBefore);
        QVERIFY(unreadAfter > 0); // only Micro News
        QTRY_COMPARE(micro.data(CategoryTreeModel::UnreadRole).toInt(), 0);

        undo->trigger();
        QVERIFY(!undo->isEnabled());
        QTRY_COMPARE(int(fixture.library().articles().headers(unread).value().size()), unreadBefore);
        QTRY_VERIFY(!window.articleModel()->header(1).read);
    }

    void clickingAColumnHeaderSortsTheListAndTheOrderIsRestored()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(DemoImporter(fixture.library()).importBuiltIn().ok());
        const auto titles = [](MainWindow &window) {
            QStringList out;
            for (int row = 0; row < window.articleModel()->rowCount(); ++row)
                out.append(window.articleModel()->header(row).title);
            return out;
        };
        const auto caseless = [](const QString &a, const QString &b) {
            return QString::compare(a, b, Qt::CaseInsensitive) < 0;
        };
        {
            WindowOnLibrary app(fixture, m_fetcher);
            MainWindow &window = app.window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(listed(window, 2));
            auto *view = window.findChild<QTreeView *>(u"articleView"_s);
            QHeaderView *header = view->header();
            QCOMPARE(header->sortIndicatorSection(), int(ArticleListModel::PublishedColumn));

            // Title: A to Z, then Z to A on a second click.
            const auto click = [&](int column) {
                const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                                header->height() / 2);
                QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
            };
            click(ArticleListModel::TitleColumn);
            QTRY_VERIFY(!window.articleModel()->isLoading() && window.articleModel()->rowCount() > 1);
            QVERIFY(loadAll(window.articleModel()));
            QStringList sorted = titles(window);
            QVERIFY2(std::is_sorted(sorted.begin(), sorted.end(), caseless), qPrintable(sorted.join(u" | "_s)));
            click(ArticleListModel::TitleColumn);
            QTRY_VERIFY(titles(window).value(0) == sorted.last());

            // The star column is not an order: the list keeps its own.
            click(ArticleListModel::StarColumn);
            QCOMPARE(header->sortIndicatorSection(), int(ArticleListModel::TitleColumn));

            // Source: sources A to Z.
            click(ArticleListModel::SourceColumn);
            QTRY_VERIFY(!window.articleModel()->isLoading());
            QVERIFY(loadAll(window.articleModel()));
            QStringList sources;
            for (int row = 0; row < window.articleModel()->rowCount(); ++row)
                sources.append(window.articleModel()->header(row).feedTitle);
            QVERIFY2(std::is_sorted(sources.begin(), sources.end(), caseless), qPrintable(sources.join(u" | "_s)));
            QVERIFY(header->sortIndicatorOrder() == Qt::AscendingOrder);
            window.close();
        }
        WindowOnLibrary again(fixture, m_fetcher);
        again.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again.window));
        QHeaderView *header = again.window.findChild<QTreeView *>(u"articleView"_s)->header();
        QCOMPARE(header->sortIndicatorSection(), int(ArticleListModel::SourceColumn));
        QVERIFY(listed(again.window, 2));
        QVERIFY(loadAll(again.window.articleModel()));
        QStringList sources;
        for (int row = 0; row < again.window.articleModel()->rowCount(); ++row)
            sources.append(again.window.articleModel()->header(row).feedTitle);
        QVERIFY(std::is_sorted(sources.begin(), sources.end(), caseless));
    }

    void selectionAndColumnsAreRestored()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(DemoImporter(fixture.library()).importBuiltIn().ok());
        qint64 article = 0;
        {
            WindowOnLibrary app(fixture, m_fetcher);
            MainWindow &window = app.window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_VERIFY(window.categoryModel()->rowCount() > 0);
            const QModelIndex science = window.categoryModel()->index(SmartRows + 2, 0);
            window.findChild<QTreeView *>(u"categoryView"_s)->setCurrentIndex(science);
            QTRY_VERIFY(window.articleModel()->rowCount() >= 2);
            window.findChild<QTreeView *>(u"articleView"_s)->setCurrentIndex(window.articleModel()->index(1, 0));
            article = window.articleModel()->header(1).id;
            QTRY_COMPARE(window.articlePane()->articleId(), article);
            window.close();
        }
        WindowOnLibrary again(fixture, m_fetcher);
        MainWindow &window = again.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.findChild<QTreeView *>(u"categoryView"_s)->currentIndex().data().toString(),
                     u"Science"_s);
        QTRY_COMPARE(window.articlePane()->articleId(), article);
        QCOMPARE(window.findChild<QTreeView *>(u"articleView"_s)->currentIndex().row(), 1);
    }

    // Laying the list out never reads more of it: pages come as the person
    // scrolls (Qt's tree view asks its model for more at every layout, and
    // each page that came laid it out again, to the end of the library).
    void theListReadsMoreOnlyWhenScrolled()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(fixture.addFeedWithArticles(u"Wire"_s, u"https://wire.example/feed"_s, 1000));
        WindowOnLibrary app(fixture, m_fetcher);
        MainWindow &window = app.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.articleModel()->rowCount() > 0);
        const int firstPage = window.articleModel()->rowCount();
        QVERIFY(firstPage < 1000);
        QTest::qWait(500);
        QCOMPARE(window.articleModel()->rowCount(), firstPage);
        QScrollBar *bar = window.findChild<QTreeView *>(u"articleView"_s)->verticalScrollBar();
        bar->setValue(bar->maximum());
        QTRY_VERIFY(window.articleModel()->rowCount() > firstPage);
        QVERIFY(window.articleModel()->rowCount() < 1000);
    }

    void markReadFollowsTheSettings()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(DemoImporter(fixture.library()).importBuiltIn().ok());
        AppSettings::General general;
        {
            // Set before the window opens (and opens its first article).
            QSettings ini(WindowOnLibrary::settingsPathIn(fixture), QSettings::IniFormat);
            AppSettings before(ini);
            general = before.general();
            general.markRead = AppSettings::MarkRead::Never;
            before.setGeneral(general);
        }
        WindowOnLibrary app(fixture, m_fetcher);
        QCOMPARE(app.appSettings.general().markRead, AppSettings::MarkRead::Never);
        MainWindow &window = app.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(listed(window, 30));
        const qint64 first = window.articleModel()->header(0).id;
        QTRY_COMPARE(window.articlePane()->articleId(), first);
        QTest::qWait(200);
        QVERIFY(!window.articleModel()->header(0).read);
        QVERIFY(!fixture.library().articles().find(first).value()->read);

        // After a delay: read once the reader stayed on it that long.
        general.markRead = AppSettings::MarkRead::AfterDelay;
        general.markReadDelaySeconds = 1;
        app.appSettings.setGeneral(general);
        auto *list = window.findChild<QTreeView *>(u"articleView"_s);
        list->setCurrentIndex(window.articleModel()->index(1, 0));
        QTest::qWait(300);
        QVERIFY(!window.articleModel()->header(1).read);
        QTRY_VERIFY_WITH_TIMEOUT(window.articleModel()->header(1).read, 5000);
        // The Settings dialog is one shortcut away.
        auto *settings = window.findChild<QAction *>(u"actionSettings"_s);
        QVERIFY(settings);
        QCOMPARE(settings->shortcut(), QKeySequence(u"Ctrl+,"_s));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
