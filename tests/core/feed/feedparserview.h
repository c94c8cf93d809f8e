#pragma once

// Test support: a feedparser-shaped view of Masthead's FeedDocument, and an
// evaluator for the Python `expect` expressions of feedparser's test cases.
// Keys that Masthead's model (feed.schema.json) has no counterpart for raise
// NotApplicable, so the case is reported instead of being counted.

#include "feed/feeddocument.h"

#include <QList>
#include <QMap>
#include <QSharedPointer>
#include <QString>
#include <QVariant>

struct NotApplicable
{
    QString why;
};

struct PyValue
{
    enum class Kind { Missing, None, Bool, Int, Float, Str, List, Tuple, Dict };
    Kind kind = Kind::Missing;
    bool boolean = false;
    qint64 integer = 0;
    double real = 0;
    QString text;
    bool plainOnly = false; // text field without html twin in the schema
    bool dateString = false; // normalized date: raw feed strings are not kept
    QList<PyValue> items;
    QMap<QString, PyValue> dict;
    QString dictKind; // "feed", "entry", "detail", ... for NotApplicable messages
    QStringList mappable; // keys this dict maps (missing ones are KeyErrors)

    static PyValue none()
    {
        PyValue v;
        v.kind = Kind::None;
        return v;
    }
    static PyValue fromBool(bool b)
    {
        PyValue v;
        v.kind = Kind::Bool;
        v.boolean = b;
        return v;
    }
    static PyValue fromInt(qint64 i)
    {
        PyValue v;
        v.kind = Kind::Int;
        v.integer = i;
        return v;
    }
    static PyValue fromString(const QString &s)
    {
        PyValue v;
        v.kind = Kind::Str;
        v.text = s;
        return v;
    }
    bool truthy() const;
};

struct FeedparserContext
{
    const FeedDocument *feed = nullptr;
};

PyValue feedparserRoot(const FeedDocument &feed);

enum class ExpectResult { Pass, Fail, NotApplicable };

struct ExpectOutcome
{
    ExpectResult result = ExpectResult::Fail;
    QString detail;
};

ExpectOutcome evaluateExpect(const QString &expression, const FeedDocument &feed);
