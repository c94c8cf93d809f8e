// The subscribe dialog on real widgets (offscreen), against the local test
// server and a real SQLite library in a temp dir.

#include "discovery.h"
#include "fetcher.h"
#include "subscribedialog.h"
#include "subscriptions.h"
#include "templibrary.h"
#include "testhttpserver.h"

#include <QAccessible>
#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
        Subscriptions subscriptions(fixture.library(), fetcher);
        SubscribeDialog dialog([&fetcher](QObject *parent) { return new Discovery(fetcher, parent); },
                               subscriptions, {});
        dialog.show();
        dialog.setAddress(server.url(u"/rss"_s).toString());
        auto *tree = dialog.findChild<QTreeWidget *>();
        QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 1, 10000);
        QCOMPARE(tree->topLevelItem(0)->text(0), u"Site News"_s);
        QCOMPARE(tree->topLevelItem(0)->checkState(0), Qt::Checked);
        QPushButton *subscribe = buttonNamed(&dialog, u"Subscribe"_s);
        QVERIFY(subscribe && subscribe->isEnabled());
        subscribe->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto feed = fixture.library().feeds().findByUrl(server.url(u"/rss"_s));
        QVERIFY(feed && feed.value().has_value());
    }

    void anUnreachableAddressShowsItsErrorWithRetry()
    {
        TempLibrary fixture;
        Fetcher fetcher;
        Subscriptions subscriptions(fixture.library(), fetcher);
        SubscribeDialog dialog([&fetcher](QObject *parent) { return new Discovery(fetcher, parent); },
                               subscriptions, {});
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

    void everyControlHasAnAccessibleName()
    {
        TempLibrary fixture;
        Fetcher fetcher;
        Subscriptions subscriptions(fixture.library(), fetcher);
        SubscribeDialog dialog([&fetcher](QObject *parent) { return new Discovery(fetcher, parent); },
                               subscriptions, {u"News"_s});
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
