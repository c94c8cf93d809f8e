#pragma once

#include "syncclient.h"

#include <QStringList>
#include <QUrl>

#include <memory>

class SyncHttp;

// The client for an account's type ("ttrss", "greader").
namespace SyncClientFactory {

QStringList types();
// Null only for a type types() does not list.
std::unique_ptr<SyncClient> create(const QString &type, SyncHttp &http, const QUrl &url, const QString &user,
                                   const QString &password);

} // namespace SyncClientFactory
