#include "termvector.h"

#include "documentfrequencies.h"
#include "tokenizer.h"
#include "varint_p.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

constexpr char FormatVersion = 1;

void add(QHash<quint32, quint32> &counts, quint32 term, int weight)
{
    quint32 &count = counts[term];
    count = std::min<quint32>(count + quint32(std::max(weight, 0)), TermVector::MaxCount);
}

void countTerms(QHash<quint32, quint32> &counts, const QList<Token> &tokens, int weight,
                bool numbers)
{
    if (weight <= 0)
        return;
    for (const Token &token : tokens) {
        if (!token.number || numbers)
            add(counts, TermVector::termId(token.term), weight);
    }
}

// Most words capitalised: a title-case headline, whose capitals name nothing.
bool titleCase(const QList<Token> &tokens)
{
    qsizetype words = 0;
    qsizetype capitals = 0;
    for (const Token &token : tokens) {
        if (token.number || token.acronym || token.sentenceStart)
            continue;
        ++words;
        capitals += token.capitalized ? 1 : 0;
    }
    return words >= 2 && capitals * 4 >= words * 3;
}

// The headline of an item with (next to) no body: numbers kept, names
// counted more, and character n-grams of each term ("<ukrain>": "<uk",
// "ukr", ..., "in>").
void countHeadline(QHash<quint32, quint32> &counts, const QList<Token> &tokens,
                   const TermVector::Options &options)
{
    const bool caseSaysNothing = titleCase(tokens);
    const int n = options.headlineGrams;
    QString marked;
    for (const Token &token : tokens) {
        if (token.number && !options.numbers && !options.headlineNumbers)
            continue;
        if (token.number && token.term.size() < 2)
            continue; // "5" in "5 things" says little
        const bool name = token.acronym
                || (!caseSaysNothing && token.capitalized && !token.sentenceStart && !token.number);
        add(counts, TermVector::termId(token.term),
            options.titleWeight + (name ? options.headlineNameBoost : 0));
        if (n <= 0 || token.number)
            continue;
        marked.clear();
        marked.append(u'<').append(token.term).append(u'>');
        for (qsizetype i = 0; i + n <= marked.size(); ++i)
            add(counts, TermVector::gramId(QStringView(marked).sliced(i, n)), 1);
    }
}

} // namespace

quint32 TermVector::termId(QStringView term)
{
    quint64 hash = 14695981039346656037ull;
    for (QChar c : term) {
        hash ^= c.unicode();
        hash *= 1099511628211ull;
    }
    return quint32(hash ^ (hash >> 32));
}

quint32 TermVector::gramId(QStringView gram)
{
    // Seeded apart from termId(), so "<us" and a word never share an id
    // except by a 32-bit accident.
    quint64 hash = 0x9ae16a3b2f90404full;
    for (QChar c : gram) {
        hash ^= c.unicode();
        hash *= 1099511628211ull;
    }
    return quint32(hash ^ (hash >> 32));
}

TermVector TermVector::fromArticle(QStringView title, QStringView summary, QStringView text,
                                   const Options &options)
{
    const Tokenizer tokenizer;
    QHash<quint32, quint32> counts;
    const QList<Token> titleTokens = tokenizer.tokenize(title);
    const QList<Token> summaryTokens =
            options.summaryWeight > 0 ? tokenizer.tokenize(summary) : QList<Token>();
    const QList<Token> textTokens =
            options.textWeight > 0 ? tokenizer.tokenize(text) : QList<Token>();
    const auto words = [](const QList<Token> &tokens) {
        return std::count_if(tokens.cbegin(), tokens.cend(),
                             [](const Token &token) { return !token.number; });
    };
    if (options.titleWeight > 0
        && words(summaryTokens) + words(textTokens) < options.shortBodyWords)
        countHeadline(counts, titleTokens, options);
    else
        countTerms(counts, titleTokens, options.titleWeight, options.numbers);
    countTerms(counts, summaryTokens, options.summaryWeight, options.numbers);
    countTerms(counts, textTokens, options.textWeight, options.numbers);
    QList<std::pair<quint32, quint32>> pairs;
    pairs.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        pairs.append({it.key(), it.value()});
    return fromCounts(std::move(pairs), options.maxTerms);
}

TermVector TermVector::fromCounts(QList<std::pair<quint32, quint32>> counts, int maxTerms)
{
    std::sort(counts.begin(), counts.end());
    // Merge duplicates, drop zeros.
    qsizetype out = 0;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        if (counts[i].second == 0)
            continue;
        if (out > 0 && counts[out - 1].first == counts[i].first)
            counts[out - 1].second = std::min(counts[out - 1].second + counts[i].second, MaxCount);
        else
            counts[out++] = {counts[i].first, std::min(counts[i].second, MaxCount)};
    }
    counts.resize(out);
    if (maxTerms > 0 && counts.size() > maxTerms) {
        // Keep the most frequent terms (ties: lower id), then restore id order.
        std::nth_element(counts.begin(), counts.begin() + maxTerms, counts.end(),
                         [](const auto &a, const auto &b) {
                             return a.second != b.second ? a.second > b.second : a.first < b.first;
                         });
        counts.resize(maxTerms);
        std::sort(counts.begin(), counts.end());
    }
    TermVector vector;
    vector.m_terms.reserve(counts.size());
    vector.m_counts.reserve(counts.size());
    for (const auto &[term, count] : std::as_const(counts)) {
        vector.m_terms.append(term);
        vector.m_counts.append(count);
    }
    vector.computeWeights();
    return vector;
}

void TermVector::computeWeights()
{
    // 1 + ln(count); small counts (nearly all of them) from a table.
    static const auto table = [] {
        std::array<float, 256> values{};
        for (size_t c = 1; c < values.size(); ++c)
            values[c] = float(1.0 + std::log(double(c)));
        return values;
    }();
    m_weights.resize(m_counts.size());
    double norm = 0;
    for (qsizetype i = 0; i < m_counts.size(); ++i) {
        const quint32 count = m_counts[i];
        const double w = count < table.size() ? double(table[count]) : 1.0 + std::log(double(count));
        m_weights[i] = float(w);
        norm += w * w;
    }
    const double scale = norm > 0 ? 1.0 / std::sqrt(norm) : 0.0;
    for (float &w : m_weights)
        w = float(w * scale);
}

float TermVector::weight(quint32 term) const
{
    const auto it = std::lower_bound(m_terms.cbegin(), m_terms.cend(), term);
    return it != m_terms.cend() && *it == term ? m_weights[it - m_terms.cbegin()] : 0.0f;
}

double TermVector::cosine(const TermVector &other) const
{
    double dot = 0;
    qsizetype i = 0;
    qsizetype j = 0;
    const quint32 *a = m_terms.constData();
    const quint32 *b = other.m_terms.constData();
    const qsizetype na = m_terms.size();
    const qsizetype nb = other.m_terms.size();
    while (i < na && j < nb) {
        if (a[i] < b[j]) {
            ++i;
        } else if (a[i] > b[j]) {
            ++j;
        } else {
            dot += double(m_weights[i]) * double(other.m_weights[j]);
            ++i;
            ++j;
        }
    }
    return std::clamp(dot, 0.0, 1.0);
}

QList<TermWeight> TermVector::topTerms(int k, const DocumentFrequencies &df) const
{
    QList<TermWeight> all;
    all.reserve(m_terms.size());
    for (qsizetype i = 0; i < m_terms.size(); ++i)
        all.append({m_terms[i], float(m_weights[i] * df.idf(m_terms[i]))});
    const auto better = [](const TermWeight &a, const TermWeight &b) {
        return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
    };
    if (k >= 0 && k < all.size()) {
        std::partial_sort(all.begin(), all.begin() + k, all.end(), better);
        all.resize(k);
    } else {
        std::sort(all.begin(), all.end(), better);
    }
    return all;
}

QByteArray TermVector::encode() const
{
    QByteArray out;
    out.reserve(2 + m_terms.size() * 6);
    out.append(FormatVersion);
    RelatedVarint::append(out, quint64(m_terms.size()));
    quint32 previous = 0;
    for (qsizetype i = 0; i < m_terms.size(); ++i) {
        // First id absolute, then gaps minus one (ids are strictly increasing).
        RelatedVarint::append(out, i == 0 ? m_terms[0] : m_terms[i] - previous - 1);
        previous = m_terms[i];
    }
    for (quint32 count : m_counts)
        RelatedVarint::append(out, count);
    return out;
}

std::optional<TermVector> TermVector::decode(QByteArrayView blob)
{
    if (blob.isEmpty() || blob[0] != FormatVersion)
        return std::nullopt;
    qsizetype pos = 1;
    const auto size = RelatedVarint::read(blob, pos);
    // Every entry takes at least two bytes: reject impossible sizes before allocating.
    if (!size || *size > quint64(MaxDecodedTerms) || qsizetype(*size) * 2 > blob.size() - pos)
        return std::nullopt;
    const auto n = qsizetype(*size);
    TermVector vector;
    vector.m_terms.resize(n);
    vector.m_counts.resize(n);
    quint32 *terms = vector.m_terms.data();
    quint32 *counts = vector.m_counts.data();
    quint64 previous = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto value = RelatedVarint::read(blob, pos);
        if (!value)
            return std::nullopt;
        const quint64 term = i == 0 ? *value : previous + 1 + *value;
        if (term > 0xffffffffull || *value > 0xffffffffull)
            return std::nullopt;
        terms[i] = quint32(term);
        previous = term;
    }
    for (qsizetype i = 0; i < n; ++i) {
        const auto count = RelatedVarint::read(blob, pos);
        if (!count || *count == 0 || *count > MaxCount)
            return std::nullopt;
        counts[i] = quint32(*count);
    }
    if (pos != blob.size())
        return std::nullopt;
    vector.computeWeights();
    return vector;
}
