#include "fetchresult.h"

using namespace Qt::StringLiterals;

QByteArray FetchResult::header(QByteArrayView name) const
{
    QByteArray joined;
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!joined.isEmpty())
            joined += ", ";
        joined += value;
    }
    return joined;
}

QString fetchErrorName(FetchResult::Error error)
{
    using Error = FetchResult::Error;
    switch (error) {
    case Error::None:
        return u"none"_s;
    case Error::Timeout:
        return u"timeout"_s;
    case Error::TooLarge:
        return u"too-large"_s;
    case Error::TooManyRedirects:
        return u"too-many-redirects"_s;
    case Error::RedirectLoop:
        return u"redirect-loop"_s;
    case Error::Http:
        return u"http"_s;
    case Error::Network:
        return u"network"_s;
    case Error::Tls:
        return u"tls"_s;
    case Error::Dns:
        return u"dns"_s;
    case Error::Gone:
        return u"gone"_s;
    case Error::Offline:
        return u"offline"_s;
    case Error::Cancelled:
        return u"cancelled"_s;
    case Error::Backoff:
        return u"backoff"_s;
    }
    return u"unknown"_s;
}
