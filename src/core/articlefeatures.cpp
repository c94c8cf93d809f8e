#include "article.h"
#include "related/storysignature.h"
#include "related/termvector.h"

ArticleFeatures computeArticleFeatures(const QString &title, const QString &summary,
                                       const QString &text)
{
    return {TermVector::fromArticle(title, summary, text).encode(),
            StorySignature::fromArticle(title, summary, text).encode()};
}
