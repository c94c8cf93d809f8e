// Related-stories figures: term-vector build cost, encoded size, decode cost,
// and the latency of ranking 2,000 candidates. Prints one JSON document.
// Articles: the BBC set (2,225 news articles) from MASTHEAD_CORPORA.

#include "related/documentfrequencies.h"
#include "related/relatedscorer.h"
#include "related/storysignature.h"
#include "related/termvector.h"

#include "corpora.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    QString title;
    QString text;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p * double(values.size() - 1) + 0.5);
    return values[std::clamp<qsizetype>(index, 0, values.size() - 1)];
}

double mean(const QList<double> &values)
{
    double sum = 0;
    for (double v : values)
        sum += v;
    return values.isEmpty() ? 0 : sum / double(values.size());
}

double round2(double v)
{
    return std::round(v * 100) / 100;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString path = corpusPath(u"related/bbc.jsonl"_s);
    QJsonObject figures{{u"benchmark"_s, u"related"_s}};
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        figures.insert(u"skipped"_s, u"corpus related/bbc.jsonl not found (set MASTHEAD_CORPORA)"_s);
        std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    QList<Text> texts;
    while (!file.atEnd()) {
        const QJsonObject object = QJsonDocument::fromJson(file.readLine()).object();
        if (!object.isEmpty())
            texts.append({object.value("title"_L1).toString(), object.value("text"_L1).toString()});
    }

    // Ingestion: vector, signature, content hash, encode.
    QList<RelatedCandidate> articles;
    QList<QByteArray> blobs;
    QList<double> buildMicros, signatureMicros, sizes;
    DocumentFrequencies df;
    QElapsedTimer timer;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        RelatedCandidate article;
        article.id = i + 1;
        article.feedId = 1 + i % 20;
        timer.start();
        article.vector = TermVector::fromArticle(texts[i].title, {}, texts[i].text);
        buildMicros.append(double(timer.nsecsElapsed()) / 1000.0);
        timer.start();
        article.signature = StorySignature::fromArticle(texts[i].title, {}, texts[i].text);
        signatureMicros.append(double(timer.nsecsElapsed()) / 1000.0);
        article.contentHash = RelatedScorer::contentHash(texts[i].title, texts[i].text);
        blobs.append(article.vector.encode());
        sizes.append(double(blobs.back().size()));
        df.add(article.vector);
        articles.append(std::move(article));
    }
    // Decode cost (a store without a vector cache decodes every candidate).
    timer.start();
    qsizetype decodedTerms = 0;
    for (const QByteArray &blob : std::as_const(blobs))
        decodedTerms += TermVector::decode(blob).value_or(TermVector()).size();
    const double decodeMicros = double(timer.nsecsElapsed()) / 1000.0 / double(blobs.size());

    // Ranking 2,000 candidates for 200 targets.
    constexpr qsizetype CandidateCount = 2000;
    const qsizetype candidateCount = std::min<qsizetype>(CandidateCount, articles.size() - 1);
    QList<double> rankMillis, decodeRankMillis;
    for (qsizetype q = 0; q < 200 && q < articles.size(); ++q) {
        const qsizetype target = (q * 11) % articles.size();
        QList<RelatedCandidate> candidates;
        candidates.reserve(candidateCount);
        for (qsizetype c = 0; candidates.size() < candidateCount; ++c) {
            if (c % articles.size() != target)
                candidates.append(articles[c % articles.size()]);
        }
        timer.start();
        const QList<RelatedItem> related = RelatedScorer::rank(articles[target], candidates, df);
        rankMillis.append(double(timer.nsecsElapsed()) / 1e6);
        Q_UNUSED(related);
        // As a store would: decode the candidates' blobs, then rank.
        timer.start();
        for (RelatedCandidate &candidate : candidates)
            candidate.vector = TermVector::decode(blobs[candidate.id - 1]).value_or(TermVector());
        RelatedScorer::rank(articles[target], candidates, df);
        decodeRankMillis.append(double(timer.nsecsElapsed()) / 1e6);
    }

    // Headline-only items (aggregator feeds): vectors with trigrams, ranking
    // with feedback (a second pass over the candidates).
    QList<RelatedCandidate> headlines;
    DocumentFrequencies headlineDf;
    QList<double> headlineBuildMicros, headlineRankMillis, headlineTerms;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        RelatedCandidate article;
        article.id = i + 1;
        article.feedId = 1 + i % 20;
        timer.start();
        article.vector = TermVector::fromArticle(texts[i].title, {}, {});
        headlineBuildMicros.append(double(timer.nsecsElapsed()) / 1000.0);
        headlineTerms.append(double(article.vector.size()));
        headlineDf.add(article.vector);
        headlines.append(std::move(article));
    }
    for (qsizetype q = 0; q < 200 && q < headlines.size(); ++q) {
        const qsizetype target = (q * 11) % headlines.size();
        QList<RelatedCandidate> candidates;
        candidates.reserve(candidateCount);
        for (qsizetype c = 0; candidates.size() < candidateCount; ++c) {
            if (c % headlines.size() != target)
                candidates.append(headlines[c % headlines.size()]);
        }
        timer.start();
        const QList<RelatedItem> related = RelatedScorer::rank(headlines[target], candidates, headlineDf);
        headlineRankMillis.append(double(timer.nsecsElapsed()) / 1e6);
        Q_UNUSED(related);
    }
    figures.insert(u"headline_only"_s,
                   QJsonObject{{u"vector_build_us_p50"_s, round2(percentile(headlineBuildMicros, 0.5))},
                               {u"mean_terms_per_vector"_s, round2(mean(headlineTerms))},
                               {u"rank_2000_candidates_ms_p50"_s, round2(percentile(headlineRankMillis, 0.5))},
                               {u"rank_2000_candidates_ms_p95"_s, round2(percentile(headlineRankMillis, 0.95))}});

    figures.insert(u"articles"_s, texts.size());
    figures.insert(u"vector_build_us_per_article"_s,
                   QJsonObject{{u"mean"_s, round2(mean(buildMicros))},
                               {u"p50"_s, round2(percentile(buildMicros, 0.5))},
                               {u"p95"_s, round2(percentile(buildMicros, 0.95))}});
    figures.insert(u"signature_build_us_per_article"_s,
                   QJsonObject{{u"mean"_s, round2(mean(signatureMicros))},
                               {u"p95"_s, round2(percentile(signatureMicros, 0.95))}});
    figures.insert(u"vector_encoded_bytes_per_article"_s,
                   QJsonObject{{u"mean"_s, round2(mean(sizes))},
                               {u"p50"_s, percentile(sizes, 0.5)},
                               {u"p95"_s, percentile(sizes, 0.95)},
                               {u"max"_s, percentile(sizes, 1.0)}});
    figures.insert(u"signature_encoded_bytes_per_article"_s, 1 + StorySignature::Slots * 2);
    figures.insert(u"vector_decode_us_per_article"_s, round2(decodeMicros));
    figures.insert(u"mean_terms_per_vector"_s, round2(double(decodedTerms) / double(blobs.size())));
    figures.insert(u"rank_2000_candidates_ms"_s,
                   QJsonObject{{u"candidates"_s, candidateCount},
                               {u"targets"_s, rankMillis.size()},
                               {u"p50"_s, round2(percentile(rankMillis, 0.5))},
                               {u"p95"_s, round2(percentile(rankMillis, 0.95))}});
    figures.insert(u"decode_and_rank_2000_candidates_ms"_s,
                   QJsonObject{{u"p50"_s, round2(percentile(decodeRankMillis, 0.5))},
                               {u"p95"_s, round2(percentile(decodeRankMillis, 0.95))}});
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Indented).constData());
    return 0;
}
