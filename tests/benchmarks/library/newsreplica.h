#pragma once

#include "result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

// Grows a generated news-shaped library R times for the benchmarks, at sizes
// (a million articles) the real store and indexer would take hours to reach.
// Benchmark-only: nothing in the app calls it.
//
// Copy k (1..R-1) of every article gets new ids after the originals, its
// dates shifted k times the library's span (the library spans R times the
// time), and its own wording: the corpus's words (names, places, content
// words; the ~300 most frequent function words stay) are paired at random
// within their class (capitalised names with names, lower-case words with
// lower-case ones) and frequency band, and every word is swapped with its
// partner in the title, summary, text and the HTML body's text (never its
// markup). So a copy of a story is a different story that still reads like
// news, and the vocabulary keeps its Zipf shape: a search word is found
// about R times as often, as in a real library R times the size.
//
// The indexes are kept as the real indexer would leave them: each copy's
// search entry is made from its swapped text; its term vector and story
// signature are computed from that text (computeArticleFeatures), its
// same-story cluster is the copy of its original's cluster (the swap is the
// same across a copy, so wire copies of one story stay one story); the term
// document frequencies count every copy's terms; and, as the indexer prunes
// band rows to the same-story window before the newest article, only the
// newest copy keeps band rows (of its own signatures).
class NewsReplica final
{
public:
    explicit NewsReplica(QSqlDatabase db);

    // Learns the vocabulary from a sample of the stored articles.
    Result<> learn();

    // Adds copies 1..copies-1 of the articles stored now.
    Result<> grow(int copies, const std::function<void(const QString &)> &progress);

    // Copy k's wording of plain text, and of an HTML body (tags, attributes
    // and entities left as they are).
    QString swappedText(QStringView text, int copy) const;
    QString swappedHtml(QStringView html, int copy) const;

    qsizetype vocabularySize() const;

private:
    void appendSwapped(QString &out, QStringView text, const QHash<QString, QString> &swaps) const;
    const QHash<QString, QString> &swapsOf(int copy) const;
    Result<> copyOnce(int copy, qint64 maxId, qint64 span, QHash<qint64, qint64> &df);

    QSqlDatabase m_db;
    // Word classes (names, lower-case words), each most frequent first; a
    // name is kept in the case it is most often written in.
    QList<QStringList> m_classes;
    mutable QHash<int, QHash<QString, QString>> m_swaps; // copy -> lower-case word -> partner
};
