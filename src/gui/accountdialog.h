#pragma once

#include <QDialog>

#include <functional>
#include <memory>

class AccountService;
class QMainWindow;

namespace Ui {
class AccountDialog;
}

// File › Add Account…: a server type, its address, a user and a password.
// Save logs in first and keeps the dialog open with the server's answer
// when that fails; nothing is saved until the server said yes.
class AccountDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AccountDialog(AccountService &accounts, QWidget *parent = nullptr);
    ~AccountDialog() override;

    // Adds File › Add Account… to the window's File menu (found by its
    // object name), opening this dialog; after an account is added, calls
    // added with its id (the caller syncs it: see AccountController).
    static void install(QMainWindow &window, AccountService &accounts, std::function<void(qint64)> added);

signals:
    void added(qint64 accountId);

private:
    void save();
    void setBusy(bool busy);

    AccountService &m_accounts;
    std::unique_ptr<Ui::AccountDialog> m_ui;
};
