#pragma once

#include <QString>

// How Masthead reaches the web: through the desktop's proxy settings (the
// default), directly, or through a proxy the person named. A value; the
// fetcher turns it into a QNetworkProxy.
struct ProxySettings
{
    enum class Mode { System, None, Manual };
    enum class Type { Http, Socks5 };

    Mode mode = Mode::System;
    Type type = Type::Http; // for Manual
    QString host; // for Manual
    int port = 8080; // for Manual, 1..65535

    // A manual proxy needs a host and a port; anything else is complete.
    bool isUsable() const
    {
        return mode != Mode::Manual || (!host.isEmpty() && port > 0 && port <= 65535);
    }

    friend bool operator==(const ProxySettings &, const ProxySettings &) = default;
};
