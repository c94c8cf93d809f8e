#include "relatedstories.h"
#include "library.h"
#include "textutil.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using Terms = QHash<QString, double>;

Terms termsOf(const Article &a)
{
    static const QSet<QString> stop = {
            u"the"_s, u"a"_s, u"an"_s, u"and"_s, u"or"_s, u"of"_s, u"to"_s, u"in"_s, u"on"_s,
            u"for"_s, u"with"_s, u"by"_s, u"at"_s, u"from"_s, u"as"_s, u"is"_s, u"are"_s,
            u"was"_s, u"were"_s, u"be"_s, u"been"_s, u"it"_s, u"its"_s, u"this"_s, u"that"_s,
            u"their"_s, u"they"_s, u"has"_s, u"have"_s, u"had"_s, u"but"_s, u"not"_s, u"over"_s,
            u"after"_s, u"into"_s, u"about"_s, u"said"_s, u"will"_s, u"would"_s, u"also"_s,
            u"more"_s, u"than"_s, u"both"_s, u"while"_s, u"which"_s, u"who"_s, u"new"_s};
    static const QRegularExpression words(u"[\\p{L}\\p{N}]{3,}"_s);
    Terms terms;
    const auto add = [&](const QString &text, double weight) {
        auto it = words.globalMatch(text.toLower());
        while (it.hasNext()) {
            const QString word = it.next().captured();
            if (!stop.contains(word))
                terms[word] += weight;
        }
    };
    add(a.title, 2.0);
    add(a.summary, 1.0);
    add(a.contentText.isEmpty() ? a.contentHtml : a.contentText, 1.0);
    return terms;
}

double cosine(const Terms &a, const Terms &b)
{
    double dot = 0, na = 0, nb = 0;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        na += it.value() * it.value();
        dot += it.value() * b.value(it.key());
    }
    for (double v : b)
        nb += v * v;
    return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0.0;
}

} // namespace

RelatedStories::RelatedStories(const Library &library, int candidates)
    : m_library(library), m_candidates(candidates)
{
}

Result<QList<RelatedStory>> RelatedStories::find(const Article &article, int limit) const
{
    auto recent = m_library.articles().recent(m_candidates);
    if (!recent)
        return recent.error();
    auto feeds = m_library.feeds().all();
    if (!feeds)
        return feeds.error();
    QHash<qint64, QString> feedTitles;
    for (const Feed &feed : feeds.value())
        feedTitles.insert(feed.id, feed.title);

    const Terms target = termsOf(article);
    const QByteArray ownHash = articleContentHash(article);
    struct Scored
    {
        double score;
        const Article *article;
    };
    QList<Scored> scored;
    for (const Article &candidate : recent.value()) {
        if (candidate.id == article.id || articleContentHash(candidate) == ownHash)
            continue;
        const double score = cosine(target, termsOf(candidate));
        if (score > 0.02)
            scored.append({score, &candidate});
    }
    std::sort(scored.begin(), scored.end(),
              [](const Scored &a, const Scored &b) { return a.score > b.score; });
    QList<RelatedStory> out;
    for (const Scored &s : scored) {
        if (out.size() >= limit)
            break;
        out.append({s.article->id, s.article->title, TextUtil::elide(s.article->summary, 200),
                    feedTitles.value(s.article->feedId), false});
    }
    return out;
}
