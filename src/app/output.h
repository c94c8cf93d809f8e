#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

// Where a headless command writes: results on stdout, progress and errors on
// stderr (never mixed), with the contract's one-line error format.
class Output final
{
public:
    explicit Output(int verbosity);

    void write(const QByteArray &bytes);
    void line(const QString &text);
    void json(const QJsonDocument &doc);       // one document, compact, with a newline
    void jsonLine(const QJsonObject &object);  // one line of JSON Lines
    void info(const QString &text) const;      // unless --quiet
    void verbose(const QString &text) const;   // only with --verbose
    // Prints "masthead: <what>: <why>" and returns the exit code for the error.
    int fail(const QString &what, const Error &error) const;
    int verbosity() const { return m_verbosity; }

private:
    int m_verbosity;
};
