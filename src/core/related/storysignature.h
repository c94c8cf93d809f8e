#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QStringView>

#include <optional>

// A MinHash signature of the title and lead of an article, for telling when
// two sources report the same event.
//
// Why MinHash and not SimHash: rewrites of one event by different sources
// share words and names but not sentences or word order. MinHash estimates
// the (weighted) Jaccard similarity of the two sets of terms directly and
// with a known error (about 0.04 at 128 slots), whatever the order; SimHash's
// Hamming distance is a good near-duplicate test for text that differs by a
// few edits, but for rewrites of the same facts its distances overlap with
// those of unrelated stories on the same topic. The shingles are single
// stemmed content words (phrases do not survive rewording) plus names (runs
// of capitalised words inside a sentence, acronyms) and numbers, each counted
// nameWeight times (weighted Jaccard by replication), since they are what
// separates two earthquakes or two earnings reports. Slots keep the top 16
// bits of each minimum (chance collisions 1 in 65,536).
class StorySignature final
{
public:
    static constexpr int Slots = 128;

    struct Options
    {
        int leadTerms = 45;     // content terms of the lead (summary, else text) taken
        int nameWeight = 10;    // copies of a name or number in the shingle set
    };

    StorySignature() = default;

    static StorySignature fromArticle(QStringView title, QStringView summary, QStringView text,
                                      const Options &options);
    static StorySignature fromArticle(QStringView title, QStringView summary, QStringView text)
    {
        return fromArticle(title, summary, text, Options{});
    }

    bool isEmpty() const { return m_values.isEmpty(); }
    const QList<quint16> &values() const { return m_values; }

    // Estimated weighted Jaccard similarity of the two shingle sets, 0..1
    // (0 when either is empty).
    double similarity(const StorySignature &other) const;

    // LSH band keys (Slots / rowsPerBand of them): two signatures sharing a key
    // are candidates for sameStory(). Lets the storage index find candidates
    // without comparing against every recent article.
    QList<quint64> bandKeys(int rowsPerBand = 2) const;

    QByteArray encode() const; // version byte + Slots × 2 bytes little-endian
    static std::optional<StorySignature> decode(QByteArrayView blob);

    friend bool operator==(const StorySignature &a, const StorySignature &b)
    {
        return a.m_values == b.m_values;
    }

private:
    QList<quint16> m_values; // empty, or Slots minimum hashes
};
