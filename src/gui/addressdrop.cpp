#include "addressdrop.h"

#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

bool isAddress(const QUrl &url)
{
    if (url.isLocalFile())
        return !url.toLocalFile().isEmpty();
    const QString scheme = url.scheme().toLower();
    return (scheme == "http"_L1 || scheme == "https"_L1) && !url.host().isEmpty();
}

} // namespace

AddressDrop::AddressDrop(QWidget *window) : QObject(window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

QList<QUrl> AddressDrop::addressesIn(const QMimeData *mime)
{
    QList<QUrl> found;
    if (!mime)
        return found;
    if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (isAddress(url))
                found.append(url);
        }
        return found;
    }
    if (!mime->hasText())
        return found;
    const QString text = mime->text().trimmed();
    if (text.size() > 64 * 1024)
        return found;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QUrl url(line.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || !isAddress(url))
            return {}; // prose with a link in it is not an address
        found.append(url);
    }
    return found;
}

bool AddressDrop::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (addressesIn(drag->mimeData()).isEmpty())
            return QObject::eventFilter(watched, event);
        drag->setDropAction(Qt::CopyAction);
        drag->accept();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QList<QUrl> addresses = addressesIn(drop->mimeData());
        if (addresses.isEmpty())
            return QObject::eventFilter(watched, event);
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        for (const QUrl &address : addresses)
            Q_EMIT dropped(address);
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}
