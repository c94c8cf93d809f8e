#include "feedcontroller.h"
#include "offlinemonitor.h"
#include "refreshscheduler.h"
#include "refreshservice.h"
#include "subscriptions.h"

#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// An OPML list rather than a feed: by its name, else by its root element
// near the start (after an XML declaration, comments, a style sheet).
bool isOpmlFile(const QString &path)
{
    if (path.endsWith(".opml"_L1, Qt::CaseInsensitive))
        return true;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4096).toLower().contains("<opml");
}

} // namespace

FeedController::FeedController(RefreshService &refresh, Subscriptions &subscriptions, OfflineMonitor &offline,
                               RefreshScheduler &scheduler, QWidget *window, QStatusBar *statusBar)
    : QObject(window),
      m_offline(offline),
      m_scheduler(scheduler),
      m_window(window),
      m_statusBar(statusBar),
      m_refresh(&refresh),
      m_subscriptions(&subscriptions),
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
    connect(m_refresh, &RefreshService::started, this, [this] { Q_EMIT refreshRunning(true); });
    connect(m_refresh, &RefreshService::finished, this, [this] { Q_EMIT refreshRunning(false); });
    connect(m_subscriptions, &Subscriptions::added, this, [this](const Result<Subscriptions::Added> &result) {
        if (!result) {
            QMessageBox::warning(m_window, tr("Add Feed"), result.error().message);
            return;
        }
        m_statusBar->showMessage(tr("Subscribed to %n feed(s)", nullptr, int(result->feeds.size())), 5000);
        Q_EMIT libraryChanged();
        QList<qint64> ids;
        for (const auto &entry : result->feeds)
            ids.append(entry.feed.id);
        m_scheduler.refreshNow(ids); // after the running refresh, if one runs
    });
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

void FeedController::refreshFinished(const RefreshReport &report)
{
    m_progress->hide();
    QString text = tr("%n new article(s)", nullptr, report.newArticles);
    if (!report.failed.isEmpty())
        text += u" · "_s + tr("%n feed(s) failed; see the tree for why", nullptr, int(report.failed.size()));
    if (!report.fullTextFailed.isEmpty())
        text += u" · "_s
                + tr("%n article page(s) could not be read; their feed text is kept", nullptr,
                     int(report.fullTextFailed.size()));
    m_statusBar->showMessage(text, 8000);
    Q_EMIT libraryChanged();
}

void FeedController::addFeed(const QString &address)
{
    bool ok = false;
    const QString url = QInputDialog::getText(m_window, tr("Add Feed"),
                                              tr("Address of a feed, a website, or a WordPress site:"),
                                              QLineEdit::Normal, address, &ok)
                                .trimmed();
    if (!ok || url.isEmpty())
        return;
    const QString category = QInputDialog::getText(m_window, tr("Add Feed"),
                                                   tr("Category (e.g. News/World), or empty:"),
                                                   QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    m_statusBar->showMessage(tr("Looking at %1…").arg(url));
    m_subscriptions->add(QUrl::fromUserInput(url), category);
}

void FeedController::importOpml()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import OPML"), QString(),
                                                      tr("OPML files (*.opml *.xml);;All files (*)"));
    if (!path.isEmpty())
        importOpmlFile(path);
}

void FeedController::importOpmlFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(m_window, tr("Import OPML"), tr("%1: %2").arg(path, file.errorString()));
        return;
    }
    auto added = m_subscriptions->importOpml(file.read(64 * 1024 * 1024));
    if (!added) {
        QMessageBox::warning(m_window, tr("Import OPML"), added.error().message);
        return;
    }
    m_statusBar->showMessage(tr("Imported %n feed(s)", nullptr, int(added->feeds.size())), 5000);
    Q_EMIT libraryChanged();
}

void FeedController::open(const QUrl &url)
{
    if (url.isLocalFile() && isOpmlFile(url.toLocalFile()))
        importOpmlFile(url.toLocalFile());
    else
        addFeed(url.toString());
}

void FeedController::exportOpml()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export OPML"), u"masthead.opml"_s,
                                                      tr("OPML files (*.opml)"));
    if (path.isEmpty())
        return;
    auto bytes = m_subscriptions->exportOpml();
    QFile file(path);
    if (!bytes || !file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size()) {
        QMessageBox::warning(m_window, tr("Export OPML"), bytes ? file.errorString() : bytes.error().message);
        return;
    }
    m_statusBar->showMessage(tr("Saved %1").arg(path), 5000);
}
