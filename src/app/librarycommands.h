#pragma once

#include "commandline.h"

class Library;
class Output;

// Commands that read or change the library: stats, categories, subscribe,
// unsubscribe, list, show. Each returns the process exit code.
class LibraryCommands final
{
    Q_DECLARE_TR_FUNCTIONS(LibraryCommands)

public:
    LibraryCommands(Library &library, const Invocation &invocation, Output &out);

    int stats();
    int categories();
    int setSubscribed(bool subscribed);
    int list();
    int show();

private:
    Library &m_library;
    const Invocation &m_inv;
    Output &m_out;
};
