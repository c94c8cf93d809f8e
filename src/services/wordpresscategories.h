#pragma once

#include "result.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

class Fetcher;

// Reads a WordPress site's category tree from its REST API
// (wp/v2/categories, every page), and gives each category its feed
// (<category link>feed/) and its path of names from the top.
class WordPressCategories final : public QObject
{
    Q_OBJECT

public:
    struct Category
    {
        qint64 id = 0;
        qint64 parent = 0;
        QString name;
        QStringList path; // names from the top-level category down to this one
        QUrl feedUrl;
    };

    WordPressCategories(Fetcher &fetcher, QUrl apiRoot, QObject *parent = nullptr);
    void start();

    // Pure: the categories of one or more API pages, with paths and feeds.
    static Result<QList<Category>> fromPages(const QList<QByteArray> &pages, const QUrl &apiRoot);
    static QUrl pageUrl(const QUrl &apiRoot, int page, int perPage);

Q_SIGNALS:
    void finished(const Result<QList<WordPressCategories::Category>> &categories);

private:
    void fetchPage(int page);

    Fetcher &m_fetcher;
    QUrl m_apiRoot;
    QList<QByteArray> m_pages;
};
