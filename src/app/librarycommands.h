#pragma once

#include "commandline.h"

class Library;
struct RetentionPolicy;
class Output;

// Commands that read or change the library: stats, categories, subscribe,
// unsubscribe, list, show, search. Each returns the process exit code.
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
    int search();
    int related();
    int vacuum(const RetentionPolicy &policy);

private:
    Library &m_library;
    const Invocation &m_inv;
    Output &m_out;
};
