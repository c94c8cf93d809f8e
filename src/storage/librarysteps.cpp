#include "librarysteps.h"
#include "storagethread.h"

LibrarySteps::LibrarySteps(Runner runner) : m_runner(std::move(runner)) { }

LibrarySteps LibrarySteps::direct(Library &library)
{
    return LibrarySteps([&library](const Job &job) -> Result<> {
        job(library);
        return {};
    });
}

LibrarySteps LibrarySteps::on(StorageThread &storage)
{
    return LibrarySteps([&storage](const Job &job) -> Result<> {
        // The job is only referred to: this thread waits until it has run.
        return storage
                .run([&job](Library &library) -> Result<> {
                    job(library);
                    return {};
                })
                .result();
    });
}

Error LibrarySteps::notRun()
{
    return makeError(Error::Database, tr("the library did not run the step"));
}
