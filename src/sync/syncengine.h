#pragma once

#include "accountrepository.h"
#include "librarysteps.h"
#include "syncclient.h"

#include <QCoreApplication>

class Library;

// One sync of one account: the changes made here go first (the queue, in
// order), then the server's tree, its new articles and its unread and
// starred sets come back. Runs on a thread that may wait (see SyncHttp).
// A failure at any step stops the sync with a clear message on the account
// and keeps everything stored so far; nothing local is lost.
//
// It reaches the library only through its LibrarySteps, one short step at a
// time between the requests (a queue read, a page of articles stored, a
// status written): in the app they run on the storage thread, the one
// writer, and no step waits on the network.
class SyncEngine final
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    // Steps run directly on this library, on the calling thread (a
    // command-line process, which holds its own library).
    explicit SyncEngine(Library &library);
    explicit SyncEngine(LibrarySteps steps);

    struct Report
    {
        qint64 accountId = 0;
        int fetched = 0;      // articles new or changed here
        int sent = 0;         // queued changes the server took
        int dropped = 0;      // queued changes for articles the server no longer has
        QString error;        // empty: it went well
        bool unreachable = false; // the error is the network's (offline, no answer, no route)
        QList<qint64> stored; // the articles stored or changed, for the image cache
    };
    Report sync(const Account &account, SyncClient &client);
    // Only the queue: sends what waits (used before the rest, and on its own
    // when the network comes back).
    Result<int> sendQueued(const Account &account, SyncClient &client, int *dropped = nullptr);

private:
    Result<> pull(const Account &account, SyncClient &client, Report &report);

    LibrarySteps m_steps;
};
