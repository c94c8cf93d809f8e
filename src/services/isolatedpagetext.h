#pragma once

#include "pagetextsource.h"

#include <QObject>
#include <QPromise>
#include <QQueue>
#include <QStringList>

#include <memory>

class QProcess;
class QTimer;

// Extracts pages in worker processes (by default `masthead
// --page-text-worker`), so that a page which crashes or hangs the extractor
// costs that one page, not the window or the refresh. Each worker takes one
// page at a time over a pipe (PageTextProtocol); a worker that dies or
// overruns its time is replaced for the pages after it. Idle workers quit
// after a while. Lives on one thread and must be called there.
class IsolatedPageText final : public QObject, public PageTextSource
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 20'000;
    static constexpr int IdleQuitMs = 15'000;

    IsolatedPageText(QString program, QStringList arguments, int maxWorkers, QObject *parent = nullptr);
    ~IsolatedPageText() override;

    QFuture<Result<PageText>> extract(const QByteArray &page, const QUrl &pageUrl) override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int runningWorkers() const { return int(m_workers.size()); }

private:
    struct Job
    {
        quint64 id = 0;
        QByteArray page;
        QUrl url;
        std::shared_ptr<QPromise<Result<PageText>>> promise;
    };
    struct Worker
    {
        QProcess *process = nullptr;
        QTimer *timer = nullptr; // the page's time, or the idle time
        std::optional<Job> job;
        QByteArray received;
    };

    void dispatch();
    Worker *idleWorker();
    Worker *startWorker();
    void send(Worker &worker, Job job);
    void readAnswers(QProcess *process);
    void workerEnded(QProcess *process, const QString &why);
    void timedOut(QProcess *process);
    Worker *workerOf(const QProcess *process);
    void retire(QProcess *process);
    static void finish(Job &job, Result<PageText> result);

    QString m_program;
    QStringList m_arguments;
    int m_maxWorkers;
    int m_timeoutMs = DefaultTimeoutMs;
    quint64 m_nextId = 1;
    QQueue<Job> m_queue;
    std::vector<std::unique_ptr<Worker>> m_workers;
};
