#include "onelinesummary.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QSet<QString> &abbreviations()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *word :
             {"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "gov", "sen", "rep",
              "col", "lt", "sgt", "capt", "cmdr", "adm", "rev", "hon", "pres", "supt", "det",
              "insp", "inc", "ltd", "co", "corp", "bros", "plc", "vs", "no", "nos", "vol", "fig",
              "approx", "est", "dept", "univ", "ave", "rd", "mt", "ft", "jan", "feb", "mar",
              "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
              "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "e.g", "i.e", "a.m",
              "p.m", "cf", "al"}) {
            set.insert(QString::fromLatin1(word));
        }
        return set;
    }();
    return words;
}

const QSet<QString> &sentenceStarters()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *word :
             {"the", "a", "an", "it", "he", "she", "they", "we", "i", "but", "and", "in", "on",
              "this", "that", "these", "those", "there", "its", "his", "her", "their", "our",
              "officials", "police", "however", "meanwhile", "now", "after", "when", "while"}) {
            set.insert(QString::fromLatin1(word));
        }
        return set;
    }();
    return words;
}

bool isClosing(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == QChar(0x201D) || c == QChar(0x2019)
        || c == u']';
}

// The word that ends at `end` (exclusive), without leading punctuation.
QStringView wordBefore(QStringView text, qsizetype end)
{
    qsizetype start = end;
    while (start > 0 && !text[start - 1].isSpace())
        --start;
    QStringView word = text.sliced(start, end - start);
    while (!word.isEmpty() && !word.front().isLetterOrNumber())
        word = word.sliced(1);
    return word;
}

QStringView wordAfter(QStringView text, qsizetype start)
{
    qsizetype end = start;
    while (end < text.size() && text[end].isLetter())
        ++end;
    return text.sliced(start, end - start);
}

// Is the '.' at `dot` (followed by a space) the end of a sentence?
bool endsSentenceAtDot(QStringView text, qsizetype dot, qsizetype nextWord)
{
    const QStringView word = wordBefore(text, dot);
    if (word.isEmpty())
        return true;
    if (word.size() == 1 && word.front().isUpper())
        return false; // an initial: "J. Smith"
    const QString lower = word.toString().toLower();
    if (abbreviations().contains(lower))
        return false;
    const bool dottedLetters = std::all_of(lower.cbegin(), lower.cend(), [](QChar c) {
        return c.isLetter() || c == u'.';
    });
    if (dottedLetters && lower.contains(u'.')) {
        // "U.S. officials" goes on; "in the U.S. The president" ends.
        return sentenceStarters().contains(wordAfter(text, nextWord).toString().toLower());
    }
    return true;
}

qsizetype firstSentenceEnd(QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c != u'.' && c != u'!' && c != u'?' && c != QChar(0x2026))
            continue;
        qsizetype end = i + 1;
        while (end < n && (isClosing(text[end]) || text[end] == u'.'))
            ++end;
        if (end >= n)
            return n;
        if (!text[end].isSpace())
            continue; // "1.5", "example.com", "Yahoo!'s"
        qsizetype next = end;
        while (next < n && text[next].isSpace())
            ++next;
        if (next < n && text[next].isLower())
            continue;
        if (c == u'.' && !endsSentenceAtDot(text, i, next))
            continue;
        return end;
    }
    return n;
}

QString cutOnWord(QStringView sentence, int maxChars)
{
    if (sentence.size() <= maxChars)
        return sentence.toString();
    const QChar ellipsis(0x2026);
    qsizetype cut = maxChars - 1;
    while (cut > 0 && !sentence[cut].isSpace())
        --cut;
    if (cut <= maxChars / 3)
        cut = maxChars - 1; // one giant word: cut inside it
    if (cut > 0 && sentence[cut - 1].isHighSurrogate())
        --cut;
    QStringView head = sentence.first(cut).trimmed();
    while (!head.isEmpty() && (head.back() == u',' || head.back() == u';' || head.back() == u':'
                               || head.back() == u'-' || head.back() == QChar(0x2014)
                               || head.back().isSpace())) {
        head.chop(1);
    }
    return head.toString() + ellipsis;
}

} // namespace

QString oneLineSummary(QStringView summary, QStringView text, int maxChars)
{
    maxChars = std::max(maxChars, 2);
    // Enough of the source for one sentence; hostile input stays bounded.
    const qsizetype window = qsizetype(maxChars) * 8 + 2000;
    QString source = summary.first(std::min(summary.size(), window)).toString().simplified();
    if (source.isEmpty())
        source = text.first(std::min(text.size(), window)).toString().simplified();
    if (source.isEmpty())
        return {};
    const qsizetype end = firstSentenceEnd(source);
    return cutOnWord(QStringView(source).first(end).trimmed(), maxChars);
}
