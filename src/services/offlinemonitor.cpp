#include "offlinemonitor.h"

#include "fetcher.h"

OfflineMonitor::OfflineMonitor(Fetcher &fetcher, Detection detection, QObject *parent)
    : QObject(parent), m_fetcher(fetcher), m_workOffline(fetcher.isOffline())
{
    if (detection == Detection::System
        && QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation *info = QNetworkInformation::instance();
        m_detects = info != nullptr;
        if (info) {
            connect(info, &QNetworkInformation::reachabilityChanged, this,
                    &OfflineMonitor::setReachability);
            setReachability(info->reachability());
        }
    }
    apply();
}

bool OfflineMonitor::isOffline() const
{
    return m_workOffline || (m_networkDown && !m_onlineDespiteNetwork);
}

void OfflineMonitor::setWorkOffline(bool offline)
{
    m_workOffline = offline;
    // Going online is the person's word against the system's: theirs holds
    // until the system has news.
    m_onlineDespiteNetwork = !offline && m_networkDown;
    apply();
}

void OfflineMonitor::setReachability(QNetworkInformation::Reachability reachability)
{
    if (reachability == m_reachability)
        return;
    m_reachability = reachability;
    // Only "disconnected" is down: Local and Site may still reach the
    // sources (a feed on the local network), and Unknown says nothing.
    m_networkDown = reachability == QNetworkInformation::Reachability::Disconnected;
    m_onlineDespiteNetwork = false;
    apply();
}

void OfflineMonitor::apply()
{
    const bool offline = isOffline();
    if (offline == m_fetcher.isOffline())
        return;
    m_fetcher.setOffline(offline);
    Q_EMIT offlineChanged(offline);
}
