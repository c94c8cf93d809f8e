#include "feedcontroller.h"
#include "addressdrop.h"
#include "categorytreemodel.h"
#include "libraryreader.h"
#include "nextturn.h"
#include "offlinemonitor.h"
#include "refreshscheduler.h"
#include "refreshservice.h"
#include "subscribedialog.h"

#include <QSaveFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QUrl>

#include <utility>

using namespace Qt::StringLiterals;

FeedController::FeedController(RefreshService &refresh, Subscriptions &subscriptions, LibraryReader &reader,
                               LibraryWriter &writer,
                               DiscoveryFactory makeDiscovery, OfflineMonitor &offline,
                               RefreshScheduler &scheduler, const CategoryTreeModel &tree, QWidget *window,
                               QStatusBar *statusBar)
    : QObject(window),
      m_offline(offline),
      m_scheduler(scheduler),
      m_window(window),
      m_statusBar(statusBar),
      m_refresh(&refresh),
      m_subscriptions(&subscriptions),
      m_reader(reader),
      m_writer(writer),
      m_makeDiscovery(std::move(makeDiscovery)),
      m_tree(tree),
      m_progress(new QProgressBar(statusBar))
{
    m_progress->setMaximumWidth(200);
    m_progress->setAccessibleName(tr("Refresh progress"));
    m_progress->hide();
    statusBar->addPermanentWidget(m_progress);

    connect(m_refresh, &RefreshService::progress, this, [this](int done, int total, qint64) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2 feeds").arg(done).arg(total));
    });
    connect(m_refresh, &RefreshService::finished, this, &FeedController::refreshFinished);
    connect(m_refresh, &RefreshService::started, this, [this] {
        m_listedEarly = false;
        m_storingFeeds = true;
        Q_EMIT refreshRunning(true);
        Q_EMIT storingFeeds(true);
    });
    // finished() may follow in the same turn (nothing to keep offline):
    // then it lists them itself.
    connect(m_refresh, &RefreshService::feedsDone, this,
            [this] { QMetaObject::invokeMethod(this, &FeedController::feedsStored, Qt::QueuedConnection); });
    connect(m_refresh, &RefreshService::finished, this, [this] {
        if (std::exchange(m_storingFeeds, false))
            Q_EMIT storingFeeds(false);
        Q_EMIT refreshRunning(false);
    });
    connect(m_subscriptions, &Subscriptions::added, this, [this](const Result<Subscriptions::Added> &result) {
        if (!result) {
            QMessageBox::warning(m_window, tr("Add Feed"), result.error().message);
            return;
        }
        subscribed(result.value());
    });
    // Addresses and OPML files dropped on the window.
    connect(new AddressDrop(window), &AddressDrop::dropped, this, [this](const QUrl &url) { open(url); });
    connect(&m_offline, &OfflineMonitor::offlineChanged, this, [this](bool offline) {
        if (!m_settingOffline)
            m_statusBar->showMessage(offline ? tr("The network is down: working offline")
                                             : tr("The network is back"), 5000);
        Q_EMIT offlineChanged(offline);
    });
    // The status bar's tooltip says when the next refresh is due.
    connect(&m_scheduler, &RefreshScheduler::nextDueChanged, this, &FeedController::showNextRefresh);
    connect(m_refresh, &RefreshService::started, this, &FeedController::showNextRefresh);
    connect(m_refresh, &RefreshService::finished, this, &FeedController::showNextRefresh);
    connect(&m_offline, &OfflineMonitor::offlineChanged, this, &FeedController::showNextRefresh);
    showNextRefresh();
}

bool FeedController::isOffline() const
{
    return m_offline.isOffline();
}

bool FeedController::isRefreshing() const
{
    return m_refresh->isRunning();
}

void FeedController::setOffline(bool offline)
{
    m_settingOffline = true;
    const bool was = m_offline.isOffline();
    m_offline.setWorkOffline(offline);
    m_settingOffline = false;
    if (m_offline.isOffline() != was)
        m_statusBar->showMessage(offline ? tr("Offline: everything stored stays readable; nothing is fetched")
                                         : tr("Online"), 5000);
}

void FeedController::showNextRefresh()
{
    m_statusBar->setToolTip(m_scheduler.nextDueText());
}

void FeedController::refreshAll()
{
    refresh({});
}

void FeedController::refresh(const QList<qint64> &feedIds)
{
    if (m_offline.isOffline()) {
        m_statusBar->showMessage(tr("Offline: refresh is paused"), 5000);
        return;
    }
    const bool queued = m_refresh->isRunning();
    if (!m_scheduler.refreshNow(feedIds)) {
        m_statusBar->showMessage(tr("Nothing to refresh now: the sources asked to wait"), 5000);
        return;
    }
    if (queued) {
        m_statusBar->showMessage(tr("Queued: starts when the running refresh ends"), 3000);
        return;
    }
    if (m_refresh->isRunning()) {
        m_progress->setValue(0);
        m_progress->show();
    }
}

void FeedController::feedsStored()
{
    if (!m_refresh->isRunning() || !m_storingFeeds)
        return; // finished already: listed there
    // The articles are listed now, not when the last page and image for
    // offline reading are in (a slow image host must not hold them back).
    m_storingFeeds = false;
    m_listedEarly = true;
    Q_EMIT storingFeeds(false);
    m_progress->setRange(0, 0); // busy: how much is left depends on hosts
    m_progress->setFormat(tr("Saving for offline reading"));
    m_progress->setToolTip(tr("Saving article pages and images for offline reading"));
    m_statusBar->showMessage(tr("%n new article(s) · saving pages and images for offline reading", nullptr,
                                m_refresh->report().newArticles));
    Q_EMIT libraryChanged();
}

void FeedController::refreshFinished(const RefreshReport &report)
{
    m_progress->hide();
    m_progress->setToolTip({});
    QString text = tr("%n new article(s)", nullptr, report.newArticles);
    if (!report.failed.isEmpty())
        text += u" · "_s + tr("%n feed(s) failed; see the tree for why", nullptr, int(report.failed.size()));
    if (!report.fullTextFailed.isEmpty())
        text += u" · "_s
                + tr("%n article page(s) could not be read; their feed text is kept", nullptr,
                     int(report.fullTextFailed.size()));
    m_statusBar->showMessage(text, 8000);
    // Listed already: only full text taken from the articles' pages
    // changed what is stored since.
    if (!std::exchange(m_listedEarly, false) || report.fullTextArticles > 0)
        Q_EMIT libraryChanged();
}

void FeedController::subscribed(const Subscriptions::Added &added)
{
    m_statusBar->showMessage(tr("Subscribed to %n feed(s)", nullptr, int(added.feeds.size())), 5000);
    Q_EMIT libraryChanged();
    QList<qint64> ids;
    for (const auto &entry : added.feeds)
        ids.append(entry.feed.id);
    if (!ids.isEmpty() && !m_offline.isOffline())
        m_scheduler.refreshNow(ids); // after the running refresh, if one runs
}

// Every folder of the person's tree, as paths ("News/World"), tree order.
QStringList FeedController::folders() const
{
    QStringList paths;
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_tree.rowCount(parent); ++row) {
            const QModelIndex index = m_tree.index(row, 0, parent);
            if (index.data(CategoryTreeModel::KindRole).toInt() != CategoryTreeModel::CategoryItem)
                continue;
            const QString path = index.data(CategoryTreeModel::PathRole).toString();
            if (index.data(CategoryTreeModel::IdRole).toLongLong() != 0 && !path.isEmpty()
                && !paths.contains(path))
                paths.append(path);
            walk(index);
        }
    };
    walk({});
    return paths;
}

SubscribeDialog *FeedController::addFeed(const QString &address, const QString &folder)
{
    if (m_dialog && address.isEmpty()) {
        m_dialog->show();
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    // Not modal: the window stays readable while a slow site is looked at.
    auto *dialog = new SubscribeDialog(m_makeDiscovery, m_writer, folders(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SubscribeDialog::subscribed, this, &FeedController::subscribed);
    m_dialog = dialog;
    if (!folder.isEmpty())
        dialog->setDestination(folder);
    dialog->show();
    dialog->setAddress(address);
    return dialog;
}

void FeedController::importOpml()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import OPML"), QString(),
                                                      tr("OPML files (*.opml *.xml);;All files (*)"));
    if (!path.isEmpty())
        importOpmlFile(path);
}

SubscribeDialog *FeedController::importOpmlFile(const QString &path)
{
    return addFeed(path); // the dialog reads an absolute path as a file
}

SubscribeDialog *FeedController::open(const QUrl &url)
{
    return addFeed(url.isLocalFile() ? url.toLocalFile() : url.toString());
}

void FeedController::exportOpml()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export OPML"), u"masthead.opml"_s,
                                                      tr("OPML files (*.opml)"));
    if (!path.isEmpty())
        exportOpmlTo(path);
}

void FeedController::exportOpmlTo(const QString &path)
{
    // Read off the window's thread; the file is written here (a small one).
    m_reader.opml().then(this, nextTurn(this, [this, path](const Result<QByteArray> &bytes) {
        QSaveFile file(path);
        if (!bytes || !file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size()
            || !file.commit()) {
            QMessageBox::warning(m_window, tr("Export OPML"), bytes ? file.errorString() : bytes.error().message);
            return;
        }
        m_statusBar->showMessage(tr("Saved %1").arg(path), 5000);
    }));
}
