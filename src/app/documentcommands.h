#pragma once

#include "commandline.h"

class Output;

// Commands over one document, touching no library: parse, extract, sanitize.
class DocumentCommands final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCommands)

public:
    DocumentCommands(const Invocation &invocation, Output &out);

    int parse();
    int extract();
    int sanitize();

private:
    // The bytes of the file argument ("-" for stdin), or an Error.
    Result<QByteArray> input() const;

    const Invocation &m_inv;
    Output &m_out;
};
