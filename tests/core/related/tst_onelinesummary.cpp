#include "related/onelinesummary.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestOneLineSummary final : public QObject
{
    Q_OBJECT

private slots:
    void firstSentence_data();
    void firstSentence();
    void trimsOnWordBoundary();
    void fallsBackToText();
    void hostileInput();
};

void TestOneLineSummary::firstSentence_data()
{
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Profits rose. Shares fell."_s << u"Profits rose."_s;
    QTest::newRow("mr") << u"Mr. Smith met Dr. Jones in London. They talked."_s
                        << u"Mr. Smith met Dr. Jones in London."_s;
    QTest::newRow("us-inside") << u"U.S. officials said talks would resume. Others disagreed."_s
                               << u"U.S. officials said talks would resume."_s;
    QTest::newRow("us-end") << u"The firm expanded in the U.S. The move paid off."_s
                            << u"The firm expanded in the U.S."_s;
    QTest::newRow("initial") << u"J. K. Rowling wrote a new book. It sold well."_s
                             << u"J. K. Rowling wrote a new book."_s;
    QTest::newRow("decimal") << u"Growth was 1.5% in Jan. 2024, down from 2.1%. Next."_s
                             << u"Growth was 1.5% in Jan. 2024, down from 2.1%."_s;
    QTest::newRow("quote") << u"\"We won,\" she said. \"It was hard.\""_s << u"\"We won,\" she said."_s;
    QTest::newRow("quoted-end") << u"He said: \"It is over.\" Then he left."_s
                                << u"He said: \"It is over.\""_s;
    QTest::newRow("question") << u"Is this the end? Experts doubt it."_s << u"Is this the end?"_s;
    QTest::newRow("lowercase-after-dot") << u"The site example.com said so. Yes."_s
                                         << u"The site example.com said so."_s;
    QTest::newRow("whitespace") << u"  Profits\n\n rose\tsharply.  Next. "_s << u"Profits rose sharply."_s;
    QTest::newRow("no-end") << u"Breaking news without a full stop"_s
                            << u"Breaking news without a full stop"_s;
}

void TestOneLineSummary::firstSentence()
{
    QFETCH(QString, summary);
    QFETCH(QString, expected);
    QCOMPARE(oneLineSummary(summary, u"Ignored text."), expected);
}

void TestOneLineSummary::trimsOnWordBoundary()
{
    const QString longSentence = u"The government announced on Tuesday a sweeping package of "
                                 "measures intended to curb inflation, support households facing "
                                 "higher energy bills and encourage investment in renewable power."_s;
    const QString line = oneLineSummary(longSentence, {}, 80);
    QVERIFY2(line.size() <= 80, qPrintable(line));
    QVERIFY(line.endsWith(QChar(0x2026)));
    QVERIFY(longSentence.startsWith(line.chopped(1)));
    QVERIFY(!line.chopped(1).endsWith(u' '));
    QVERIFY(longSentence.at(line.size() - 1).isSpace() || longSentence.at(line.size() - 1) == u',');
    // A sentence that fits is untouched.
    QCOMPARE(oneLineSummary(u"Short one.", {}, 80), u"Short one."_s);
    // A giant word is cut inside.
    QCOMPARE(oneLineSummary(QString(300, u'x'), {}, 20).size(), 20);
}

void TestOneLineSummary::fallsBackToText()
{
    QCOMPARE(oneLineSummary({}, u"First sentence of the body. Second one."),
             u"First sentence of the body."_s);
    QCOMPARE(oneLineSummary(u"   ", u"Body text here. More."), u"Body text here."_s);
    QCOMPARE(oneLineSummary({}, {}), QString());
}

void TestOneLineSummary::hostileInput()
{
    QString dots(1'000'000, u'.');
    QVERIFY(oneLineSummary(dots, {}).size() <= 160);
    QString words;
    for (int i = 0; i < 100'000; ++i)
        words += u"Mr. "_s;
    QVERIFY(oneLineSummary(words, {}).size() <= 160);
    QVERIFY(oneLineSummary(u"x"_s, {}, -5).size() <= 2);
    const QChar surrogates[] = {QChar(0xD83D), QChar(0xDE00), QChar(0xD83D), QChar(0xDE00)};
    const QString emoji = QString(surrogates, 4).repeated(100);
    const QString cut = oneLineSummary(emoji, {}, 11);
    QVERIFY(cut.size() <= 11);
    QVERIFY(!cut.chopped(1).back().isHighSurrogate());
}

QTEST_APPLESS_MAIN(TestOneLineSummary)
#include "tst_onelinesummary.moc"
