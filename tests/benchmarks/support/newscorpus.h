#pragma once

// A news-shaped benchmark corpus: items whose bodies are realistic HTML
// (paragraphs, links, a figure with an image, inline markup, entities; mostly
// 1-8 KB, some full articles of 10-30 KB) written in real sentences when the
// shared corpora are there (related/*.jsonl: BBC and MasakhaNews English
// articles) and in a built-in Zipf-distributed vocabulary otherwise. Feeds
// carry wire copy (the same story in many outlets, the outlet's own headline
// and footer around it), templated feeds (weather, markets) whose items
// differ only in their numbers, and the site's boilerplate in every item.
// Everything is a pure function of (seed, feed, index, version): two runs,
// or two processes, make the same bytes.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

struct NewsItem
{
    QString guid;
    QString title;
    QString link;
    QString author;
    QStringList categories;
    QDateTime published;
    QString summary; // the first paragraph as plain text
    QString html; // the body
    QString imageUrl; // the figure's image, empty when the item has none
    qint64 story = 0; // same value: the same story (wire copy)
    bool syndicated = false;
    bool templated = false;
};

class NewsCorpus final
{
public:
    // corporaDir: the shared corpora folder (default $MASTHEAD_CORPORA); its
    // related/*.jsonl give the sentences and headlines when present.
    explicit NewsCorpus(quint64 seed = 1, const QString &corporaDir = defaultCorporaDir());

    static QString defaultCorporaDir();

    // Where the words come from, for the benchmark's report.
    QString source() const { return m_source; }
    qsizetype sentenceCount() const { return m_sentences.size(); }

    // Item `index` of `feed` as published at `version` (a changed feed has a
    // new version: its items are new stories). Images point under imageBase
    // (no trailing slash), e.g. a loopback server's URL.
    NewsItem item(int feed, int index, int version = 0, const QString &imageBase = QString()) const;

    // The feed as RSS 2.0: <description> the summary (escaped),
    // <content:encoded> the body (CDATA), <dc:creator>, <category>s.
    // htmlBytes, when given, gets the UTF-8 bytes of the bodies added to it.
    QByteArray rss(int feed, int version, int items, const QString &imageBase = QString(),
                   qint64 *htmlBytes = nullptr) const;

    // A web page for a story's link (path: the URL's path), for the items
    // whose feed carries only a summary.
    QByteArray page(const QString &path) const;

    // Every 25th feed, from the 4th on, is templated (weather, markets).
    static bool isTemplated(int feed) { return feed % 25 == 3; }

private:
    QString sentence(quint64 &state) const;
    QString paragraph(quint64 &state, int sentences, bool markup) const;
    QString storyBody(qint64 story, int targetBytes, const QString &imageUrl) const;
    QString headline(qint64 story) const;
    NewsItem templatedItem(int feed, int index, int version, const QString &imageBase) const;

    quint64 m_seed;
    QString m_source;
    QStringList m_sentences;
    QStringList m_titles;
    QStringList m_categories;
};
