#pragma once

#include "result.h"
#include "synchttp.h"

#include <QJsonObject>
#include <QUrl>

// Reading a server's JSON answer, with a clear message for each way it can
// be wrong: an HTTP error, a web page instead of JSON, a cut-off document.
namespace SyncJson {

// The reply's HTTP status as an error, if it is one.
std::optional<Error> statusError(const HttpReply &reply, const QUrl &url);
Result<QJsonObject> objectFrom(const HttpReply &reply, const QUrl &url);

} // namespace SyncJson
