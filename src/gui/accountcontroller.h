#pragma once

#include "accountservice.h"

#include <QObject>

class AccountStatus;
class CategoryTreeModel;
class QAction;
class QMainWindow;
class QMenu;
class QModelIndex;
class QWidget;
class SyncScheduler;

// The server accounts in the window: File › Sync Accounts (Refresh syncs
// them too), what each sync did in the status bar, each account's state on
// the root of its subtree in the tree (AccountStatus), and that row's
// context menu items (Sync Now, Properties, Remove Account…). A failed sync is a status
// bar message and a badge on its account, never a modal box.
class AccountController final : public QObject
{
    Q_OBJECT

public:
    // The window's File menu and its Refresh action are found by their
    // object names (menuFile, actionRefresh).
    AccountController(QMainWindow &window, AccountService &accounts, SyncScheduler &scheduler,
                      CategoryTreeModel &tree);
    ~AccountController() override;

    QAction *syncAction() const { return m_sync; }
    AccountStatus &status() const { return *m_status; }
    // Reads the accounts' state again (after a sync, an account added).
    void reloadAccounts();
    // The account items for this tree row, added to its context menu; none
    // for a row that is no account's root.
    void addMenuItems(QMenu *menu, const QModelIndex &index);
    void removeAccount(qint64 accountId);
    // The account's server, user and state, in a box that blocks nothing.
    QWidget *showProperties(qint64 accountId);
    // Whether any account is known (a sync with none says nothing).
    bool hasAccounts() const { return m_count > 0; }

Q_SIGNALS:
    // A sync stored or changed articles, or an account went: read the
    // library again. stored: the articles a sync stored, for their offline
    // copies.
    void libraryChanged(const QList<qint64> &stored);

private:
    void syncStarted(qint64 accountId);
    void syncFinished(qint64 accountId, const AccountService::Synced &report);
    void showMessage(const QString &text, int ms);

    QMainWindow &m_window;
    AccountService &m_accounts;
    SyncScheduler &m_scheduler;
    CategoryTreeModel &m_tree;
    AccountStatus *m_status = nullptr;
    QAction *m_sync = nullptr;
    QList<AccountService::AccountInfo> m_infos;
    int m_count = 0;
    quint64 m_request = 0;
};
