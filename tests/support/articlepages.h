#pragma once

#include <QByteArray>
#include <QString>

// A saved news article page whose main text the extractor finds: a
// navigation bar, then an article of five paragraphs, each naming `marker`
// ("<marker> paragraph <n> …").
inline QByteArray articlePageWith(const QString &marker)
{
    QString body;
    for (int p = 0; p < 5; ++p)
        body += QStringLiteral("<p>%1 paragraph %2 is long enough to count, with commas, clauses and a point: "
                               "the meeting ran late, the budget passed, and the town will get its new library "
                               "next spring.</p>")
                        .arg(marker)
                        .arg(p);
    return (QStringLiteral("<!doctype html><html><head><title>%1</title></head><body><nav><a href=\"/\">Home</a>"
                           "</nav><article><h1>%1</h1>")
                    .arg(marker)
            + body + QStringLiteral("</article></body></html>"))
            .toUtf8();
}
