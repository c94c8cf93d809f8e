#pragma once

#include "discovered.h"
#include "discovery.h"
#include "subscriptions.h"

#include <functional>

#include <QDialog>
#include <QHash>
#include <QStringList>

class LibraryWriter;
class QListWidget;
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
// reach the network layer itself. The highlighted entry's newest headlines
// show below the tree (a category's are fetched on demand). Subscribe writes
// through the LibraryWriter, off this thread; the dialog closes once stored.
class SubscribeDialog final : public QDialog
{
    Q_OBJECT

public:
    using DiscoveryFactory = ::DiscoveryFactory;

    SubscribeDialog(DiscoveryFactory makeDiscovery, LibraryWriter &writer, const QStringList &folders,
                    QWidget *parent = nullptr);

    void setAddress(const QString &address); // prefills and starts discovery
    void setDestination(const QString &folderPath); // "News/World"; empty: the top level

    // What Subscribe would subscribe now: the discovery with only the checked
    // feeds and tree nodes kept.
    Discovered checked() const;

Q_SIGNALS:
    // What Subscribe stored (just before the dialog closes).
    void subscribed(const Subscriptions::Added &added);

private:
    void find();
    void cancel();
    void showResult(const DiscoveryResult &result);
    void subscribe();
    void setBusy(bool busy, const QString &what = {});
    QStringList destination() const;
    void cascade(QTreeWidgetItem *item, int column);
    void showPreview(QTreeWidgetItem *item);
    void listHeadlines(const QList<DiscoveredHeadline> &headlines);
    void previewArrived(const QUrl &feed, const DiscoveryResult &result);

    DiscoveryFactory m_makeDiscovery;
    LibraryWriter &m_writer;
    Discovery *m_discovery = nullptr;
    Discovery *m_previewDiscovery = nullptr; // a category's headlines
    QUrl m_previewing; // the feed whose headlines the preview waits for
    QHash<QUrl, QList<DiscoveredHeadline>> m_previews; // fetched for this discovery
    Discovered m_found;
    QLineEdit *m_address = nullptr;
    QPushButton *m_find = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
    QTreeWidget *m_tree = nullptr;
    QListWidget *m_preview = nullptr;
    QComboBox *m_folder = nullptr;
    QPushButton *m_subscribe = nullptr;
};
