#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// A synthetic same-story set: news events, each rewritten by 3-5 sources
// (different headlines, synonyms, reordered and partly omitted facts, shifted
// numbers, shared names), among distractor stories on the same topics, some
// of them sharing a name with an event (same club, same company, same
// country). Deterministic for a given seed.
struct SyntheticArticle
{
    qint64 id = 0;
    qint64 feedId = 0;
    int event = -1; // >= 0: the event this article reports; -1: a distractor
    QDateTime published;
    QString title;
    QString text;
};

QList<SyntheticArticle> makeSameStoryCorpus(quint32 seed, int events, int distractors);
