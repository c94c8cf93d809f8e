#pragma once

#include "commandline.h"

#include <QJsonObject>

class Fetcher;
class Output;
struct Discovered;

// `masthead discover URL`: what a subscription to URL could bring (the
// Discovery service), printed without subscribing anything and without
// opening the library.
class DiscoverCommand final
{
    Q_DECLARE_TR_FUNCTIONS(DiscoverCommand)

public:
    DiscoverCommand(Fetcher &fetcher, const Invocation &invocation, Output &out);
    int run();

    // The contract's shape: {"url","kind","title","feeds":[{"url","title","items","newest"}],
    // "tree":[{"name","feed","posts","children"}],"notes":[…]}.
    static QJsonObject toJson(const Discovered &found);

private:
    void printText(const Discovered &found);

    Fetcher &m_fetcher;
    const Invocation &m_inv;
    Output &m_out;
};
