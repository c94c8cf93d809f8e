#pragma once

#include <QString>

// Where the shared real-world test data lives (env MASTHEAD_CORPORA, set by
// ctest to <repo>/../shared/corpora). Empty when it is absent: callers QSKIP.
QString corporaDir();
QString corpusPath(const QString &relative);

// QSKIP when the corpus folder is missing, with a message naming it.
#define MASTHEAD_REQUIRE_CORPUS(relative)                                                     \
    do {                                                                                      \
        if (corpusPath(relative).isEmpty())                                                   \
            QSKIP(qPrintable(QStringLiteral("corpus %1 not found (set MASTHEAD_CORPORA)")     \
                                 .arg(relative)));                                            \
    } while (false)
