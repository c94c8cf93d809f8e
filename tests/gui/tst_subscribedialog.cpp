// The subscribe dialog on real widgets (offscreen), against the local test
// server and a real SQLite library in a temp dir.

#include "discovery.h"
#include "fakewordpress.h"
#include "fetcher.h"
#include "subscribedialog.h"
#include "librarywriter.h"
#include "storagethread.h"
#include "templibrary.h"
#include "testhttpserver.h"

#include <QAccessible>
#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kFeed =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Site News</title>"
        "<link>http://example.com/</link>"
        "<item><guid>1</guid><title>Older</title></item>"
        "<item><guid>2</guid><title>Newest</title></item>"
        "</channel></rss>";

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

} // namespace

class TestSubscribeDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subscribesToAFeed()
    {
        TestHttpServer server;
        server.route(u"/rss"_s, TestHttpServer::Response::ok(kFeed, "application/rss+xml"));
        TempLibrary fixture;
        Fetcher fetcher;
        StorageThread storage(fixture.dataDir());
        LibraryWriter writer(storage);
        SubscribeDialog dialog([&fetcher](QObject *parent) { return new Discovery(fetcher, parent); },
                               writer, {});
        dialog.show();
        dialog.setAddress(server.url(u"/rss"_s).toString());
        auto *tree = dialog.findChild<QTreeWidget *>();
        QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 1, 10000);
        QCOMPARE(tree->topLevelItem(0)->text(0), u"Site News"_s);
        QCOMPARE(tree->topLevelItem(0)->checkState(0), Qt::Checked);
        QPushButton *subscribe = buttonNamed(&dialog, u"Subscribe"_s);
        QVERIFY(subscribe && subscribe->isEnabled());
        QSignalSpy subscribed(&dialog, &SubscribeDialog::subscribed);
        subscribe->click();
        // Written on the storage thread; the answer may be back before click() returns.
        QTRY_VERIFY2_WITH_TIMEOUT(subscribed.size() == 1, qPrintable(statusOf(&dialog)), 10000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto feed = fixture.library().feeds().findByUrl(server.url(u"/rss"_s));
        QVERIFY(feed && feed.value().has_value());
    }

    void anUnreachableAddressShowsItsErrorWithRetry()
    {
        TempLibrary fixture;
        Fetcher fetcher;
        StorageThread storage(fixture.dataDir());
        LibraryWriter writer(storage);
        SubscribeDialog dialog([&fetcher](QObject *parent) { return new Discovery(fetcher, parent); },
                               writer, {});
        dialog.show();
        dialog.setAddress(u"http://127.0.0.1:1/nothing"_s); // port 1: refused
        QPushButton *retry = buttonNamed(&dialog, u"Retry"_s);
        QVERIFY(retry);
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 10000);
        bool shown = false;
        for (auto *label : dialog.findChildren<QLabel *>())
            shown = shown || (label->accessibleName() == u"Status"_s && !label->text().isEmpty());
        QVERIFY(shown);
        QCOMPARE(fixture.library().feeds().all().value().size(), 0);
    }

    // Checking a category checks its subtree; a parent with something
    // checked below it shows partly checked and is then only a folder:
    // exactly the checked categories' feeds are subscribed.
    void checkingATreeSubscribesExactlyWhatIsChecked()
    {
        TestHttpServer server;
        FakeWordPress site(server);
        site.setCategories(FakeWordPress::realisticTree());
        site.install();
        TempLibrary fixture;
        Fetcher fetcher;
        StorageThread storage(fixture.dataDir());
        LibraryWriter writer(storage);
        SubscribeDialog dialog([&fetcher](QObject *parent) { return new Discovery(fetcher, parent); },
                               writer, {});
        dialog.show();
        dialog.setAddress(site.home().toString());
        auto *tree = dialog.findChild<QTreeWidget *>();
        const auto item = [tree](const QString &name) {
            const auto found = tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
            return found.isEmpty() ? nullptr : found.first();
        };
        QTRY_VERIFY_WITH_TIMEOUT(item(u"World Deepest"_s), 10000);
        QCOMPARE(item(u"World"_s)->checkState(0), Qt::Unchecked); // a site's categories are picked
        item(u"World Deep"_s)->setCheckState(0, Qt::Checked);
        QCOMPARE(item(u"World Deepest"_s)->checkState(0), Qt::Checked);
        QCOMPARE(item(u"World 1"_s)->checkState(0), Qt::PartiallyChecked);
        QCOMPARE(item(u"World"_s)->checkState(0), Qt::PartiallyChecked);
        QCOMPARE(item(u"World 2"_s)->checkState(0), Qt::Unchecked);
        item(u"World Deepest"_s)->setCheckState(0, Qt::Unchecked);
        QCOMPARE(item(u"World Deep"_s)->checkState(0), Qt::Checked); // checked by itself
        const Discovered chosen = dialog.checked();
        QStringList feeds;
        for (const auto &flat : DiscoveredValues::flatten(chosen.tree))
            if (!flat.node.feed.isEmpty())
                feeds.append(flat.path.join(u'/'));
        QCOMPARE(feeds, QStringList {u"World/World 1/World Deep"_s});
        item(u"World Deep"_s)->setCheckState(0, Qt::Unchecked);
        QCOMPARE(item(u"World"_s)->checkState(0), Qt::Unchecked);
        QVERIFY(dialog.checked().tree.isEmpty());
    }

    void everyControlHasAnAccessibleName()
    {
        TempLibrary fixture;
        Fetcher fetcher;
        StorageThread storage(fixture.dataDir());
        LibraryWriter writer(storage);
        SubscribeDialog dialog([&fetcher](QObject *parent) { return new Discovery(fetcher, parent); },
                               writer, {u"News"_s});
        dialog.show();
        for (QWidget *widget : dialog.findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(&dialog) || widget->focusPolicy() == Qt::NoFocus
                || widget->inherits("QLabel"))
                continue;
            QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(face);
            QVERIFY2(!face->text(QAccessible::Name).isEmpty(), widget->metaObject()->className());
        }
    }
};

QTEST_MAIN(TestSubscribeDialog)
#include "tst_subscribedialog.moc"
