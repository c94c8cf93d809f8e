#pragma once

#include "fetchrequest.h"
#include "fetchresult.h"

#include <utility>

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QNetworkAccessManager;

// One fetch as it goes through its hops: sends each request, follows
// redirects one hop at a time (the Fetcher schedules every hop), enforces the
// size cap and the deadline, and turns what happened into a FetchResult.
// Internal to masthead_net; use Fetcher.
class FetchJob final : public QObject
{
    Q_OBJECT

public:
    enum class State { Queued, Active, Done };

    FetchJob(quint64 id, const FetchRequest &request, QObject *parent = nullptr);
    ~FetchJob() override;

    quint64 id() const { return m_id; }
    State state() const { return m_state; }
    const FetchRequest &request() const { return m_request; }
    // Ended by its request's budget (the host is not to blame).
    bool budgetSpent() const { return m_budgetSpent || m_request.budget.hasExpired(); }
    QUrl currentUrl() const { return m_url; }
    const FetchResult &result() const { return m_result; }

    // The key the per-host limit counts by: the lower-case host name of the
    // current hop, empty for file://.
    QString hostKey() const;
    static QString hostKey(const QUrl &url);

    // Sends the current hop through manager (state becomes Active).
    void start(QNetworkAccessManager *manager);
    // Ends the job with error; aborts the transfer if one runs. Emits
    // completed() before returning. No effect once done.
    void fail(FetchResult::Error error, const QString &message);
    // The error and human message for a failure below HTTP (no status).
    static std::pair<FetchResult::Error, QString>
    describeTransportError(QNetworkReply::NetworkError error, const QUrl &url,
                           const QString &detail, int timeoutMs);

    // Ends the job with Error::Backoff: the host asked to wait this long.
    void failBackedOff(int seconds);

signals:
    void redirected(FetchJob *job); // the next hop waits to be scheduled
    void completed(FetchJob *job);
    void progress(quint64 id, qint64 received, qint64 total);

private:
    QString where() const; // the host, or the file, for messages
    void startFile(QNetworkAccessManager *manager);
    void watch(QNetworkReply *reply);
    void readBody();
    void checkAnnouncedSize();
    void replyFinished();
    bool followRedirect(int status);
    void finishHttp(int status);
    void finishFile();
    void finishNetworkError();
    void complete();
    void releaseReply();

    quint64 m_id;
    FetchRequest m_request;
    QUrl m_url;
    QSet<QUrl> m_visited;
    bool m_onlyPermanentSoFar = true;
    State m_state = State::Queued;
    FetchResult m_result;
    QPointer<QNetworkReply> m_reply;
    FetchResult::Error m_abortError = FetchResult::Error::None;
    QString m_abortMessage;
    QStringList m_tlsErrors;
    QTimer m_deadline;
    bool m_budgetCut = false; // the deadline is the request's budget, not deadlineMs
    bool m_budgetSpent = false; // it ended because the budget did
};
