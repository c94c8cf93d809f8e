#pragma once

#include "articleindexer.h"

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

    // How long search and related index what a refresh left before they
    // answer from what is indexed (--wait-for-index: until it is all done).
    static constexpr int IndexCatchUpMs = 1500;

private:
    // Indexes the queue for at most IndexCatchUpMs (all of it with
    // --wait-for-index) and says on stderr how many articles still wait.
    void catchUpIndex(ArticleIndexer::Scope scope);

    Library &m_library;
    const Invocation &m_inv;
    Output &m_out;
};
