#include "accountdialog.h"
#include "nextturn.h"
#include "accountservice.h"
#include "ui_accountdialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;

AccountDialog::AccountDialog(AccountService &accounts, QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_ui(std::make_unique<Ui::AccountDialog>())
{
    m_ui->setupUi(this);
    m_ui->type->addItem(tr("Tiny Tiny RSS"), u"ttrss"_s);
    m_ui->type->addItem(tr("Google Reader API (FreshRSS, Miniflux, Inoreader)"), u"greader"_s);
    m_ui->buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveAccount"_s);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AccountDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AccountDialog::~AccountDialog() = default;

void AccountDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_ui->type), static_cast<QWidget *>(m_ui->url),
                       static_cast<QWidget *>(m_ui->user), static_cast<QWidget *>(m_ui->password)})
        w->setEnabled(!busy);
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
}

void AccountDialog::save()
{
    const QUrl url = QUrl::fromUserInput(m_ui->url->text().trimmed());
    if (m_ui->url->text().trimmed().isEmpty() || m_ui->user->text().isEmpty()) {
        m_ui->status->setText(tr("Give the server's address and your user name."));
        return;
    }
    setBusy(true);
    m_ui->status->setText(tr("Logging in to %1…").arg(url.host()));
    m_accounts.add(m_ui->type->currentData().toString(), url, m_ui->user->text(), m_ui->password->text())
            .then(this, nextTurn(this, [this](const Result<AccountService::Added> &result) {
                setBusy(false);
                if (!result) {
                    m_ui->status->setText(tr("Not saved: %1").arg(result.error().message));
                    return;
                }
                if (!result->note.isEmpty())
                    QMessageBox::information(this, tr("Add Account"), result->note);
                emit added(result->id);
                accept();
            }));
}

void AccountDialog::install(QMainWindow &window, AccountService &accounts, std::function<void(qint64)> added)
{
    QMenu *file = window.findChild<QMenu *>(u"menuFile"_s);
    if (!file)
        return;
    auto *action = new QAction(tr("Add &Account…"), &window);
    action->setObjectName(u"actionAddAccount"_s);
    action->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    action->setToolTip(tr("Sync with a Tiny Tiny RSS or Google Reader API server"));
    const QList<QAction *> actions = file->actions();
    file->insertAction(actions.size() > 1 ? actions.at(1) : nullptr, action);
    QObject::connect(action, &QAction::triggered, &window, [&window, &accounts, added] {
        auto *dialog = new AccountDialog(accounts, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &AccountDialog::added, &window, [&window, added](qint64 id) {
            window.statusBar()->showMessage(tr("Account added"), 5000);
            if (added)
                added(id);
        });
        dialog->open();
    });
}
