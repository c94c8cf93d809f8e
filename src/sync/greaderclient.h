#pragma once

#include "syncclient.h"

#include <QCoreApplication>
#include <QUrl>

class SyncHttp;

// The Google Reader API as FreshRSS, Miniflux, Inoreader and The Old Reader
// serve it: ClientLogin for an auth token, a "T" token for every change
// (edit-tag only by POST), stream/contents paged by continuation and
// limited by ot, stream/items/ids for the unread and starred sets. Item ids
// come long (tag:google.com,2005:reader/item/<16 hex>) or short (decimal);
// both are taken and kept short.
class GReaderClient final : public SyncClient
{
    Q_DECLARE_TR_FUNCTIONS(GReaderClient)

public:
    GReaderClient(SyncHttp &http, const QUrl &url, QString user, QString password);

    // The short (decimal) form of an item id in either form; empty if neither.
    static QString shortItemId(const QString &id);
    static QString longItemId(const QString &shortId);

    Result<> login() override;
    Result<Tree> tree() override;
    Result<> articlesSince(QJsonObject &state, const PageSink &sink) override;
    Result<QStringList> unreadIds() override;
    Result<QStringList> starredIds() override;
    Result<> setFlag(QueuedChange::Flag flag, bool value, const QStringList &ids) override;
    Result<QHash<QString, Flags>> flagsOf(const QStringList &ids) override;
    Result<> subscribe(const QUrl &feedUrl, const QString &remoteCategoryId) override;
    Result<> unsubscribe(const QString &remoteFeedId) override;
    int batchSize() const override { return 100; }

    static constexpr int PageSize = 1000;

private:
    QUrl endpoint(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    Result<QJsonObject> getJson(const QString &path, const QList<QPair<QString, QString>> &query);
    Result<QByteArray> postForm(const QString &path, QList<QPair<QString, QString>> form);
    Result<> fetchToken();
    Result<QStringList> itemIds(const QString &stream, const QString &exclude);
    Result<RemoteArticle> articleFrom(const QJsonObject &item) const;

    SyncHttp &m_http;
    QUrl m_url;
    QString m_user;
    QString m_password;
    QByteArray m_auth;
    QString m_token;
};
