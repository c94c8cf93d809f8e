#pragma once

#include "article.h"
#include "articlepage.h"
#include "result.h"

class Library;

// "More like this": other stored articles ranked by how much of their
// wording they share with an article (cosine over term frequencies of title,
// summary and text, title words counted double), newest candidates first.
class RelatedStories final
{
public:
    explicit RelatedStories(const Library &library, int candidates = 2000);

    Result<QList<RelatedStory>> find(const Article &article, int limit = 5) const;

private:
    const Library &m_library;
    int m_candidates;
};
