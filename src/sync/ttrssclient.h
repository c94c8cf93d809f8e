#pragma once

#include "syncclient.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QUrl>

class SyncHttp;

// Tiny Tiny RSS's JSON API (/api/, API level 15 and later): every call a
// POST of a JSON object with an "op", answered {"seq","status","content"}.
// A session that expired is logged in again once.
class TtrssClient final : public SyncClient
{
    Q_DECLARE_TR_FUNCTIONS(TtrssClient)

public:
    TtrssClient(SyncHttp &http, const QUrl &url, QString user, QString password);

    // The API's address for what a person types: the install's address, or
    // the API's own (…/api/).
    static QUrl apiUrl(const QUrl &url);

    Result<> login() override;
    Result<Tree> tree() override;
    Result<> articlesSince(QJsonObject &state, const PageSink &sink) override;
    Result<QList<Stamp>> changedSince(QJsonObject &state) override;
    Result<> articles(const QStringList &ids, const PageSink &sink) override;
    Result<QStringList> unreadIds() override;
    Result<QStringList> starredIds() override;
    Result<> setFlag(QueuedChange::Flag flag, bool value, const QStringList &ids) override;
    Result<QHash<QString, Flags>> flagsOf(const QStringList &ids) override;

    Result<> subscribe(const QUrl &feedUrl, const QString &remoteCategoryId) override;
    Result<> unsubscribe(const QString &remoteFeedId) override;

    static constexpr int PageSize = 200; // the most getHeadlines gives at once
    // changedSince() looks this far back before the newest change it saw:
    // tt-rss reads a feed some time after its publisher changed a story (its
    // update interval, longer for feeds that rarely change), and the story
    // keeps the publisher's time.
    static constexpr int EditLookbackSeconds = 6 * 3600;
    // ...and reads at most this many pages of headlines for it.
    static constexpr int MaxEditPages = 10;

private:
    Result<QJsonValue> call(const QString &op, QJsonObject params);
    Result<QJsonValue> callOnce(const QString &op, const QJsonObject &params);
    Result<QStringList> headlineIds(int feedId, const QString &viewMode);
    static RemoteArticle articleFrom(const QJsonObject &row);
    QString explain(const QString &apiError) const;

    SyncHttp &m_http;
    QUrl m_url;
    QString m_user;
    QString m_password;
    QString m_session;
};
