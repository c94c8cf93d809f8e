#include "related/englishstemmer.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestEnglishStemmer final : public QObject
{
    Q_OBJECT

private slots:
    void stems_data();
    void stems();
    void leavesNonAsciiAndShortWords();
    void hostileInput();
    void aRememberedStemIsTheStem();
};

void TestEnglishStemmer::stems_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("stem");
    // Expected values from the Snowball English (Porter2) reference vocabulary.
    const char *const pairs[][2] = {
        {"consign", "consign"},       {"consigned", "consign"},   {"consignment", "consign"},
        {"consistency", "consist"},   {"consistently", "consist"}, {"consolation", "consol"},
        {"consolatory", "consolatori"}, {"consolidated", "consolid"}, {"consolingly", "consol"},
        {"conspicuously", "conspicu"}, {"conspiracy", "conspiraci"}, {"conspirators", "conspir"},
        {"constables", "constabl"},   {"constancy", "constanc"},  {"knackeries", "knackeri"},
        {"kneeling", "kneel"},        {"knees", "knee"},          {"knightly", "knight"},
        {"knitting", "knit"},         {"knives", "knive"},        {"knocker", "knocker"},
        {"caresses", "caress"},       {"ponies", "poni"},         {"ties", "tie"},
        {"cats", "cat"},              {"gas", "gas"},             {"this", "this"},
        {"running", "run"},           {"hopping", "hop"},         {"hoped", "hope"},
        {"generously", "generous"},   {"communication", "communic"}, {"national", "nation"},
        {"relational", "relat"},      {"happiness", "happi"},     {"abilities", "abil"},
        {"elections", "elect"},       {"governments", "govern"},  {"economic", "econom"},
        {"economy", "economi"},       {"companies", "compani"},   {"skies", "sky"},
        {"dying", "die"},             {"news", "news"},           {"proceed", "proceed"},
        {"agreed", "agre"},           {"feed", "feed"},           {"crying", "cri"},
        {"yelling", "yell"},          {"economy's", "economi"},   {"players'", "player"},
        {"kiwis", "kiwi"},            {"fitted", "fit"},          {"cried", "cri"},
    };
    for (const auto &pair : pairs)
        QTest::newRow(pair[0]) << QString::fromLatin1(pair[0]) << QString::fromLatin1(pair[1]);
}

void TestEnglishStemmer::stems()
{
    QFETCH(QString, word);
    QFETCH(QString, stem);
    QCOMPARE(EnglishStemmer::stem(word), stem);
}

void TestEnglishStemmer::leavesNonAsciiAndShortWords()
{
    QCOMPARE(EnglishStemmer::stem(u"is"), u"is"_s);
    QCOMPARE(EnglishStemmer::stem(u"a"), u"a"_s);
    QCOMPARE(EnglishStemmer::stem(u""), QString());
    QCOMPARE(EnglishStemmer::stem(u"münchen"), u"münchen"_s);
    QCOMPARE(EnglishStemmer::stem(u"2004s"), u"2004s"_s);
    // A typographic apostrophe counts as one.
    QCOMPARE(EnglishStemmer::stem(u"economy\u2019s"), u"economi"_s);
}

void TestEnglishStemmer::hostileInput()
{
    for (const QString &word : {u"'''"_s, u"'s'"_s, u"''s"_s, u"yyyyyy"_s, u"eeeeeeeeeed"_s, u"ss"_s,
                                u"sss"_s, u"ies"_s, u"ied"_s, u"'y"_s, u"ing"_s, u"eed"_s}) {
        EnglishStemmer::stem(word); // must not crash
    }
    const QString longWord(10'000, u'a');
    QCOMPARE(EnglishStemmer::stem(longWord), longWord);
}

void TestEnglishStemmer::aRememberedStemIsTheStem()
{
    // stem(QString) remembers what it made, per thread, and forgets it all
    // when its memo is full: asked again, and after more words than the
    // memo holds, each word still gets the stem the algorithm gives it.
    QStringList words;
    const QString letters = u"aeioustrnlyd"_s;
    for (int i = 0; i < 80000; ++i) {
        QString word;
        for (int n = i; word.size() < 3 || n > 0; n /= letters.size())
            word += letters.at(n % letters.size());
        words.append(word + (i % 3 == 0 ? u"ing"_s : i % 3 == 1 ? u"ies"_s : u"ational"_s));
    }
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString &word : std::as_const(words))
            QCOMPARE(EnglishStemmer::stem(word), EnglishStemmer::stem(QStringView(word)));
    }
}

QTEST_APPLESS_MAIN(TestEnglishStemmer)
#include "tst_englishstemmer.moc"
