#include "feedcontroller.h"
#include "fetcher.h"
#include "library.h"
#include "refreshservice.h"
#include "subscriptions.h"

#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QNetworkInformation>
#include <QProgressBar>
#include <QStatusBar>

using namespace Qt::StringLiterals;

FeedController::FeedController(Library &library, Fetcher &fetcher, StorageThread &storage, QWidget *window,
                               QStatusBar *statusBar)
    : QObject(window),
      m_library(library),
      m_fetcher(fetcher),
      m_window(window),
      m_statusBar(statusBar),
      m_refresh(new RefreshService(library, fetcher, storage, this)),
      m_subscriptions(new Subscriptions(library, fetcher, this)),
      m_progress(new QProgressBar(statusBar))
{
    // Refresh keeps full text and images, so what is listed reads offline.
    m_refresh->setKeepOfflineCopies(true);
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
        if (!m_refresh->isRunning())
            m_refresh->start(ids);
    });
    watchNetwork();
}

void FeedController::watchNetwork()
{
    // Automatic offline detection where the platform reports reachability.
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    QNetworkInformation *info = QNetworkInformation::instance();
    const auto apply = [this](QNetworkInformation::Reachability reachability) {
        const bool down = reachability == QNetworkInformation::Reachability::Disconnected;
        if (m_offlineByUser)
            return;
        if (down != m_fetcher.isOffline()) {
            m_fetcher.setOffline(down);
            m_statusBar->showMessage(down ? tr("The network is down: working offline")
                                          : tr("The network is back"), 5000);
            Q_EMIT offlineChanged(down);
        }
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
    apply(info->reachability());
}

bool FeedController::isOffline() const
{
    return m_fetcher.isOffline();
}

bool FeedController::isRefreshing() const
{
    return m_refresh->isRunning();
}

void FeedController::setOffline(bool offline)
{
    m_offlineByUser = offline;
    if (offline == m_fetcher.isOffline())
        return;
    m_fetcher.setOffline(offline);
    m_statusBar->showMessage(offline ? tr("Offline: everything stored stays readable; nothing is fetched")
                                     : tr("Online"), 5000);
    Q_EMIT offlineChanged(offline);
}

void FeedController::refreshAll()
{
    if (m_fetcher.isOffline()) {
        m_statusBar->showMessage(tr("Offline: refresh is paused"), 5000);
        return;
    }
    if (!m_refresh->start())
        return;
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

void FeedController::addFeed()
{
    bool ok = false;
    const QString url = QInputDialog::getText(m_window, tr("Add Feed"),
                                              tr("Address of a feed, a website, or a WordPress site:"),
                                              QLineEdit::Normal, QString(), &ok)
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
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(m_window, tr("Import OPML"), file.errorString());
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
