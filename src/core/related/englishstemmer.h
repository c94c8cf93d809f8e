#pragma once

#include <QString>
#include <QStringView>

#include <string>

// The Porter2 ("English") stemmer of the Snowball project, written from the
// published description of the algorithm. Input is one lower-case word;
// words containing anything but ASCII letters and apostrophes come back
// unchanged, as do words of one or two letters.
class EnglishStemmer final
{
public:
    static QString stem(QStringView word);
    // The same, remembered per thread: for tokenizing long texts.
    static QString stem(const QString &word);

    // Works in place on an ASCII lower-case word (letters and apostrophes).
    static void stemAscii(std::string &word);
};
