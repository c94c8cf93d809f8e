#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One row of Top Stories: a story of the last hours that several of the
// person's sources cover (a same-story cluster of the related index),
// shown by its newest article, with every source that has it.
struct TopStory
{
    qint64 articleId = 0; // the newest article of the story
    QString title;
    QDateTime newest; // UTC
    QStringList sources; // feed titles, newest first, each once
    QList<qint64> articleIds; // every article of the story in the window, newest first
};
