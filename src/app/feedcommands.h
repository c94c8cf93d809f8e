#pragma once

#include "commandline.h"

class Fetcher;
class Library;
class Output;

// Commands that subscribe and fetch: add, remove, refresh, import-opml,
// export-opml. The asynchronous ones run the event loop until done.
class FeedCommands final
{
    Q_DECLARE_TR_FUNCTIONS(FeedCommands)

public:
    FeedCommands(Library &library, Fetcher &fetcher, const Invocation &invocation, Output &out);

    int add();
    int remove();
    int refresh();
    int importOpml();
    int exportOpml();

private:
    Library &m_library;
    Fetcher &m_fetcher;
    const Invocation &m_inv;
    Output &m_out;
};
