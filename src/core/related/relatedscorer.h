#pragma once

#include "storyclusterer.h"
#include "storysignature.h"
#include "termvector.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

class DocumentFrequencies;

// One article as the scorer sees it (the target or a candidate).
struct RelatedCandidate
{
    qint64 id = 0;
    qint64 feedId = 0;
    qint64 categoryId = 0;    // 0: unknown (no category bonus)
    QDateTime published;      // invalid: unknown (no recency bias)
    TermVector vector;
    QByteArray contentHash;   // empty: unknown; equal hashes = exact duplicates
    StorySignature signature; // optional: same-story test when no cluster is known
    qint64 storyCluster = 0;  // optional: StoryClusterer cluster id, 0 = unknown
};

struct RelatedItem
{
    qint64 id = 0;
    double score = 0;       // relevance with bonuses, about 0..1.2
    bool sameStory = false; // another feed covering the same event
};

// Ranks candidate articles for a "More like this" list.
//
// Relevance is an incremental TF-IDF cosine: stored vectors carry only
// normalised sublinear term frequencies and idf (from the live
// DocumentFrequencies) is applied on the query side only, so no stored vector
// changes when articles arrive and only the query terms' frequencies are
// needed. The idf exponent is tunable: 1 (the default) scored best on the
// labelled corpora; 2 is the classic tf-idf weighting. Then a same-category bonus, an optional recency bias, exclusion of
// the article itself and its exact / near-identical duplicates, and an
// MMR-style diversification so one story does not fill the list. A short
// target (a headline, a summary) is widened by pseudo-relevance feedback.
class RelatedScorer final
{
public:
    struct Options
    {
        int limit = 5;
        int queryTerms = 0;              // 0: all terms of the target; else its top-k by tf·idf
        double idfPower = 1.0;           // idf exponent of the score (2: classic tf-idf cosine)
        double sameCategoryBonus = 0.15; // relevance × (1 + bonus) in the target's category
        double halfLifeHours = 0;        // recency bias off when 0
        double recencyWeight = 0.5;      // share of the score that decays with age
        QDateTime referenceTime;         // "now" for recency; invalid: the target's date
        double duplicateThreshold = 0.9; // term-vector cosine counted as the same text
        double diversity = 0.5;          // MMR penalty weight for similarity to listed items
        double redundancyFloor = 0.5;    // similarity below this is not redundancy
        int poolSize = 30;               // best candidates considered for diversification
        double minScore = 0.01;
        // Pseudo-relevance feedback for targets of at most feedbackMaxTerms
        // terms (headlines, summaries): the best feedbackDocuments matches'
        // words join the query at feedbackWeight, keeping its
        // feedbackQueryTerms best terms by tf·idf. 0 documents: off.
        int feedbackDocuments = 3;
        double feedbackWeight = 0.75;
        int feedbackMaxTerms = 64;
        int feedbackQueryTerms = 40;
        StoryClusterer::Options story;   // for sameStory when only signatures are known
        // Two short items (headlines, at most feedbackMaxTerms terms), dated
        // within story.windowSeconds, from different feeds, are the same
        // story when each is this relevant to the other and they share a
        // term whose idf is at least headlineStoryAnchor of the largest
        // possible. 0: off.
        double headlineStoryRelevance = 0.7;
        double headlineStoryAnchor = 0.6;
    };

    // Ranked related articles, best first, at most options.limit.
    static QList<RelatedItem> rank(const RelatedCandidate &target,
                                   const QList<RelatedCandidate> &candidates,
                                   const DocumentFrequencies &df, const Options &options);
    static QList<RelatedItem> rank(const RelatedCandidate &target,
                                   const QList<RelatedCandidate> &candidates,
                                   const DocumentFrequencies &df)
    {
        return rank(target, candidates, df, Options{});
    }

    // The candidates (indexes into `candidates`) whose words rank() adds to a
    // short target's query, best first; empty when feedback does not apply.
    // rank() weighs their terms by `df`: an index that loads frequencies
    // per query loads theirs too (else they count as the rarest terms).
    static QList<qsizetype> feedbackSources(const RelatedCandidate &target,
                                            const QList<RelatedCandidate> &candidates,
                                            const DocumentFrequencies &df, const Options &options);

    // Textual relevance of `candidate` to `target` alone, 0..1 (1: same terms).
    static double relevance(const TermVector &target, const TermVector &candidate,
                            const DocumentFrequencies &df, int queryTerms = 0,
                            double idfPower = 1.0);

    // Whether two articles are another feed's coverage of the same event.
    static bool sameStory(const RelatedCandidate &a, const RelatedCandidate &b,
                          const StoryClusterer::Options &options);

    // Same story told by two short items: a headline's signature has too few
    // words to measure, so relevance (idf-weighted, both ways) and a rare
    // term in common decide. Needs both dates; see Options.
    static bool sameHeadlineStory(const RelatedCandidate &a, const RelatedCandidate &b,
                                  const DocumentFrequencies &df, const Options &options);

    // Hash of the normalised title and text (case and spacing folded): equal
    // hashes mark exact duplicates.
    static QByteArray contentHash(QStringView title, QStringView text);
};
