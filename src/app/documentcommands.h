#pragma once

#include "commandline.h"

#include <QUrl>

#include <functional>

class Output;

// Commands over one document, touching no library: parse, extract, sanitize.
class DocumentCommands final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCommands)

public:
    DocumentCommands(const Invocation &invocation, Output &out);

    int parse();
    int extract();
    // isCached: whether an image URL is in the library's image cache; such
    // images are pointed at the cache, as the pane shows them.
    int sanitize(const std::function<bool(const QUrl &)> &isCached = {});

private:
    // The bytes of the file argument ("-" for stdin), or an Error.
    Result<QByteArray> input() const;

    const Invocation &m_inv;
    Output &m_out;
};
