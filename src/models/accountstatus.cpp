#include "accountstatus.h"

using namespace Qt::StringLiterals;

AccountStatus::AccountStatus(std::function<QDateTime()> now, QObject *parent)
    : QObject(parent), m_now(now ? std::move(now) : [] { return QDateTime::currentDateTimeUtc(); })
{
}

void AccountStatus::setAccounts(const QList<Entry> &accounts)
{
    m_byCategory.clear();
    for (const Entry &entry : accounts)
        if (entry.categoryId > 0)
            m_byCategory.insert(entry.categoryId, entry);
    Q_EMIT changed();
}

void AccountStatus::setSyncing(qint64 accountId, bool syncing)
{
    if (accountId == 0) {
        m_syncingAll = syncing;
        if (!syncing)
            m_syncing.clear();
    } else if (syncing) {
        m_syncing.insert(accountId);
    } else {
        m_syncing.remove(accountId);
    }
    Q_EMIT changed();
}

void AccountStatus::setIcons(const QIcon &error, const QIcon &syncing)
{
    m_errorIcon = error;
    m_syncingIcon = syncing;
    Q_EMIT changed();
}

QString AccountStatus::syncedAgo(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("Not synced yet");
    const qint64 seconds = qMax<qint64>(0, when.secsTo(now));
    if (seconds < 60)
        return tr("Synced just now");
    if (seconds < 3600)
        return tr("Synced %n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("Synced %n hour(s) ago", nullptr, int(seconds / 3600));
    return tr("Synced %n day(s) ago", nullptr, int(qMin<qint64>(seconds / 86400, INT_MAX)));
}

QString AccountStatus::stateText(qint64 categoryId) const
{
    const auto it = m_byCategory.constFind(categoryId);
    if (it == m_byCategory.cend())
        return {};
    if (m_syncingAll || m_syncing.contains(it->accountId))
        return tr("Syncing…");
    const QString synced = syncedAgo(it->lastSync, m_now());
    if (!it->error.isEmpty())
        return tr("Last sync failed: %1 (%2)").arg(it->error, synced);
    return synced;
}

QVariant AccountStatus::decorate(qint64 categoryId, int role, const QVariant &own) const
{
    const auto it = m_byCategory.constFind(categoryId);
    if (it == m_byCategory.cend())
        return {};
    switch (role) {
    case AccountIdRole:
        return it->accountId;
    case Qt::ToolTipRole:
        return own.toString().isEmpty() ? stateText(categoryId) : own.toString() + u'\n' + stateText(categoryId);
    case Qt::AccessibleDescriptionRole:
        return own.toString().isEmpty() ? stateText(categoryId) : own.toString() + u", "_s + stateText(categoryId);
    case Qt::DecorationRole:
        if ((m_syncingAll || m_syncing.contains(it->accountId)) && !m_syncingIcon.isNull())
            return m_syncingIcon;
        if (!it->error.isEmpty() && !m_errorIcon.isNull())
            return m_errorIcon;
        return {};
    default:
        return {};
    }
}
