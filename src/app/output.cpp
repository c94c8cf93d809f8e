#include "output.h"

#include <QJsonObject>

#include <cstdio>

Output::Output(int verbosity) : m_verbosity(verbosity) { }

void Output::write(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void Output::line(const QString &text)
{
    write(text.toUtf8() + '\n');
}

void Output::json(const QJsonDocument &doc)
{
    write(doc.toJson(QJsonDocument::Compact) + '\n');
}

void Output::jsonLine(const QJsonObject &object)
{
    json(QJsonDocument(object));
}

void Output::info(const QString &text) const
{
    if (m_verbosity >= 1)
        std::fprintf(stderr, "%s\n", text.toUtf8().constData());
}

void Output::verbose(const QString &text) const
{
    if (m_verbosity >= 2)
        std::fprintf(stderr, "%s\n", text.toUtf8().constData());
}

int Output::fail(const QString &what, const Error &error) const
{
    std::fflush(stdout);
    std::fprintf(stderr, "masthead: %s: %s\n", what.toUtf8().constData(),
                 error.message.toUtf8().constData());
    return int(error.kind);
}
