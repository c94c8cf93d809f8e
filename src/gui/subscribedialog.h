#pragma once

#include "discovered.h"

#include <functional>

#include <QDialog>
#include <QStringList>

class Discovery;
class DiscoveryResult;
class Subscriptions;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// File › Subscribe…: an address, what discovery finds there as a checkable
// tree (a site's categories, its feeds, or an OPML outline), a destination
// folder, and Subscribe, which subscribes exactly what is checked.
// Discovery objects come from the caller's factory: the window does not
// reach the network layer itself.
class SubscribeDialog final : public QDialog
{
    Q_OBJECT

public:
    using DiscoveryFactory = std::function<Discovery *(QObject *parent)>;

    SubscribeDialog(DiscoveryFactory makeDiscovery, Subscriptions &subscriptions,
                    const QStringList &folders, QWidget *parent = nullptr);

    void setAddress(const QString &address); // prefills and starts discovery

    // What Subscribe would subscribe now: the discovery with only the checked
    // feeds and tree nodes kept.
    Discovered checked() const;

private:
    void find();
    void cancel();
    void showResult(const DiscoveryResult &result);
    void subscribe();
    void setBusy(bool busy, const QString &what = {});
    QStringList destination() const;

    DiscoveryFactory m_makeDiscovery;
    Subscriptions &m_subscriptions;
    Discovery *m_discovery = nullptr;
    Discovered m_found;
    QLineEdit *m_address = nullptr;
    QPushButton *m_find = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
    QTreeWidget *m_tree = nullptr;
    QComboBox *m_folder = nullptr;
    QPushButton *m_subscribe = nullptr;
};
