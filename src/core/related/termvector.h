#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringView>

#include <optional>
#include <utility>

class DocumentFrequencies;

struct TermWeight
{
    quint32 term = 0;
    float weight = 0;
};

// A bag of stemmed terms of one article: sorted term ids (a stable 32-bit hash
// of the stemmed term, see termId()) with integer counts (title and summary
// occurrences count several times) and L2-normalised sublinear weights
// (1 + ln count). It holds no corpus statistics, so a stored vector never
// goes stale when articles arrive: idf is applied when scoring.
//
// An item that is little more than its headline (aggregator and link-blog
// feeds) has five or six words to be matched on, so its vector says more
// with each: the numbers in it, its names (capitalised words inside a
// sentence-case headline, acronyms) counted more, and the character
// trigrams of its terms ("ukrain", "ukrainian"; "econom", "economi"), which
// match word forms the stemmer leaves apart and names spelt two ways. The
// trigrams are terms of their own ids (never equal to a word's), so the
// stored format does not change.
class TermVector final
{
public:
    struct Options
    {
        int titleWeight = 2;   // a title occurrence counts this many times
        int summaryWeight = 2; // a feed-summary occurrence
        int textWeight = 1;    // an occurrence in the extracted text
        int maxTerms = 192;    // keep the most frequent terms (0: all)
        bool numbers = false;  // keep number tokens ("2004", "1.5bn")
        // A "headline-only" item: summary and text hold fewer content words than this.
        int shortBodyWords = 5;
        int headlineGrams = 3;    // character n-grams of a headline-only item's terms (0: off)
        int headlineNameBoost = 1; // extra count of a name in a headline-only item
        bool headlineNumbers = true; // a headline-only item keeps its numbers
    };

    static constexpr int MaxDecodedTerms = 8192;
    static constexpr quint32 MaxCount = 1u << 20;

    TermVector() = default;

    static TermVector fromArticle(QStringView title, QStringView summary, QStringView text,
                                  const Options &options);
    static TermVector fromArticle(QStringView title, QStringView summary, QStringView text)
    {
        return fromArticle(title, summary, text, Options{});
    }
    // Unsorted (term, count) pairs; duplicates are summed, zero counts dropped.
    static TermVector fromCounts(QList<std::pair<quint32, quint32>> counts, int maxTerms = 0);

    // Stable across runs and platforms (FNV-1a over UTF-16, folded to 32 bits).
    static quint32 termId(QStringView term);
    // The id of a character n-gram (distinct from any word's id).
    static quint32 gramId(QStringView gram);

    qsizetype size() const { return m_terms.size(); }
    bool isEmpty() const { return m_terms.isEmpty(); }
    const QList<quint32> &terms() const { return m_terms; }
    const QList<quint32> &counts() const { return m_counts; }
    const QList<float> &weights() const { return m_weights; }
    float weight(quint32 term) const;

    // Cosine of the two weight vectors (both are L2-normalised): 0..1.
    double cosine(const TermVector &other) const;

    // The k terms that best describe this article (weight × idf), best first:
    // the terms of a "more like this" query.
    QList<TermWeight> topTerms(int k, const DocumentFrequencies &df) const;

    // Compact blob: version byte, varint count, varint term-id deltas, varint counts.
    QByteArray encode() const;
    // nullopt for anything encode() cannot have produced (never crashes).
    static std::optional<TermVector> decode(QByteArrayView blob);

    friend bool operator==(const TermVector &a, const TermVector &b)
    {
        return a.m_terms == b.m_terms && a.m_counts == b.m_counts;
    }

private:
    void computeWeights();

    QList<quint32> m_terms;  // ascending, unique
    QList<quint32> m_counts; // parallel to m_terms, each >= 1
    QList<float> m_weights;  // parallel, L2 norm 1
};
