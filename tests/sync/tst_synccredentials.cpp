// Passwords: the session store, and the keyring that is not there (no
// D-Bus session in a test) giving a clear error rather than a hang.

#include "credentialstore.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSyncCredentials final : public QObject
{
    Q_OBJECT

private slots:
    void sessionStoreKeepsForTheSession()
    {
        SessionCredentials store;
        const QString key = CredentialStore::keyFor(u"ttrss"_s, u"https://rss.example/"_s, u"ana"_s);
        QCOMPARE(store.load(key).value(), QString());
        QVERIFY(store.save(key, u"s3cret"_s));
        QCOMPARE(store.load(key).value(), u"s3cret"_s);
        QVERIFY(store.remove(key));
        QCOMPARE(store.load(key).value(), QString());
        QVERIFY(!store.isPersistent());
    }

    void noKeyringIsAClearError()
    {
        // Without a session bus no keyring can answer.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/masthead-test-bus");
        KeychainCredentials keyring(u"masthead-test"_s);
        QElapsedTimer clock;
        clock.start();
        auto saved = keyring.save(u"k"_s, u"v"_s);
        QVERIFY(!saved);
        QVERIFY2(saved.error().message.contains(u"keyring"_s), qPrintable(saved.error().message));
        QVERIFY(clock.elapsed() < 15000);
        auto loaded = keyring.load(u"k"_s);
        QVERIFY(!loaded || loaded.value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncCredentials)
#include "tst_synccredentials.moc"
