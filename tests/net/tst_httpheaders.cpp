#include "httpheaders.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestHttpHeaders final : public QObject
{
    Q_OBJECT

private slots:
    void parsesAllDateForms_data();
    void parsesAllDateForms();
    void rejectsGarbageDates();
    void formatsImfFixdate();
    void retryAfter_data();
    void retryAfter();
    void freshLifetime_data();
    void freshLifetime();
};

void TestHttpHeaders::parsesAllDateForms_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("imf-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT");
    QTest::newRow("rfc850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT");
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994");
}

void TestHttpHeaders::parsesAllDateForms()
{
    QFETCH(QByteArray, value);
    const std::optional<QDateTime> parsed = HttpHeaders::parseDate(value);
    QVERIFY(parsed);
    QCOMPARE(parsed->toUTC(), QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC));
}

void TestHttpHeaders::rejectsGarbageDates()
{
    QVERIFY(!HttpHeaders::parseDate(""));
    QVERIFY(!HttpHeaders::parseDate("yesterday"));
    QVERIFY(!HttpHeaders::parseDate(QByteArray(5000, '9')));
}

void TestHttpHeaders::formatsImfFixdate()
{
    const QDateTime when(QDate(2015, 10, 21), QTime(7, 28), Qt::UTC);
    QCOMPARE(HttpHeaders::formatDate(when), QByteArray("Wed, 21 Oct 2015 07:28:00 GMT"));
    QCOMPARE(HttpHeaders::parseDate(HttpHeaders::formatDate(when))->toUTC(), when);
}

void TestHttpHeaders::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected"); // -1: nullopt
    QTest::newRow("seconds") << QByteArray("120") << 120;
    QTest::newRow("spaces") << QByteArray("  7 ") << 7;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("huge") << QByteArray("99999999999999999999") << 86400;
    QTest::newRow("date") << QByteArray("Wed, 21 Oct 2015 07:30:00 GMT") << 120;
    QTest::newRow("past date") << QByteArray("Wed, 21 Oct 2015 07:00:00 GMT") << 0;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
}

void TestHttpHeaders::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 28), Qt::UTC);
    const std::optional<int> seconds = HttpHeaders::parseRetryAfter(value, now);
    QCOMPARE(seconds.value_or(-1), expected);
}

void TestHttpHeaders::freshLifetime_data()
{
    QTest::addColumn<QByteArray>("cacheControl");
    QTest::addColumn<QByteArray>("expires");
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<int>("expected"); // -1: nullopt
    const QByteArray noDate;
    QTest::newRow("nothing") << QByteArray() << QByteArray() << noDate << -1;
    QTest::newRow("max-age") << QByteArray("max-age=600") << QByteArray() << noDate << 600;
    QTest::newRow("among others") << QByteArray("public, no-transform , MAX-AGE = 1800, must-revalidate")
                                  << QByteArray() << noDate << 1800;
    QTest::newRow("quoted") << QByteArray("max-age=\"90\"") << QByteArray() << noDate << 90;
    QTest::newRow("s-maxage is for shared caches") << QByteArray("s-maxage=600") << QByteArray() << noDate << -1;
    QTest::newRow("no-cache alone") << QByteArray("no-cache") << QByteArray() << noDate << -1;
    QTest::newRow("max-age wins over expires")
            << QByteArray("max-age=60") << QByteArray("Wed, 21 Oct 2015 09:28:00 GMT") << noDate << 60;
    QTest::newRow("huge") << QByteArray("max-age=999999999999999") << QByteArray() << noDate << 30 * 24 * 3600;
    QTest::newRow("negative") << QByteArray("max-age=-5") << QByteArray() << noDate << 0;
    QTest::newRow("garbage") << QByteArray("max-age=soon") << QByteArray() << noDate << 0;
    QTest::newRow("twice") << QByteArray("max-age=60, max-age=7200") << QByteArray() << noDate << 0;
    QTest::newRow("empty value") << QByteArray("max-age=") << QByteArray() << noDate << 0;
    // now is 07:28:00
    QTest::newRow("expires") << QByteArray() << QByteArray("Wed, 21 Oct 2015 08:28:00 GMT") << noDate << 3600;
    QTest::newRow("expires against date")
            << QByteArray() << QByteArray("Wed, 21 Oct 2015 08:28:00 GMT")
            << QByteArray("Wed, 21 Oct 2015 08:00:00 GMT") << 1680;
    QTest::newRow("unreadable date: now")
            << QByteArray() << QByteArray("Wed, 21 Oct 2015 08:28:00 GMT") << QByteArray("today") << 3600;
    QTest::newRow("expired") << QByteArray() << QByteArray("Wed, 21 Oct 2015 07:00:00 GMT") << noDate << 0;
    QTest::newRow("expires 0") << QByteArray() << QByteArray("0") << noDate << 0;
    QTest::newRow("expires -1") << QByteArray() << QByteArray("-1") << noDate << 0;
    QTest::newRow("far future") << QByteArray() << QByteArray("Thu, 01 Jan 2099 00:00:00 GMT") << noDate
                                << 30 * 24 * 3600;
}

void TestHttpHeaders::freshLifetime()
{
    QFETCH(QByteArray, cacheControl);
    QFETCH(QByteArray, expires);
    QFETCH(QByteArray, date);
    QFETCH(int, expected);
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 28), Qt::UTC);
    const std::optional<int> seconds = HttpHeaders::freshLifetime(cacheControl, expires, date, now);
    QCOMPARE(seconds.value_or(-1), expected);
}

QTEST_GUILESS_MAIN(TestHttpHeaders)
#include "tst_httpheaders.moc"
