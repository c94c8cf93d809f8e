#include "tokenizer.h"

#include "englishstemmer.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

const QSet<QString> &stopWords()
{
    // The Snowball English stop list, contractions included, plus reporting
    // verbs and fillers that carry no topic in news copy.
    static const QSet<QString> words = [] {
        const char *const list[] = {
            "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours",
            "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers",
            "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves",
            "what", "which", "who", "whom", "this", "that", "these", "those", "am", "is", "are",
            "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does",
            "did", "doing", "would", "should", "could", "ought", "i'm", "you're", "he's",
            "she's", "it's", "we're", "they're", "i've", "you've", "we've", "they've", "i'd",
            "you'd", "he'd", "she'd", "we'd", "they'd", "i'll", "you'll", "he'll", "she'll",
            "we'll", "they'll", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't",
            "hadn't", "doesn't", "don't", "didn't", "won't", "wouldn't", "shan't", "shouldn't",
            "can't", "cannot", "couldn't", "mustn't", "let's", "that's", "who's", "what's",
            "here's", "there's", "when's", "where's", "why's", "how's", "a", "an", "the", "and",
            "but", "if", "or", "because", "as", "until", "while", "of", "at", "by", "for",
            "with", "about", "against", "between", "into", "through", "during", "before",
            "after", "above", "below", "to", "from", "up", "down", "in", "out", "on", "off",
            "over", "under", "again", "further", "then", "once", "here", "there", "when",
            "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other",
            "some", "such", "no", "nor", "not", "only", "own", "same", "so", "than", "too",
            "very", "will", "can", "just", "should", "now", "us",
            // news fillers
            "said", "says", "say", "saying", "told", "tell", "also", "mr", "mrs", "ms", "dr",
            "may", "might", "must", "shall", "yet", "still", "even", "however", "many", "much",
            "one", "get", "got", "like", "well", "back", "since", "among", "around", "upon",
            "via", "per", "within", "without", "though", "although", "whether", "another",
            "already", "ever", "every", "including", "according", "added", "adding"};
        QSet<QString> set;
        for (const char *word : list)
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

QString foldCase(QStringView word)
{
    QString folded;
    folded.reserve(word.size());
    bool ascii = true;
    for (QChar c : word) {
        if (c.unicode() >= 0x80)
            ascii = false;
        if (isApostrophe(c))
            folded.append(u'\'');
        else
            folded.append(c.toLower());
    }
    if (ascii)
        return folded;
    const QString decomposed = folded.normalized(QString::NormalizationForm_KD);
    QString stripped;
    stripped.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            stripped.append(c.toLower());
    }
    return stripped;
}

// Share of upper-case letters: an all-caps text has no acronyms to find.
bool mostlyUpperCase(QStringView text)
{
    qsizetype letters = 0;
    qsizetype upper = 0;
    for (QChar c : text.first(std::min<qsizetype>(text.size(), 2000))) {
        if (c.isLetter()) {
            ++letters;
            upper += c.isUpper() ? 1 : 0;
        }
    }
    return letters > 0 && upper * 10 > letters * 6;
}

} // namespace

bool Tokenizer::isStopWord(QStringView word)
{
    return stopWords().contains(word.toString());
}

QList<Token> Tokenizer::tokenize(QStringView text) const
{
    text = text.first(std::min(text.size(), m_options.maxChars));
    const bool shouting = mostlyUpperCase(text);
    QList<Token> tokens;
    tokens.reserve(text.size() / 7);
    bool sentenceStart = true;
    int words = 0;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (!isWordChar(c)) {
            if (c == u'.' || c == u'!' || c == u'?' || c == u'\n')
                sentenceStart = true;
            ++i;
            continue;
        }
        // Dotted acronym: "U.S.", "U.N.", "e.g." — single letters each followed by a dot.
        QString acronymLetters;
        qsizetype j = i;
        while (j + 1 < n && text[j].isLetter() && text[j + 1] == u'.'
               && (j + 2 >= n || !isWordChar(text[j + 2]) || (j + 3 < n && text[j + 3] == u'.'))) {
            acronymLetters.append(text[j]);
            j += 2;
        }
        Token token;
        token.sentenceStart = sentenceStart;
        token.capitalized = c.isUpper();
        token.index = words++;
        sentenceStart = false;
        qsizetype end = i;
        QString surface;
        if (acronymLetters.size() >= 2) {
            end = j;
            token.acronym = true;
            token.term = foldCase(acronymLetters);
        } else {
            bool hasDigit = false;
            bool allUpper = true;
            while (end < n) {
                const QChar d = text[end];
                if (isWordChar(d)) {
                    hasDigit = hasDigit || d.isDigit();
                    allUpper = allUpper && !d.isLower();
                    ++end;
                } else if (end + 1 < n && end > i
                           && ((isApostrophe(d) && text[end - 1].isLetter() && text[end + 1].isLetter())
                               || ((d == u'.' || d == u',') && text[end - 1].isDigit()
                                   && text[end + 1].isDigit()))) {
                    ++end;
                } else {
                    break;
                }
            }
            const QStringView word = text.sliced(i, end - i);
            token.number = hasDigit;
            token.term = foldCase(word);
            if (hasDigit)
                token.term.remove(u',');
            token.acronym = !hasDigit && !shouting && allUpper && word.size() >= 2 && word.size() <= 6;
        }
        i = end;
        if (token.term.size() > m_options.maxWordLength)
            continue;
        if (token.number) {
            if (!m_options.keepNumbers)
                continue;
        } else if (!token.acronym) {
            if (token.term.size() < 2)
                continue;
            if (m_options.dropStopWords && stopWords().contains(token.term))
                continue;
            if (m_options.stem)
                token.term = EnglishStemmer::stem(token.term);
        }
        if (!token.term.isEmpty())
            tokens.append(std::move(token));
    }
    return tokens;
}

QStringList Tokenizer::terms(QStringView text) const
{
    QStringList out;
    const QList<Token> tokens = tokenize(text);
    out.reserve(tokens.size());
    for (const Token &token : tokens)
        out.append(token.term);
    return out;
}
