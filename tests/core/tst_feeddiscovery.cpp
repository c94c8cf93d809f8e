// Feed autodiscovery on a page, the HTTP Link header, and the pure parts of
// discovery: probing a document, OPML outlines, flattening a tree.

#include "discovered.h"
#include "feeddiscovery.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestFeedDiscovery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linkHeaderTargets_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("rel");
        QTest::addColumn<QStringList>("expected");
        const QString api = u"https://api.w.org/"_s;
        QTest::newRow("WordPress") << "<http://site/wp-json/>; rel=\"https://api.w.org/\""_ba << api
                                   << QStringList {u"http://site/wp-json/"_s};
        QTest::newRow("joined with others")
                << "<http://site/wp-json/wp/v2/pages/2>; rel=\"alternate\"; "
                   "type=\"application/json\", "
                   "<http://site/wp-json/>; rel=\"https://api.w.org/\", <http://site/?p=2>; rel=shortlink"_ba
                << api << QStringList {u"http://site/wp-json/"_s};
        QTest::newRow("relative, several rels, case")
                << "</wp-json/>; REL=\"next https://API.w.org/\""_ba << api
                << QStringList {u"http://site/wp-json/"_s};
        QTest::newRow("comma inside the URL") << "<http://site/a,b/>; rel=\"https://api.w.org/\""_ba
                                              << api << QStringList {u"http://site/a,b/"_s};
        QTest::newRow("other rel only")
                << "<http://site/x>; rel=shortlink"_ba << api << QStringList {};
        QTest::newRow("garbage") << "<<>>;;;,,,rel=\"https://api.w.org/\" <unclosed"_ba << api
                                 << QStringList {};
        QTest::newRow("empty") << QByteArray() << api << QStringList {};
        QTest::newRow("quoted comma in a parameter")
                << "<http://site/a>; title=\"x, y\"; rel=next, <http://site/b>; rel=\"https://api.w.org/\""_ba
                << api << QStringList {u"http://site/b"_s};
    }
    void linkHeaderTargets()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, rel);
        QFETCH(QStringList, expected);
        QStringList got;
        for (const QUrl &url : ::linkHeaderTargets(header, rel, QUrl(u"http://site/page/"_s)))
            got.append(url.toString());
        QCOMPARE(got, expected);
    }

    void wordPressRootPrefersTheHeader()
    {
        const QByteArray page =
                "<html><head><title> My  Site </title>"
                "<meta property=\"og:site_name\" content=\"My Site\">"
                "<link rel=\"https://api.w.org/\" href=\"/tag-root/\"></head></html>";
        const QUrl url(u"http://site/"_s);
        const DiscoveredFeeds found = discoverFeeds(page, url);
        QCOMPARE(found.title, u"My Site"_s);
        QCOMPARE(found.siteName, u"My Site"_s);
        QCOMPARE(wordpressApiRoot("<http://site/header-root/>; rel=\"https://api.w.org/\"", found,
                                  url),
                 QUrl(u"http://site/header-root/"_s));
        QCOMPARE(wordpressApiRoot({}, found, url), QUrl(u"http://site/tag-root/"_s));
        QCOMPARE(wordpressApiRoot("<javascript:x>; rel=\"https://api.w.org/\"", found, url),
                 QUrl(u"http://site/tag-root/"_s));
    }

    void probeTellsFeedOpmlAndPage()
    {
        const QUrl url(u"http://site/x"_s);
        using What = DiscoveredValues::Probe::What;
        QCOMPARE(DiscoveredValues::probe(
                         "<rss version=\"2.0\"><channel><title>T</title></channel></rss>", url, {})
                         .what,
                 What::Feed);
        QCOMPARE(DiscoveredValues::probe(
                         "<?xml version=\"1.0\"?><!-- list --><opml version=\"1.0\"><body>"
                         "<outline text=\"A\" xmlUrl=\"http://a/\"/></body></opml>",
                         url, {})
                         .what,
                 What::Opml);
        QCOMPARE(DiscoveredValues::probe("<html><body>opml</body></html>", url, {}).what,
                 What::Page);
        QCOMPARE(DiscoveredValues::probe({}, url, {}).what, What::Page);
        QCOMPARE(DiscoveredValues::probe("\xff\xfe\x00garbage", url, {}).what, What::Page);
    }

    void opmlOutlineKeepsFoldersAndDropsUnusableEntries()
    {
        OpmlDocument doc;
        doc.title = u"L"_s;
        OpmlOutline folder;
        folder.text = u"Folder"_s;
        OpmlOutline good;
        good.text = u"Good"_s;
        good.xmlUrl = u"/relative.xml"_s;
        OpmlOutline bad;
        bad.text = u"Bad"_s;
        bad.xmlUrl = u"javascript:alert(1)"_s;
        folder.children = {good, bad};
        doc.outlines = {folder};
        const Discovered found = DiscoveredValues::fromOpml(doc, QUrl(u"http://site/list.opml"_s));
        QCOMPARE(found.kind, Discovered::Kind::Opml);
        QCOMPARE(found.feeds.size(), 1);
        QCOMPARE(found.feeds.first().url, QUrl(u"http://site/relative.xml"_s));
        QCOMPARE(found.tree.first().children.size(), 1);
        QCOMPARE(found.notes.size(), 1);
        const auto flat = DiscoveredValues::flatten(found.tree);
        QCOMPARE(flat.size(), 2);
        QCOMPARE(flat.last().path, (QStringList {u"Folder"_s, u"Good"_s}));
        QVERIFY(flat.first().node.children.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFeedDiscovery)
#include "tst_feeddiscovery.moc"
