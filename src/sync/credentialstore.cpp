#include "credentialstore.h"

#ifdef MASTHEAD_WITH_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

KeychainCredentials::KeychainCredentials(QString service) : m_service(std::move(service)) { }

bool KeychainCredentials::isAvailable()
{
#ifdef MASTHEAD_WITH_KEYCHAIN
    return true;
#else
    return false;
#endif
}

#ifdef MASTHEAD_WITH_KEYCHAIN
namespace {

constexpr int KeyringWaitMs = 8000;

// Runs a keychain job to its end, or gives up after a while (a keyring
// that never answers must not hang a sync).
template<typename Job>
Result<> runJob(Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(KeyringWaitMs);
    job.start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished)
        return makeError(Error::Database, KeychainCredentials::tr("the desktop keyring did not answer"));
    if (job.error() == QKeychain::EntryNotFound)
        return makeError(Error::NotFound, QString());
    if (job.error() != QKeychain::NoError)
        return makeError(Error::Database, KeychainCredentials::tr("no desktop keyring is available (%1)")
                                                  .arg(job.errorString()));
    return {};
}

} // namespace

Result<> KeychainCredentials::save(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setInsecureFallback(false); // never a plain file behind the person's back
    job.setKey(key);
    job.setTextData(secret);
    return runJob(job);
}

Result<QString> KeychainCredentials::load(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(key);
    if (auto done = runJob(job); !done)
        return done.error().kind == Error::NotFound ? Result<QString>(QString()) : Result<QString>(done.error());
    return job.textData();
}

Result<> KeychainCredentials::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(key);
    if (auto done = runJob(job); !done && done.error().kind != Error::NotFound)
        return done.error();
    return {};
}
#else
Result<> KeychainCredentials::save(const QString &, const QString &)
{
    return makeError(Error::Database, tr("this build of Masthead has no keyring support (QtKeychain)"));
}

Result<QString> KeychainCredentials::load(const QString &)
{
    return makeError(Error::Database, tr("this build of Masthead has no keyring support (QtKeychain)"));
}

Result<> KeychainCredentials::remove(const QString &)
{
    return {};
}
#endif
