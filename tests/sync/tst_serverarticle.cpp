// What a server passes on of a feed's story becomes the article a feed's
// parser would have made: plain-text title and author (tt-rss and FreshRSS
// send "Q&amp;A" and markup), a link only when http(s), a sanitized body
// resolved against the link, tags once each.

#include "serverarticle.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestServerArticle final : public QObject
{
    Q_OBJECT

private slots:
    void titlesAndAuthorsArePlainText_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("plain");
        QTest::newRow("entity") << u"Q&amp;A: the council&#039;s budget"_s << u"Q&A: the council's budget"_s;
        QTest::newRow("markup") << u"<b>Breaking</b> <i>storm</i> <script>x()</script>ahead"_s << u"Breaking storm ahead"_s;
        QTest::newRow("spaces") << u"  Two\n\tlines  "_s << u"Two lines"_s;
        QTest::newRow("a lone ampersand") << u"Salt & pepper < 5"_s << u"Salt & pepper < 5"_s;
    }
    void titlesAndAuthorsArePlainText()
    {
        QFETCH(QString, given);
        QFETCH(QString, plain);
        ServerArticleFields fields;
        fields.title = given;
        fields.author = given;
        const Article a = articleFromServer(fields);
        QCOMPARE(a.title, plain);
        QCOMPARE(a.author, plain);
    }

    void onlyWebLinksAreKept_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<bool>("kept");
        QTest::newRow("https") << u"https://news.example/a?b=1"_s << true;
        QTest::newRow("http") << u"http://news.example/a"_s << true;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
        QTest::newRow("file") << u"file:///etc/passwd"_s << false;
        QTest::newRow("data") << u"data:text/html,<script>x()</script>"_s << false;
        QTest::newRow("relative") << u"/story/1"_s << false;
        QTest::newRow("no host") << u"http:///x"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void onlyWebLinksAreKept()
    {
        QFETCH(QString, link);
        QFETCH(bool, kept);
        ServerArticleFields fields;
        fields.link = link;
        QCOMPARE(!articleFromServer(fields).link.isEmpty(), kept);
    }

    void theBodyIsSanitizedAgainstTheLink()
    {
        ServerArticleFields fields;
        fields.link = u"https://news.example/world/story"_s;
        fields.html = u"<p onclick=\"x()\">Text <a href=\"../more\">more</a></p><script>steal()</script>"
                      "<iframe src=\"https://evil.example/\"></iframe><img src=\"/pic.jpg\">"_s;
        const Article a = articleFromServer(fields);
        QVERIFY(!a.contentHtml.contains(u"script"_s));
        QVERIFY(!a.contentHtml.contains(u"onclick"_s));
        QVERIFY(!a.contentHtml.contains(u"iframe"_s));
        QVERIFY(a.contentHtml.contains(u"https://news.example/more"_s));
        QVERIFY(a.contentHtml.contains(u"https://news.example/pic.jpg"_s));
        QVERIFY(a.contentText.contains(u"Text more"_s));
        QVERIFY(!a.contentText.contains(u"steal"_s));
    }

    void tagsOnceEachAndDates()
    {
        ServerArticleFields fields;
        fields.tags = {u" World "_s, u""_s, u"World"_s, u"Q&amp;A"_s};
        const QDateTime updated(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
        fields.updated = updated;
        const Article a = articleFromServer(fields);
        QCOMPARE(a.tags, (QStringList{u"World"_s, u"Q&A"_s}));
        QCOMPARE(a.published, updated); // no date of its own: its change time
        QCOMPARE(a.updated, updated);
    }
};

QTEST_MAIN(TestServerArticle)
#include "tst_serverarticle.moc"
