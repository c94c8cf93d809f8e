#pragma once

#include <QNetworkInformation>
#include <QObject>

class Fetcher;

// Whether Masthead works offline: the person's "Work Offline" choice, or
// the system saying the network is down (QNetworkInformation, where the
// platform has a backend; without one, only the person's choice counts).
// It keeps the Fetcher's offline state in step, so no request goes out
// while offline. The person's choice wins: working offline ignores the
// network coming back, and going online while the system says it is down
// holds until the system reports a change.
class OfflineMonitor final : public QObject
{
    Q_OBJECT

public:
    enum class Detection {
        System, // follow the platform's reachability backend, if one loads
        None, // only the person's choice (and setReachability(), for tests)
    };

    explicit OfflineMonitor(Fetcher &fetcher, Detection detection = Detection::System,
                            QObject *parent = nullptr);

    bool isOffline() const;
    bool isWorkingOffline() const { return m_workOffline; } // the person's choice
    bool isNetworkDown() const { return m_networkDown; } // as the system last said
    bool detectsNetwork() const { return m_detects; } // a backend reports reachability

    void setWorkOffline(bool offline);

public Q_SLOTS:
    // What the system says about the network. Connected to the backend;
    // tests call it directly.
    void setReachability(QNetworkInformation::Reachability reachability);

Q_SIGNALS:
    void offlineChanged(bool offline);

private:
    void apply();

    Fetcher &m_fetcher;
    bool m_detects = false;
    bool m_workOffline = false;
    bool m_networkDown = false;
    bool m_onlineDespiteNetwork = false; // the person went online while the system said down
    QNetworkInformation::Reachability m_reachability = QNetworkInformation::Reachability::Unknown;
};
