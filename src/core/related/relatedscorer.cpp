#include "relatedscorer.h"

#include "documentfrequencies.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The target as a query: per term tf·idf^(p/2), normalised, times idf^(p/2)
// again, so that a dot product with a stored (tf-only) vector is a tf-idf
// cosine up to the candidate's own norm. Held in a small open-addressing
// table behind a 4096-bit filter: most candidate terms are not query terms
// and cost one bit test.
struct Query
{
    std::array<quint64, 64> filter{};
    QList<quint32> keys;
    QList<double> weights; // 0 marks an empty slot (real weights are > 0)
    quint32 shift = 32;
    double self = 0; // score of the target against itself (normalises scores to 0..1)

    static quint32 slotOf(quint32 term, quint32 shift) { return quint32(term * 0x9E3779B1u) >> shift; }

    void insert(quint32 term, double weight)
    {
        filter[(term >> 6) & 63] |= quint64(1) << (term & 63);
        const quint32 mask = quint32(keys.size() - 1);
        for (quint32 slot = slotOf(term, shift);; slot = (slot + 1) & mask) {
            if (weights[slot] == 0) {
                keys[slot] = term;
                weights[slot] = weight;
                return;
            }
        }
    }

    double weight(quint32 term) const
    {
        if (!(filter[(term >> 6) & 63] & (quint64(1) << (term & 63))))
            return 0;
        const quint32 mask = quint32(keys.size() - 1);
        for (quint32 slot = slotOf(term, shift);; slot = (slot + 1) & mask) {
            if (weights[slot] == 0)
                return 0;
            if (keys[slot] == term)
                return weights[slot];
        }
    }
};

// Query terms with their (normalised, sublinear) term weights.
QList<TermWeight> termWeights(const TermVector &vector)
{
    QList<TermWeight> out;
    out.reserve(vector.size());
    for (qsizetype i = 0; i < vector.size(); ++i)
        out.append({vector.terms()[i], vector.weights()[i]});
    return out;
}

Query makeQuery(QList<TermWeight> terms, const DocumentFrequencies &df, int queryTerms,
                double idfPower)
{
    Query query;
    // Select by tf·idf, weight by tf·idf^(p/2) on each side of the dot product.
    struct Entry
    {
        quint32 term;
        double tf;
        double idf;
        double rank;
    };
    QList<Entry> top;
    top.reserve(terms.size());
    const double half = std::max(0.0, idfPower) / 2;
    for (const TermWeight &term : terms) {
        if (term.weight <= 0)
            continue;
        const double idf = df.idf(term.term);
        top.append({term.term, double(term.weight), std::pow(idf, half), term.weight * idf});
    }
    const auto better = [](const Entry &a, const Entry &b) {
        return a.rank != b.rank ? a.rank > b.rank : a.term < b.term;
    };
    if (queryTerms > 0 && queryTerms < top.size()) {
        std::partial_sort(top.begin(), top.begin() + queryTerms, top.end(), better);
        top.resize(queryTerms);
    }
    double norm = 0;
    for (const Entry &entry : top) {
        const double weight = entry.tf * entry.idf;
        norm += weight * weight;
    }
    norm = norm > 0 ? 1.0 / std::sqrt(norm) : 0.0;
    int bits = 4;
    while ((qsizetype(1) << bits) < top.size() * 2)
        ++bits;
    query.shift = quint32(32 - bits);
    query.keys.resize(qsizetype(1) << bits);
    query.weights.resize(qsizetype(1) << bits);
    for (const Entry &entry : std::as_const(top)) {
        const double weight = entry.tf * entry.idf * norm * entry.idf;
        if (weight <= 0)
            continue;
        query.insert(entry.term, weight);
        query.self += weight * entry.tf;
    }
    return query;
}

double score(const Query &query, const TermVector &vector)
{
    const quint32 *terms = vector.terms().constData();
    const float *weights = vector.weights().constData();
    double sum = 0;
    for (qsizetype j = 0, n = vector.size(); j < n; ++j)
        sum += query.weight(terms[j]) * weights[j];
    return query.self > 0 ? std::clamp(sum / query.self, 0.0, 1.0) : 0.0;
}

double recencyFactor(const RelatedCandidate &target, const RelatedCandidate &candidate,
                     const RelatedScorer::Options &options)
{
    if (options.halfLifeHours <= 0 || !candidate.published.isValid())
        return 1.0;
    const QDateTime reference =
        options.referenceTime.isValid() ? options.referenceTime : target.published;
    if (!reference.isValid())
        return 1.0;
    const double ageHours = std::abs(double(candidate.published.secsTo(reference))) / 3600.0;
    const double weight = std::clamp(options.recencyWeight, 0.0, 1.0);
    return (1.0 - weight) + weight * std::exp2(-ageHours / options.halfLifeHours);
}

// Equal non-empty content hashes (cheap first-byte test before the compare).
bool sameContent(const QByteArray &a, const QByteArray &b)
{
    return !a.isEmpty() && a.size() == b.size() && a.front() == b.front() && a == b;
}

struct Scored
{
    qsizetype index = 0;
    double score = 0;
};

// Relevance of every candidate (self, copies and near-copies left out),
// with the category bonus and the recency factor applied.
QList<Scored> scoreAll(const RelatedCandidate &target, const QList<RelatedCandidate> &candidates,
                       const Query &query, const RelatedScorer::Options &options)
{
    QList<Scored> scored;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const RelatedCandidate &candidate = candidates[i];
        if (candidate.id == target.id || sameContent(candidate.contentHash, target.contentHash))
            continue;
        double value = score(query, candidate.vector);
        if (value < options.minScore)
            continue;
        // Near-identical text: the same article under another id or link.
        if (value > 0.5 && target.vector.cosine(candidate.vector) >= options.duplicateThreshold)
            continue;
        if (target.categoryId != 0 && candidate.categoryId == target.categoryId)
            value *= 1.0 + options.sameCategoryBonus;
        value *= recencyFactor(target, candidate, options);
        scored.append({i, value});
    }
    return scored;
}

// The best-scored candidates (indexes), best first, when feedback applies.
QList<qsizetype> topForFeedback(const RelatedCandidate &target,
                                const QList<RelatedCandidate> &candidates, QList<Scored> scored,
                                const RelatedScorer::Options &options)
{
    QList<qsizetype> out;
    if (options.feedbackDocuments <= 0 || target.vector.size() > options.feedbackMaxTerms)
        return out;
    const qsizetype k = std::min<qsizetype>(options.feedbackDocuments, scored.size());
    std::partial_sort(scored.begin(), scored.begin() + k, scored.end(),
                      [&](const Scored &a, const Scored &b) {
                          return a.score != b.score
                                  ? a.score > b.score
                                  : candidates[a.index].id < candidates[b.index].id;
                      });
    for (qsizetype r = 0; r < k; ++r)
        out.append(scored[r].index);
    return out;
}

} // namespace

double RelatedScorer::relevance(const TermVector &target, const TermVector &candidate,
                                const DocumentFrequencies &df, int queryTerms, double idfPower)
{
    return score(makeQuery(termWeights(target), df, queryTerms, idfPower), candidate);
}

bool RelatedScorer::sameStory(const RelatedCandidate &a, const RelatedCandidate &b,
                              const StoryClusterer::Options &options)
{
    if (a.feedId == b.feedId)
        return false;
    if (a.storyCluster != 0 && b.storyCluster != 0)
        return a.storyCluster == b.storyCluster;
    return StoryClusterer::sameStory({a.id, a.feedId, a.published, a.signature},
                                     {b.id, b.feedId, b.published, b.signature}, options);
}

bool RelatedScorer::sameHeadlineStory(const RelatedCandidate &a, const RelatedCandidate &b,
                                      const DocumentFrequencies &df, const Options &options)
{
    if (options.headlineStoryRelevance <= 0 || a.feedId == b.feedId || a.vector.isEmpty()
        || b.vector.isEmpty() || a.vector.size() > options.feedbackMaxTerms
        || b.vector.size() > options.feedbackMaxTerms) {
        return false;
    }
    // Undated items could be years apart: the same words then make a
    // follow-up or a yearly event, not the same story.
    if (!a.published.isValid() || !b.published.isValid()
        || std::abs(a.published.secsTo(b.published)) > options.story.windowSeconds) {
        return false;
    }
    if (a.storyCluster != 0 && a.storyCluster == b.storyCluster)
        return true;
    // A rare term in common: what tells one story from the next day's
    // report on the same subject ("Plosser", "$3.2bn", not "stocks", "Fed").
    const double rare =
            options.headlineStoryAnchor * (std::log(1.0 + double(df.documentCount())) + 1.0);
    bool anchored = false;
    const QList<quint32> &terms = a.vector.terms();
    for (quint32 term : terms) {
        if (df.frequency(term) > 0 && df.idf(term) >= rare && b.vector.weight(term) > 0) {
            anchored = true;
            break;
        }
    }
    if (!anchored)
        return false;
    const double forward = relevance(a.vector, b.vector, df, options.queryTerms, options.idfPower);
    if (forward < options.headlineStoryRelevance)
        return false;
    return relevance(b.vector, a.vector, df, options.queryTerms, options.idfPower)
            >= options.headlineStoryRelevance;
}

QByteArray RelatedScorer::contentHash(QStringView title, QStringView text)
{
    QString joined;
    joined.reserve(title.size() + text.size() + 1);
    joined.append(title).append(u'\n').append(text);
    const QString folded = joined.simplified().toCaseFolded();
    return QCryptographicHash::hash(folded.toUtf8(), QCryptographicHash::Sha1);
}

QList<qsizetype> RelatedScorer::feedbackSources(const RelatedCandidate &target,
                                                const QList<RelatedCandidate> &candidates,
                                                const DocumentFrequencies &df,
                                                const Options &options)
{
    if (options.limit <= 0 || target.vector.isEmpty())
        return {};
    return topForFeedback(target, candidates,
                          scoreAll(target, candidates,
                                   makeQuery(termWeights(target.vector), df, options.queryTerms,
                                             options.idfPower),
                                   options),
                          options);
}

QList<RelatedItem> RelatedScorer::rank(const RelatedCandidate &target,
                                       const QList<RelatedCandidate> &candidates,
                                       const DocumentFrequencies &df, const Options &options)
{
    QList<RelatedItem> result;
    if (options.limit <= 0 || target.vector.isEmpty())
        return result;
    const QList<TermWeight> targetTerms = termWeights(target.vector);
    QList<Scored> scored =
            scoreAll(target, candidates,
                     makeQuery(targetTerms, df, options.queryTerms, options.idfPower), options);
    // Pseudo-relevance feedback for a short target (a headline, a summary):
    // its few words are widened by the words of its best matches, which
    // name the same things in other words (Rocchio: the target plus the
    // matches' mean vector, weighted), and the candidates are scored again.
    // Costs one more pass over the candidates, only for short targets.
    if (const QList<qsizetype> sources = topForFeedback(target, candidates, scored, options);
        !sources.isEmpty()) {
        QHash<quint32, double> expanded;
        expanded.reserve(targetTerms.size() * (sources.size() + 1));
        for (const TermWeight &term : targetTerms)
            expanded[term.term] += term.weight;
        const double share = std::max(0.0, options.feedbackWeight) / double(sources.size());
        for (qsizetype index : sources) {
            const TermVector &vector = candidates[index].vector;
            for (qsizetype j = 0; j < vector.size(); ++j)
                expanded[vector.terms()[j]] += share * vector.weights()[j];
        }
        QList<TermWeight> terms;
        terms.reserve(expanded.size());
        for (auto it = expanded.cbegin(); it != expanded.cend(); ++it)
            terms.append({it.key(), float(it.value())});
        scored = scoreAll(
                target, candidates,
                makeQuery(std::move(terms), df, options.feedbackQueryTerms, options.idfPower),
                options);
    }
    const auto better = [&](const Scored &a, const Scored &b) {
        return a.score != b.score ? a.score > b.score : candidates[a.index].id < candidates[b.index].id;
    };
    const qsizetype pool = std::min<qsizetype>(scored.size(), std::max(options.poolSize, options.limit));
    std::partial_sort(scored.begin(), scored.begin() + pool, scored.end(), better);
    scored.resize(pool);

    // Greedy MMR: trade relevance against similarity to what is already listed.
    // Only similarity above the floor counts (same-topic articles are welcome,
    // rewrites of one story are not); copies of a listed text and a second
    // article of a listed story are skipped outright.
    const double lambda = std::clamp(options.diversity, 0.0, 1.0);
    const double floor = std::clamp(options.redundancyFloor, 0.0, 0.99);
    QList<qsizetype> picked; // indexes into `scored`
    QList<double> redundancy(scored.size(), 0.0);
    QList<bool> open(scored.size(), true);
    while (picked.size() < options.limit) {
        qsizetype best = -1;
        double bestValue = 0;
        for (qsizetype s = 0; s < scored.size(); ++s) {
            if (!open[s])
                continue;
            if (!picked.isEmpty()) {
                const RelatedCandidate &candidate = candidates[scored[s].index];
                const RelatedCandidate &listed = candidates[scored[picked.back()].index];
                const double similarity = candidate.vector.cosine(listed.vector);
                if (similarity >= options.duplicateThreshold
                    || sameContent(candidate.contentHash, listed.contentHash)
                    || (candidate.storyCluster != 0 && candidate.storyCluster == listed.storyCluster)
                    || (!candidate.signature.isEmpty()
                        && candidate.signature.similarity(listed.signature) >= options.story.threshold)) {
                    open[s] = false;
                    continue;
                }
                redundancy[s] = std::max(redundancy[s], (similarity - floor) / (1.0 - floor));
            }
            const double value = scored[s].score - lambda * redundancy[s];
            if (best < 0 || value > bestValue) {
                best = s;
                bestValue = value;
            }
        }
        if (best < 0)
            break;
        open[best] = false;
        picked.append(best);
    }
    for (qsizetype p : std::as_const(picked)) {
        const RelatedCandidate &candidate = candidates[scored[p].index];
        result.append({candidate.id, scored[p].score,
                       sameStory(target, candidate, options.story)
                               || sameHeadlineStory(target, candidate, df, options)});
    }
    return result;
}
