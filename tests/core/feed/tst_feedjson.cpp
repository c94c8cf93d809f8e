// feedToJson: the exact normalized shape of shared/contracts/feed.schema.json.
// Besides hand-written cases, every document of the shared corpora is parsed
// and its JSON checked against the schema file itself (keys, types, dates).

#include "corpora.h"
#include "feed/feedjson.h"
#include "feed/feedparser.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestFeedJson final : public QObject
{
    Q_OBJECT

private slots:
    void shape();
    void omitsAbsentValues();
    void dates();
    void corporaConformToSchema();

private:
    void validate(const QJsonObject &object, const QJsonObject &schema, const QJsonObject &defs,
                  const QString &where, QStringList &problems);
};

void TestFeedJson::shape()
{
    FeedDocument f;
    f.format = FeedFormat::Rss20;
    f.encoding = u"utf-8"_s;
    f.title = u"T"_s;
    f.ttlMinutes = 15;
    f.updated = QDateTime(QDate(2025, 3, 3), QTime(10, 0), QTimeZone(3600));
    f.links = {{u"http://x/"_s, u"alternate"_s, {}, {}, 10}};
    FeedEntry e;
    e.id = u"1"_s;
    e.titleHtml = u"<b>x</b>"_s;
    e.title = u"x"_s;
    e.enclosures = {{u"http://x/a.mp3"_s, u"audio/mpeg"_s, 42}};
    e.source = FeedSource {u"S"_s, QString()};
    e.categories = {{u"c"_s, {}, u"C"_s}};
    f.entries = {e};
    const QJsonObject o = feedToJson(f);
    QCOMPARE(o.value("format"_L1).toString(), u"rss20"_s);
    QCOMPARE(o.value("wellformed"_L1).toBool(), true);
    QVERIFY(!o.contains("errors"_L1));
    QCOMPARE(o.value("ttl_minutes"_L1).toInt(), 15);
    QCOMPARE(o.value("updated"_L1).toString(), u"2025-03-03T09:00:00Z"_s);
    QCOMPARE(o.value("links"_L1).toArray().first().toObject().value("length"_L1).toInt(), 10);
    const QJsonObject entry = o.value("entries"_L1).toArray().first().toObject();
    QCOMPARE(entry.value("title_html"_L1).toString(), u"<b>x</b>"_s);
    QCOMPARE(entry.value("enclosures"_L1).toArray().first().toObject().value("length"_L1).toInt(),
             42);
    QCOMPARE(entry.value("source"_L1).toObject(), (QJsonObject {{u"title"_s, u"S"_s}}));
    QCOMPARE(entry.value("categories"_L1).toArray().first().toObject(),
             (QJsonObject {{u"term"_s, u"c"_s}, {u"label"_s, u"C"_s}}));

    f.wellformed = false;
    f.errors = {u"line 1: oops"_s};
    const QJsonObject bad = feedToJson(f);
    QCOMPARE(bad.value("wellformed"_L1).toBool(), false);
    QCOMPARE(bad.value("errors"_L1).toArray().size(), 1);
}

void TestFeedJson::omitsAbsentValues()
{
    FeedDocument f;
    f.format = FeedFormat::Atom10;
    f.entries = {FeedEntry {}};
    const QJsonObject o = feedToJson(f);
    QCOMPARE(o.keys(), (QStringList {u"entries"_s, u"format"_s, u"wellformed"_s}));
    QVERIFY(o.value("entries"_L1).toArray().first().toObject().isEmpty());
}

void TestFeedJson::dates()
{
    QCOMPARE(feedDateToJson({}), QString());
    QCOMPARE(feedDateToJson(QDateTime(QDate(99, 12, 31), QTime(23, 0, 1), QTimeZone::utc())),
             u"0099-12-31T23:00:01Z"_s);
    QCOMPARE(feedDateToJson(QDateTime(QDate(2004, 2, 29), QTime(2, 14, 55, 999), QTimeZone::utc())),
             u"2004-02-29T02:14:55Z"_s);
}

void TestFeedJson::validate(const QJsonObject &object, const QJsonObject &schema,
                            const QJsonObject &defs, const QString &where, QStringList &problems)
{
    static const QRegularExpression date(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s);
    const QJsonObject properties = schema.value("properties"_L1).toObject();
    for (const QJsonValue &required : schema.value("required"_L1).toArray()) {
        if (!object.contains(required.toString()))
            problems << where + u": missing "_s + required.toString();
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (!properties.contains(key)) {
            problems << where + u": unknown key "_s + key;
            continue;
        }
        QJsonObject property = properties.value(key).toObject();
        if (property.contains("$ref"_L1))
            property =
                    defs.value(property.value("$ref"_L1).toString().section(u'/', -1)).toObject();
        const QJsonValue value = it.value();
        if (value.isString() && value.toString().isEmpty())
            problems << where + u": empty string for "_s + key;
        if ((key == u"updated" || key == u"published") && !date.match(value.toString()).hasMatch())
            problems << where + u": bad date "_s + value.toString();
        if (value.isArray()) {
            QJsonObject items = property.value("items"_L1).toObject();
            if (items.contains("$ref"_L1))
                items = defs.value(items.value("$ref"_L1).toString().section(u'/', -1)).toObject();
            for (const QJsonValue &item : value.toArray()) {
                if (item.isObject())
                    validate(item.toObject(), items, defs, where + u'.' + key, problems);
            }
        } else if (value.isObject()) {
            validate(value.toObject(), property, defs, where + u'.' + key, problems);
        }
    }
    if (object.contains("wellformed"_L1) && !object.value("wellformed"_L1).toBool()
        && object.value("errors"_L1).toArray().isEmpty())
        problems << where + u": wellformed=false without errors"_s;
}

void TestFeedJson::corporaConformToSchema()
{
    MASTHEAD_REQUIRE_CORPUS(u"feedparser"_s);
    QFile schemaFile(corporaDir() + u"/../contracts/feed.schema.json"_s);
    if (!schemaFile.open(QIODevice::ReadOnly))
        QSKIP("shared/contracts/feed.schema.json not found");
    const QJsonObject schema = QJsonDocument::fromJson(schemaFile.readAll()).object();
    const QJsonObject defs = schema.value("$defs"_L1).toObject();
    QStringList problems;
    int documents = 0;
    for (const QString &dir : {u"feedparser"_s, u"gofeed"_s, u"jsonfeed"_s}) {
        QDirIterator it(corpusPath(dir), {u"*.xml"_s, u"*.json"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const FeedParseResult r = FeedParser::parse(file.readAll());
            if (!r.isFeed)
                continue;
            ++documents;
            validate(feedToJson(r.feed), schema, defs, file.fileName().section(u'/', -3), problems);
        }
    }
    qInfo() << documents << "corpus documents checked against feed.schema.json";
    for (const QString &p : std::as_const(problems).first(qMin<qsizetype>(problems.size(), 20)))
        qWarning().noquote() << p;
    QVERIFY(documents > 1000);
    QCOMPARE(problems.size(), 0);
}

QTEST_GUILESS_MAIN(TestFeedJson)
#include "tst_feedjson.moc"
