#include "isolatedpagetext.h"
#include "pagetextprotocol.h"

#include <QProcess>
#include <QTimer>

IsolatedPageText::IsolatedPageText(QString program, QStringList arguments, int maxWorkers, QObject *parent)
    : QObject(parent), m_program(std::move(program)), m_arguments(std::move(arguments)),
      m_maxWorkers(qMax(1, maxWorkers))
{
}

IsolatedPageText::~IsolatedPageText()
{
    const QString why = tr("Masthead is closing");
    for (auto &worker : m_workers) {
        if (worker->job)
            finish(*worker->job, makeError(Error::BadInput, why));
        worker->process->disconnect(this);
        worker->process->kill();
        worker->process->waitForFinished(1000);
        delete worker->process;
    }
    while (!m_queue.isEmpty()) {
        Job job = m_queue.dequeue();
        finish(job, makeError(Error::BadInput, why));
    }
}

QFuture<Result<PageText>> IsolatedPageText::extract(const QByteArray &page, const QUrl &pageUrl)
{
    auto promise = std::make_shared<QPromise<Result<PageText>>>();
    promise->start();
    QFuture<Result<PageText>> future = promise->future();
    m_queue.enqueue(Job{m_nextId++, page, pageUrl, std::move(promise)});
    dispatch();
    return future;
}

void IsolatedPageText::dispatch()
{
    while (!m_queue.isEmpty()) {
        Worker *worker = idleWorker();
        if (!worker && int(m_workers.size()) < m_maxWorkers)
            worker = startWorker();
        if (!worker)
            return;
        send(*worker, m_queue.dequeue());
    }
}

IsolatedPageText::Worker *IsolatedPageText::idleWorker()
{
    for (auto &worker : m_workers) {
        if (!worker->job)
            return worker.get();
    }
    return nullptr;
}

IsolatedPageText::Worker *IsolatedPageText::startWorker()
{
    auto worker = std::make_unique<Worker>();
    auto *process = new QProcess(this);
    worker->process = process;
    worker->timer = new QTimer(process);
    worker->timer->setSingleShot(true);
    process->setProgram(m_program);
    process->setArguments(m_arguments);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] { readAnswers(process); });
    // Queued: a failed start is reported from inside start(), and the
    // worker must be in place before it goes.
    connect(process, &QProcess::finished, this,
            [this, process] { workerEnded(process, tr("the article extractor stopped on this page")); },
            Qt::QueuedConnection);
    connect(process, &QProcess::errorOccurred, this,
            [this, process](QProcess::ProcessError error) {
                if (error == QProcess::FailedToStart)
                    workerEnded(process, tr("the article extractor could not be started"));
            },
            Qt::QueuedConnection);
    connect(worker->timer, &QTimer::timeout, this, [this, process] { timedOut(process); });
    m_workers.push_back(std::move(worker));
    process->start(QIODevice::ReadWrite | QIODevice::Unbuffered);
    return m_workers.back().get();
}

void IsolatedPageText::send(Worker &worker, Job job)
{
    worker.process->write(PageTextProtocol::encode(PageTextProtocol::Request{job.id, job.page, job.url}));
    job.page.clear(); // the worker has it now
    worker.job = std::move(job);
    worker.timer->start(m_timeoutMs);
}

void IsolatedPageText::readAnswers(QProcess *process)
{
    Worker *worker = workerOf(process);
    if (!worker)
        return;
    worker->received += process->readAllStandardOutput();
    while (true) {
        bool broken = false;
        const std::optional<QByteArray> frame = PageTextProtocol::takeFrame(worker->received, broken);
        const std::optional<PageTextProtocol::Answer> answer =
                frame ? PageTextProtocol::decodeAnswer(*frame) : std::nullopt;
        if (broken || (frame && (!answer || !worker->job || answer->id != worker->job->id))) {
            workerEnded(process, tr("the article extractor answered with garbage"));
            return;
        }
        if (!frame)
            return;
        finish(*worker->job, answer->text);
        worker->job.reset();
        worker->timer->start(IdleQuitMs);
        dispatch();
    }
}

void IsolatedPageText::workerEnded(QProcess *process, const QString &why)
{
    Worker *worker = workerOf(process);
    if (!worker)
        return;
    if (worker->job)
        finish(*worker->job, makeError(Error::BadInput, why));
    retire(process);
    dispatch();
}

void IsolatedPageText::timedOut(QProcess *process)
{
    Worker *worker = workerOf(process);
    if (!worker)
        return;
    if (!worker->job) { // idle long enough: let it go
        retire(process);
        return;
    }
    workerEnded(process, tr("reading the page took longer than %1 s").arg(m_timeoutMs / 1000));
}

IsolatedPageText::Worker *IsolatedPageText::workerOf(const QProcess *process)
{
    for (auto &worker : m_workers) {
        if (worker->process == process)
            return worker.get();
    }
    return nullptr;
}

void IsolatedPageText::retire(QProcess *process)
{
    std::erase_if(m_workers, [process](const auto &worker) { return worker->process == process; });
    process->disconnect(this);
    process->kill();
    process->deleteLater(); // its destructor reaps the killed process
}

void IsolatedPageText::finish(Job &job, Result<PageText> result)
{
    job.promise->addResult(std::move(result));
    job.promise->finish();
}
