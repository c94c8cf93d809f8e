#include "article.h"
#include "related/storysignature.h"
#include "related/termvector.h"

void computeArticleFeatures(Article &article)
{
    article.termVector = TermVector::fromArticle(article.title, article.summary, article.contentText).encode();
    article.storySignature =
            StorySignature::fromArticle(article.title, article.summary, article.contentText).encode();
}
