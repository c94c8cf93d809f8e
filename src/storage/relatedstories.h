#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// "More like this" and "also covered by" for a stored article, read from
// what RelatedIndex wrote: a pool of candidates from the full-text index
// (the article's rarer words, among the articles stored around it) and the
// story's cluster, scored by their term vectors.
class RelatedStories final
{
public:
    struct Related
    {
        qint64 id = 0;
        qint64 feedId = 0;
        QString feedTitle;
        QString title;
        QString link;
        QString summary; // one line
        double score = 0;
        bool sameStory = false;
    };

    explicit RelatedStories(QSqlDatabase db);

    // The related list for a stored article, best first.
    Result<QList<Related>> related(qint64 articleId, int limit = 5, int candidates = 300) const;
    // Titles of the other feeds covering the same story.
    Result<QStringList> alsoCoveredBy(qint64 articleId) const;

    // Candidates the related lists read and scored so far: bounded per list
    // whatever the size of the article's story (checked by a test).
    qint64 candidatesScored() const { return m_candidatesScored; }

private:
    QSqlDatabase m_db;
    mutable qint64 m_candidatesScored = 0;
};
