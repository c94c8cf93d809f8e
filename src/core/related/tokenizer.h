#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// One word of English news text after normalisation.
struct Token
{
    QString term;               // lower case, diacritics removed, stemmed (unless number/acronym)
    bool number = false;        // contains a digit ("2004", "1.5bn"; thousands separators dropped)
    bool acronym = false;       // "US", "U.N.", "BBC": kept unstemmed and never a stop word
    bool capitalized = false;   // the surface word began with an upper-case letter
    bool sentenceStart = false; // first word of a sentence (or of the text)
    int index = 0;              // ordinal of the word in the text, dropped words included
};

// Unicode-aware word splitting for English news: lower-casing, stop words,
// the Porter2 stemmer, numbers kept as one token. Pure and reentrant.
class Tokenizer final
{
public:
    struct Options
    {
        bool stem = true;
        bool dropStopWords = true;
        bool keepNumbers = true;
        qsizetype maxChars = 200'000; // longer input is cut (hostile input stays linear)
        qsizetype maxWordLength = 40;  // longer "words" (base64, URLs) are dropped
    };

    Tokenizer() = default;
    explicit Tokenizer(const Options &options) : m_options(options) { }

    QList<Token> tokenize(QStringView text) const;
    QStringList terms(QStringView text) const;

    // `word` is lower case.
    static bool isStopWord(QStringView word);

private:
    Options m_options;
};
