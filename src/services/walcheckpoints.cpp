#include "walcheckpoints.h"
#include "nextturn.h"

WalCheckpoints::WalCheckpoints(const QString &dataDir, QObject *parent)
    : QObject(parent), m_connection(dataDir, StorageThread::Checkpoints::Itself)
{
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &WalCheckpoints::checkpoint);
    m_timer.start();
}

void WalCheckpoints::checkpoint()
{
    if (m_inHand)
        return; // one at a time: a slow disk does not pile them up
    m_inHand = true;
    m_connection.run([](Library &library) { return library.database().checkpoint(); })
            .then(this, nextTurn(this, [this](const Result<> &) { m_inHand = false; }));
}
