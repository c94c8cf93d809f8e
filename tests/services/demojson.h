#pragma once

// What the built-in sample library (resources/demo/demo.json) says it holds,
// read independently of DemoImporter so the tests know the expected counts.

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

struct DemoJson
{
    bool valid = false;
    QByteArray bytes;
    int categories = 0;
    int feeds = 0;
    int articles = 0;
    int unread = 0;
    int starred = 0;
    QHash<QString, QString> feedCategory;  // feed key -> category path
    QHash<QString, QString> feedUrl;       // feed key -> url
    QHash<QString, QString> articleFeed;   // guid -> feed key
    QHash<QString, int> unreadByRoot;      // root category name -> unread articles below it

    static int countCategories(const QJsonArray &nodes)
    {
        int n = 0;
        for (const QJsonValue &node : nodes)
            n += 1 + countCategories(node.toObject().value(QLatin1String("children")).toArray());
        return n;
    }

    static DemoJson load()
    {
        DemoJson demo;
        QFile file(QStringLiteral(":/demo/demo.json"));
        if (!file.open(QIODevice::ReadOnly))
            return demo;
        demo.bytes = file.readAll();
        const QJsonObject root = QJsonDocument::fromJson(demo.bytes).object();
        demo.categories = countCategories(root.value(QLatin1String("categories")).toArray());
        const QJsonArray feeds = root.value(QLatin1String("feeds")).toArray();
        demo.feeds = int(feeds.size());
        for (const QJsonValue &value : feeds) {
            const QJsonObject feed = value.toObject();
            const QString key = feed.value(QLatin1String("key")).toString();
            demo.feedCategory.insert(key, feed.value(QLatin1String("category")).toString());
            demo.feedUrl.insert(key, feed.value(QLatin1String("url")).toString());
        }
        const QJsonArray articles = root.value(QLatin1String("articles")).toArray();
        demo.articles = int(articles.size());
        for (const QJsonValue &value : articles) {
            const QJsonObject article = value.toObject();
            const QString feed = article.value(QLatin1String("feed")).toString();
            demo.articleFeed.insert(article.value(QLatin1String("guid")).toString(), feed);
            if (!article.value(QLatin1String("read")).toBool()) {
                ++demo.unread;
                ++demo.unreadByRoot[demo.feedCategory.value(feed).section(QLatin1Char('/'), 0, 0)];
            }
            if (article.value(QLatin1String("starred")).toBool())
                ++demo.starred;
        }
        demo.valid = demo.categories > 0 && demo.feeds > 0 && demo.articles > 0;
        return demo;
    }
};
