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

QTEST_GUILESS_MAIN(TestHttpHeaders)
#include "tst_httpheaders.moc"
