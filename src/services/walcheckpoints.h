#pragma once

#include "storagethread.h"

#include <QObject>
#include <QTimer>

// Copies the library's write-ahead log into its file every second, on a
// connection of its own, so the writer (which leaves that to it:
// StorageThread::Checkpoints::ByAnotherConnection) never waits on the fsyncs
// a checkpoint makes. It writes no rows: the one writer stays the one.
// A checkpoint readers are in the way of is simply tried again a second
// later; one that fails is too (a locked or damaged library is reported by
// the writer, where it matters).
class WalCheckpoints final : public QObject
{
    Q_OBJECT

public:
    explicit WalCheckpoints(const QString &dataDir, QObject *parent = nullptr);

    static constexpr int IntervalMs = 1000;

private:
    void checkpoint();

    StorageThread m_connection;
    QTimer m_timer;
    bool m_inHand = false;
};
