#include "accountcontroller.h"
#include "accountstatus.h"
#include "categorytreemodel.h"
#include "nextturn.h"
#include "syncscheduler.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>

using namespace Qt::StringLiterals;

AccountController::AccountController(QMainWindow &window, AccountService &accounts, SyncScheduler &scheduler,
                                     CategoryTreeModel &tree)
    : m_window(window), m_accounts(accounts), m_scheduler(scheduler), m_tree(tree),
      m_status(new AccountStatus({}, this))
{
    m_status->setIcons(window.style()->standardIcon(QStyle::SP_MessageBoxWarning),
                       window.style()->standardIcon(QStyle::SP_BrowserReload));
    m_tree.setCategoryDecorator([status = m_status](qint64 categoryId, int role, const QVariant &own) {
        return status->decorate(categoryId, role, own);
    });
    connect(m_status, &AccountStatus::changed, this, [this] { m_tree.categoryDecorationsChanged(); });

    m_sync = new QAction(tr("S&ync Accounts"), &window);
    m_sync->setObjectName(u"actionSyncAccounts"_s);
    m_sync->setShortcut(QKeySequence(u"Ctrl+Shift+Y"_s));
    m_sync->setToolTip(tr("Sync every server account now: send the changes made here, fetch what is new"));
    window.addAction(m_sync); // the shortcut works while the menu is closed
    if (QMenu *file = window.findChild<QMenu *>(u"menuFile"_s)) {
        // Right after Refresh, where there is one.
        const QList<QAction *> actions = file->actions();
        const qsizetype refresh = actions.indexOf(window.findChild<QAction *>(u"actionRefresh"_s));
        file->insertAction(refresh >= 0 ? actions.value(refresh + 1) : nullptr, m_sync);
    }
    connect(m_sync, &QAction::triggered, this, [this] {
        if (!m_scheduler.syncNow())
            showMessage(tr("Offline: sync is paused"), 5000);
    });
    // The toolbar's and the menu's Refresh fetch the accounts too.
    if (QAction *refresh = window.findChild<QAction *>(u"actionRefresh"_s))
        connect(refresh, &QAction::triggered, this, [this] {
            if (hasAccounts())
                m_scheduler.syncNow();
        });
    connect(&m_scheduler, &SyncScheduler::syncStarted, this, &AccountController::syncStarted);
    connect(&m_scheduler, &SyncScheduler::syncFinished, this, &AccountController::syncFinished);
    reloadAccounts();
}

AccountController::~AccountController()
{
    m_tree.setCategoryDecorator({});
}

void AccountController::showMessage(const QString &text, int ms)
{
    m_window.statusBar()->showMessage(text, ms);
}

void AccountController::reloadAccounts()
{
    const quint64 request = ++m_request;
    m_accounts.accounts().then(this, nextTurn(this, [this, request](const Result<QList<AccountService::AccountInfo>> &accounts) {
        if (request != m_request)
            return;
        if (!accounts) {
            showMessage(tr("The accounts could not be read: %1").arg(accounts.error().message), 10000);
            return;
        }
        QList<AccountStatus::Entry> entries;
        for (const AccountService::AccountInfo &a : accounts.value())
            entries.append({a.id, a.categoryId, a.lastSync, a.status});
        m_infos = accounts.value();
        m_count = int(entries.size());
        m_status->setAccounts(entries);
    }));
}

void AccountController::syncStarted(qint64 accountId)
{
    m_status->setSyncing(accountId, true);
    if (hasAccounts())
        showMessage(tr("Syncing accounts…"), 0);
}

void AccountController::syncFinished(qint64 accountId, const AccountService::Synced &report)
{
    m_status->setSyncing(accountId, false);
    if (report.accounts == 0 && report.failures.isEmpty()) {
        if (hasAccounts())
            m_window.statusBar()->clearMessage();
        return;
    }
    if (!report.failures.isEmpty())
        showMessage(tr("Sync failed: %1").arg(report.failures.join(u"; "_s)), 15000);
    else
        showMessage(tr("Synced %n new or changed article(s)", nullptr, report.fetched), 5000);
    reloadAccounts();
    if (report.accounts > 0)
        Q_EMIT libraryChanged(report.stored);
}

void AccountController::addMenuItems(QMenu *menu, const QModelIndex &index)
{
    const qint64 accountId = index.siblingAtColumn(CategoryTreeModel::NameColumn)
                                     .data(AccountStatus::AccountIdRole)
                                     .toLongLong();
    if (accountId <= 0)
        return;
    menu->addSeparator();
    QAction *now = menu->addAction(tr("S&ync Now"), this, [this, accountId] {
        if (!m_scheduler.syncNow(accountId))
            showMessage(tr("Offline: sync is paused"), 5000);
    });
    now->setObjectName(u"actionSyncAccountNow"_s);
    QAction *properties = menu->addAction(tr("Account P&roperties…"), this,
                                          [this, accountId] { showProperties(accountId); });
    properties->setObjectName(u"actionAccountProperties"_s);
    QAction *remove = menu->addAction(tr("Remove Accou&nt…"), this, [this, accountId] {
        const auto answer = QMessageBox::question(
                &m_window, tr("Remove Account"),
                tr("Remove this account from Masthead? Its folders and articles go from here; the server keeps "
                   "them, and changes not sent yet are lost."));
        if (answer == QMessageBox::Yes)
            removeAccount(accountId);
    });
    remove->setObjectName(u"actionRemoveAccount"_s);
}

QWidget *AccountController::showProperties(qint64 accountId)
{
    const auto it = std::find_if(m_infos.cbegin(), m_infos.cend(),
                                 [accountId](const AccountService::AccountInfo &a) { return a.id == accountId; });
    if (it == m_infos.cend())
        return nullptr;
    const QString type = it->type == "ttrss"_L1 ? tr("Tiny Tiny RSS") : tr("Google Reader API");
    auto *box = new QMessageBox(QMessageBox::Information, tr("Account Properties"),
                                tr("%1 at %2\nUser: %3\n%4")
                                        .arg(type, it->url.toDisplayString(), it->user,
                                             m_status->stateText(it->categoryId)),
                                QMessageBox::Close, &m_window);
    box->setObjectName(u"accountProperties"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal); // the window stays usable
    box->show();
    return box;
}

void AccountController::removeAccount(qint64 accountId)
{
    m_accounts.remove(accountId).then(this, nextTurn(this, [this](const Result<> &done) {
        if (!done) {
            showMessage(tr("The account was not removed: %1").arg(done.error().message), 10000);
            return;
        }
        showMessage(tr("Account removed; its articles stay on the server"), 5000);
        reloadAccounts();
        Q_EMIT libraryChanged({});
    }));
}
