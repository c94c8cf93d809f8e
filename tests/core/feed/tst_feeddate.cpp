// parseFeedDate: the date shapes of real feeds, and the shared feedparser
// date vectors (shared/corpora/dates/, >= 97 % exact).

#include "corpora.h"
#include "feed/feeddate.h"
#include "feed/feedjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFeedDate final : public QObject
{
    Q_OBJECT

private slots:
    void shapes_data();
    void shapes();
    void rejects_data();
    void rejects();
    void vectors();
};

void TestFeedDate::shapes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *input, const char *expected) {
        QTest::newRow(input) << QString::fromUtf8(input) << QString::fromUtf8(expected);
    };
    // RFC 822 / 1123 / 2822
    row("Thu, 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z");
    row("01 Jan 2004 19:48:21 +0000", "2004-01-01T19:48:21Z");
    row("Thu, 1 Jan 04 19:48:21 EST", "2004-01-02T00:48:21Z");
    row("Thu, 01 Jan 2004 19:48 PDT", "2004-01-02T02:48:00Z");
    row("Sat, 15 Mar 2025 10:00:00 +0530", "2025-03-15T04:30:00Z");
    row("Sat, 15 Mar 2025 10:00:00 -05:00", "2025-03-15T15:00:00Z");
    row("Sat, 15 Mar 2025 10:00:00 Z", "2025-03-15T10:00:00Z");
    row("Sat, 15 Mar 2025 10:00:00 A", "2025-03-15T11:00:00Z");
    row("Sat, 15 Mar 2025 10:00:00 CEST", "2025-03-15T08:00:00Z");
    row("Saturday, 15 March 2025 10:00:00 GMT", "2025-03-15T10:00:00Z");
    row("Sat, 15 Mar 2025 10:00:00 +0000 (UTC)", "2025-03-15T10:00:00Z");
    row("15 Mar 2025", "2025-03-15T00:00:00Z");
    row("Mar 15, 2025 10:00:00 GMT", "2025-03-15T10:00:00Z");
    // ISO 8601 / W3C-DTF
    row("2025-03-15T10:00:00Z", "2025-03-15T10:00:00Z");
    row("2025-03-15T10:00:00.123+01:00", "2025-03-15T09:00:00Z");
    row("2025-03-15T10:00Z", "2025-03-15T10:00:00Z");
    row("2025-03-15 10:00:00", "2025-03-15T10:00:00Z");
    row("2025-03-15", "2025-03-15T00:00:00Z");
    row("20250315T100000Z", "2025-03-15T10:00:00Z");
    row("2025-074", "2025-03-15T00:00:00Z");
    row("2025-03-15T10:00:00+0100", "2025-03-15T09:00:00Z");
    row("2024-12-31T23:30:00-01:00", "2025-01-01T00:30:00Z");
    // ISO 8601, the whole family: basic and extended, two-digit years,
    // ordinal and week dates, reduced precision, fractions
    row("20031231", "2003-12-31T00:00:00Z");
    row("031231", "2003-12-31T00:00:00Z");
    row("03-12-31", "2003-12-31T00:00:00Z");
    row("03335", "2003-12-01T00:00:00Z");
    row("03-335", "2003-12-01T00:00:00Z");
    row("2003335", "2003-12-01T00:00:00Z");
    row("2003-335", "2003-12-01T00:00:00Z");
    row("2004-366", "2004-12-31T00:00:00Z");
    row("-03-12", "2003-12-01T00:00:00Z");
    row("-0312", "2003-12-01T00:00:00Z");
    row("2003-12", "2003-12-01T00:00:00Z");
    row("2003", "2003-01-01T00:00:00Z");
    row("2003-012-31T10:14:55+00:00", "2003-12-31T10:14:55Z");
    row("031231T101455Z", "2003-12-31T10:14:55Z");
    row("03335T10:14:55-08:00", "2003-12-01T18:14:55Z");
    row("2003-W01-1", "2002-12-30T00:00:00Z");
    row("2004W537", "2005-01-02T00:00:00Z");
    row("2009-W01", "2008-12-29T00:00:00Z");
    row("2003-12-31T10", "2003-12-31T10:00:00Z");
    row("2003-12-31T1014", "2003-12-31T10:14:00Z");
    row("2003-12-31T10:14:55,5-08", "2003-12-31T18:14:55Z");
    row("2003-12-31T10:30.5Z", "2003-12-31T10:30:30Z");
    row("2003-12-31T10.25Z", "2003-12-31T10:15:00Z");
    row("2003-12-31T24:00:00Z", "2004-01-01T00:00:00Z");
    row("2003-12-31t10:14:55z", "2003-12-31T10:14:55Z");
    row("2003-12-31 GMT", "2003-12-31T00:00:00Z");
    row("200312", "2020-03-12T00:00:00Z"); // six digits are YYMMDD, never YYYYMM
    row("2004-07-08 23:56:58 -00:20", "2004-07-09T00:16:58Z");
    // asctime and friends
    row("Sun Jan  4 16:29:06 2004", "2004-01-04T16:29:06Z");
    row("Sun Jan 4 16:29:06 PST 2004", "2004-01-05T00:29:06Z");
    row("Fri, 2006/09/15 08:19:53 EDT", "2006-09-15T12:19:53Z");
    row("Κυρ, 11 Ιούλ 2004 12:00:00 EST", "2004-07-11T17:00:00Z");
    row("2004-május-13T9:15-05:00", "2004-05-13T14:15:00Z");
}

void TestFeedDate::shapes()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(feedDateToJson(parseFeedDate(input)), expected);
}

void TestFeedDate::rejects_data()
{
    QTest::addColumn<QString>("input");
    for (const char *bad :
         {"", "garbage", "Thu, 32 Jan 2004 10:00:00 GMT", "2004-13-01", "2003-12-31T25:14:55Z",
          "Sun, 16 Dec 2012 11:47:32 +zz:00", "Thu, 01 Foo 2004 10:00:00 GMT", "10000-01-01",
          "Thu, 01 Jan 10000 00:00:00 GMT", "0000-01-01T00:00:00Z", "2004-02-30",
          "Thu, 01 Jan 2004 10:00:00 XYZZY",
          // a number after a date is not a time, and a year alone is no date
          "2013-01-27-01", "2013-01-27 -01", "2013-01-27-01:00", "2013-01-28T11:30:00-06:00Textra",
          "20", "-03", "--12-31", "---31", "-335", "2003-367", "03000", "2003-000", "2003-W54",
          "2003-W00-1", "2003-W01-8", "2004-W53-0", "2003-13", "031331", "2003-12-31T24:30:00Z",
          "2003-12-31T10:60", "2003-12-31T10:14:55+zz", "2003-12-31T10:14:55 garbage"})
        QTest::newRow(bad) << QString::fromUtf8(bad);
}

void TestFeedDate::rejects()
{
    QFETCH(QString, input);
    QVERIFY2(!parseFeedDate(input).isValid(), qPrintable(feedDateToJson(parseFeedDate(input))));
}

void TestFeedDate::vectors()
{
    MASTHEAD_REQUIRE_CORPUS(u"dates/feedparser-dates.json"_s);
    QFile file(corpusPath(u"dates/feedparser-dates.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray vectors = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(!vectors.isEmpty());
    int exact = 0;
    QStringList misses;
    for (const QJsonValue &v : vectors) {
        const QJsonObject o = v.toObject();
        const QString input = o.value("input"_L1).toString();
        const QString expected = o.value("expected"_L1).toString(); // null -> empty
        const QString got = feedDateToJson(parseFeedDate(input));
        if (got == expected)
            ++exact;
        else
            misses << u"%1 -> '%2' (expected '%3')"_s.arg(input, got, expected);
    }
    const double rate = 100.0 * exact / vectors.size();
    qInfo().noquote() << u"date vectors: %1/%2 exact (%3%)"_s.arg(exact)
                                 .arg(vectors.size())
                                 .arg(rate, 0, 'f', 1);
    for (const QString &m : std::as_const(misses))
        qInfo().noquote() << "  miss:" << m;
    QVERIFY2(rate >= 97.0, qPrintable(u"date accuracy %1% below 97%"_s.arg(rate)));
}

QTEST_GUILESS_MAIN(TestFeedDate)
#include "tst_feeddate.moc"
