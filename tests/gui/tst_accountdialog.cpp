// File › Add Account… offscreen against FakeTtrss: a refused password keeps
// the dialog open with the server's reason and saves nothing; the right one
// saves the account (its password in the injected store) and closes it.

#include "accountdialog.h"
#include "accountservice.h"
#include "credentialstore.h"
#include "fakettrss.h"
#include "storagethread.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAccountDialog final : public QObject
{
    Q_OBJECT

private slots:
    void savesOnlyWhatTheServerAccepts()
    {
        QTemporaryDir dir;
        FakeTtrss server;
        SessionCredentials keyring; // stands in for the desktop's
        SessionCredentials session;
        StorageThread storage(dir.path());
        AccountService accounts(storage, keyring, session);
        AccountDialog dialog(accounts);
        dialog.show();
        auto *url = dialog.findChild<QLineEdit *>(u"url"_s);
        auto *user = dialog.findChild<QLineEdit *>(u"user"_s);
        auto *password = dialog.findChild<QLineEdit *>(u"password"_s);
        auto *status = dialog.findChild<QLabel *>(u"status"_s);
        auto *save = dialog.findChild<QPushButton *>(u"saveAccount"_s);
        QVERIFY(url && user && password && status && save);
        QCOMPARE(dialog.findChild<QComboBox *>(u"type"_s)->currentData().toString(), u"ttrss"_s);
        url->setText(server.url().toString());
        user->setText(u"reader"_s);
        password->setText(u"wrong"_s);
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"refused the user name or password"_s), 10000);
        QVERIFY(dialog.isVisible());
        QVERIFY(save->isEnabled());

        QSignalSpy added(&dialog, &AccountDialog::added);
        password->setText(u"secret"_s);
        save->click();
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 10000);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(keyring.load(CredentialStore::keyFor(u"ttrss"_s, server.url().toString(), u"reader"_s)).value(),
                 u"secret"_s);
    }

    void installsIntoTheFileMenu()
    {
        QTemporaryDir dir;
        SessionCredentials keyring;
        SessionCredentials session;
        StorageThread storage(dir.path());
        AccountService accounts(storage, keyring, session);
        QMainWindow window;
        QMenu *file = window.menuBar()->addMenu(u"&File"_s);
        file->setObjectName(u"menuFile"_s);
        file->addAction(u"Subscribe…"_s);
        AccountDialog::install(window, accounts, {});
        auto *action = window.findChild<QAction *>(u"actionAddAccount"_s);
        QVERIFY(action);
        QVERIFY(!action->shortcut().isEmpty());
        QVERIFY(file->actions().contains(action));
    }
};

QTEST_MAIN(TestAccountDialog)
#include "tst_accountdialog.moc"
