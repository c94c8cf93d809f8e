#include "related/tokenizer.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTokenizer final : public QObject
{
    Q_OBJECT

private slots:
    void newsSentence();
    void acronymsAndStopWords();
    void numbers();
    void unicode();
    void sentenceStartsAndCapitals();
    void options();
    void hostileInput();
};

void TestTokenizer::newsSentence()
{
    const Tokenizer tokenizer;
    QCOMPARE(tokenizer.terms(u"The U.S. economy's growth slowed to 1.5% in 2004, Mr. Smith said."),
             (QStringList{u"us"_s, u"economi"_s, u"growth"_s, u"slow"_s, u"1.5"_s, u"2004"_s,
                          u"smith"_s}));
    QCOMPARE(tokenizer.terms(u"High-speed internet connections"),
             (QStringList{u"high"_s, u"speed"_s, u"internet"_s, u"connect"_s}));
}

void TestTokenizer::acronymsAndStopWords()
{
    const Tokenizer tokenizer;
    // "US" the country survives, "us" the pronoun is a stop word.
    QCOMPARE(tokenizer.terms(u"The US told us"), QStringList{u"us"_s});
    QCOMPARE(tokenizer.terms(u"BBC and the U.N. agencies"),
             (QStringList{u"bbc"_s, u"un"_s, u"agenc"_s}));
    // An all-caps headline has no acronyms: words are stemmed and stop words dropped.
    QCOMPARE(tokenizer.terms(u"MARKETS RALLY AS US RATES FALL"),
             (QStringList{u"market"_s, u"ralli"_s, u"rate"_s, u"fall"_s}));
    QVERIFY(Tokenizer::isStopWord(u"the"));
    QVERIFY(!Tokenizer::isStopWord(u"election"));
}

void TestTokenizer::numbers()
{
    const Tokenizer tokenizer;
    const QList<Token> tokens = tokenizer.tokenize(u"It cost $1,250,000 or 3.5bn yen, up 76%.");
    QStringList terms;
    for (const Token &token : tokens) {
        terms.append(token.term);
        QCOMPARE(token.number, token.term.front().isDigit());
    }
    QCOMPARE(terms, (QStringList{u"cost"_s, u"1250000"_s, u"3.5bn"_s, u"yen"_s, u"76"_s}));
    Tokenizer::Options noNumbers;
    noNumbers.keepNumbers = false;
    QCOMPARE(Tokenizer(noNumbers).terms(u"In 2004 profits rose 76%"),
             (QStringList{u"profit"_s, u"rose"_s}));
}

void TestTokenizer::unicode()
{
    const Tokenizer tokenizer;
    QCOMPARE(tokenizer.terms(u"Café owners in Zürich — naïve résumé"),
             (QStringList{u"cafe"_s, u"owner"_s, u"zurich"_s, u"naiv"_s, u"resum"_s}));
    QCOMPARE(tokenizer.terms(u"Macron\u2019s plan, Ελλάδα και Москва"),
             (QStringList{u"macron"_s, u"plan"_s, u"ελλαδα"_s, u"και"_s, u"москва"_s}));
    QCOMPARE(tokenizer.terms(u"東京 2020"), (QStringList{u"東京"_s, u"2020"_s}));
}

void TestTokenizer::sentenceStartsAndCapitals()
{
    const Tokenizer tokenizer;
    const QList<Token> tokens = tokenizer.tokenize(u"Quakes hit Chile. Rescuers reached Santiago");
    QCOMPARE(tokens.size(), 6);
    QVERIFY(tokens[0].sentenceStart && tokens[0].capitalized);
    QVERIFY(!tokens[1].sentenceStart && !tokens[1].capitalized);
    QVERIFY(!tokens[2].sentenceStart && tokens[2].capitalized);
    QVERIFY(tokens[3].sentenceStart && tokens[3].capitalized);
    QVERIFY(!tokens[4].sentenceStart && !tokens[4].capitalized);
    QVERIFY(!tokens[5].sentenceStart && tokens[5].capitalized);
    QCOMPARE(tokens[5].term, u"santiago"_s);
}

void TestTokenizer::options()
{
    Tokenizer::Options raw;
    raw.stem = false;
    raw.dropStopWords = false;
    QCOMPARE(Tokenizer(raw).terms(u"The markets were rallying"),
             (QStringList{u"the"_s, u"markets"_s, u"were"_s, u"rallying"_s}));
}

void TestTokenizer::hostileInput()
{
    const Tokenizer tokenizer;
    QVERIFY(tokenizer.terms(u"").isEmpty());
    QVERIFY(tokenizer.terms(u"...!!!???\n\n''''").isEmpty());
    // A 50,000-letter "word" is dropped, not kept as a term.
    QVERIFY(tokenizer.terms(QString(50'000, u'x')).isEmpty());
    // Dots and apostrophes everywhere.
    QString dots;
    for (int i = 0; i < 20'000; ++i)
        dots += u"a.'"_s;
    tokenizer.terms(dots);
    // Lone surrogates and control characters.
    const QChar weird[] = {QChar(0xD800), QChar(0xDFFF), QChar(0), QChar(0xFFFF), u'x', u'y'};
    QCOMPARE(tokenizer.terms(QStringView(weird, 6)), QStringList{u"xy"_s});
    // Input beyond maxChars is ignored.
    Tokenizer::Options small;
    small.maxChars = 10;
    QCOMPARE(Tokenizer(small).terms(u"economy growth markets"), (QStringList{u"economi"_s, u"gr"_s}));
}

QTEST_APPLESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
