#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <QVariant>

#include <functional>

// What the category tree shows on the root of a server account's subtree:
// its last successful sync ("Synced 5 minutes ago"), that it is syncing, or
// what went wrong (a badge and the message), in the tooltip and in the
// accessible description alike. Hand decorate() to
// CategoryTreeModel::setCategoryDecorator(); changed() says when to call
// the model's categoryDecorationsChanged().
class AccountStatus final : public QObject
{
    Q_OBJECT

public:
    // The account's id on its root row (0 elsewhere); a role no other model
    // role uses.
    static constexpr int AccountIdRole = Qt::UserRole + 64;

    struct Entry
    {
        qint64 accountId = 0;
        qint64 categoryId = 0; // the root of its subtree
        QDateTime lastSync;    // invalid: never synced
        QString error;         // empty: the last sync went well
    };

    // now: the clock the "ago" is counted on (the system's when none).
    explicit AccountStatus(std::function<QDateTime()> now = {}, QObject *parent = nullptr);

    void setAccounts(const QList<Entry> &accounts);
    // accountId 0: every account.
    void setSyncing(qint64 accountId, bool syncing);
    void setIcons(const QIcon &error, const QIcon &syncing);

    // The line that says the account's state, empty for a category that is
    // no account's root.
    QString stateText(qint64 categoryId) const;
    // "Synced just now", "Synced 5 minutes ago", … on this clock.
    static QString syncedAgo(const QDateTime &when, const QDateTime &now);

    QVariant decorate(qint64 categoryId, int role, const QVariant &own) const;

Q_SIGNALS:
    void changed();

private:
    std::function<QDateTime()> m_now;
    QHash<qint64, Entry> m_byCategory;
    QSet<qint64> m_syncing; // account ids
    bool m_syncingAll = false;
    QIcon m_errorIcon;
    QIcon m_syncingIcon;
};
