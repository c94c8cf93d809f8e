#pragma once

#include "result.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <type_traits>

class Library;
class StorageThread;

// How work on a thread that may wait (a sync, between its requests) reaches
// the library: one short step at a time, each a job run on a library and
// waited for. In the app the steps run on the storage thread, the one
// writer, in turn with every other write; a command-line process runs them
// on the Library it holds. A step never waits on the network, and nothing
// from the Library may leave it.
class LibrarySteps final
{
    Q_DECLARE_TR_FUNCTIONS(LibrarySteps)

public:
    using Job = std::function<void(Library &)>;
    // Runs the job on a library and returns once it has run, or the reason
    // it could not run (the library did not open).
    using Runner = std::function<Result<>(const Job &)>;

    explicit LibrarySteps(Runner runner);
    // On the caller's own library, on the caller's thread.
    static LibrarySteps direct(Library &library);
    // On the storage thread, waiting for each step: only from a thread that
    // may wait, never from the window's or the storage thread itself.
    static LibrarySteps on(StorageThread &storage);

    // step(Library &) -> Result<T>, run by the runner; its result, or why
    // it did not run.
    template<typename Step>
    auto run(Step &&step) const -> std::invoke_result_t<Step, Library &>
    {
        using R = std::invoke_result_t<Step, Library &>;
        std::optional<R> result;
        const Result<> ran = m_runner([&result, &step](Library &library) { result.emplace(step(library)); });
        if (!ran)
            return R(ran.error());
        if (!result)
            return R(notRun());
        return std::move(*result);
    }

private:
    static Error notRun();

    Runner m_runner;
};
