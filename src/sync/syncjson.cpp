#include "syncjson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncJson)
};

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith('<');
}
} // namespace

std::optional<Error> SyncJson::statusError(const HttpReply &reply, const QUrl &url)
{
    if (reply.status == 401 || reply.status == 403)
        return makeError(Error::BadInput, Tr::tr("the server refused the user name or password (HTTP %1)").arg(reply.status));
    if (reply.status == 404)
        return makeError(Error::BadInput, Tr::tr("there is no sync API at %1 (HTTP 404); check the address").arg(url.toString()));
    if (reply.status >= 500)
        return makeError(Error::Network, Tr::tr("the server failed (HTTP %1); try again later").arg(reply.status));
    if (reply.status >= 400)
        return makeError(Error::BadInput, Tr::tr("the server refused the request (HTTP %1)").arg(reply.status));
    return std::nullopt;
}

Result<QJsonObject> SyncJson::objectFrom(const HttpReply &reply, const QUrl &url)
{
    if (auto error = statusError(reply, url))
        return *error;
    if (looksLikeHtml(reply.body) || reply.contentType.toLower().startsWith("text/html"))
        return makeError(Error::BadInput, Tr::tr("%1 answered with a web page instead of the API's JSON; "
                                                 "check the address (and that the API is switched on)")
                                                  .arg(url.toString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(Error::BadInput, Tr::tr("the server's answer is cut off or not JSON (%1 at byte %2 of %3)")
                                                  .arg(error.errorString()).arg(error.offset).arg(reply.body.size()));
    if (!doc.isObject())
        return makeError(Error::BadInput, Tr::tr("the server's answer is not a JSON object"));
    return doc.object();
}
