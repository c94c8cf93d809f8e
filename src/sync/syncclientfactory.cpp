#include "syncclientfactory.h"
#include "greaderclient.h"
#include "ttrssclient.h"

using namespace Qt::StringLiterals;

QStringList SyncClientFactory::types()
{
    return {u"ttrss"_s, u"greader"_s};
}

std::unique_ptr<SyncClient> SyncClientFactory::create(const QString &type, SyncHttp &http, const QUrl &url,
                                                      const QString &user, const QString &password)
{
    if (type == "ttrss"_L1)
        return std::make_unique<TtrssClient>(http, url, user, password);
    if (type == "greader"_L1)
        return std::make_unique<GReaderClient>(http, url, user, password);
    return nullptr;
}
