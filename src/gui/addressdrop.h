#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

class QMimeData;

// Lets a window take addresses dropped on it: a link dragged from a
// browser, a feed or OPML file from the file manager, or an address as
// plain text. Installed as an event filter on the window (which must accept
// drops); what is dropped comes out of dropped(), one address at a time.
class AddressDrop final : public QObject
{
    Q_OBJECT

public:
    explicit AddressDrop(QWidget *window);

    // The addresses in a drag: its URLs (http, https or local files), else
    // its text when every line of it is such an address. Empty: not ours.
    static QList<QUrl> addressesIn(const QMimeData *mime);

Q_SIGNALS:
    void dropped(const QUrl &address);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
