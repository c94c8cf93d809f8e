#include "templibrary.h"

using namespace Qt::StringLiterals;

TempLibrary::TempLibrary()
{
    if (!m_dir.isValid()) {
        m_error = m_dir.errorString();
        return;
    }
    auto opened = Library::open(m_dir.path());
    if (!opened) {
        m_error = opened.error().message;
        return;
    }
    m_library = std::move(opened).value();
}

qint64 TempLibrary::addFeedWithArticles(const QString &categoryPath, const QString &url, int count,
                                        const QDateTime &newest)
{
    auto category = m_library->categories().ensurePath(splitCategoryPath(categoryPath));
    if (!category)
        return 0;
    Feed feed;
    feed.categoryId = category.value();
    feed.url = QUrl(url);
    feed.title = u"Feed %1"_s.arg(url);
    auto feedId = m_library->feeds().add(feed);
    if (!feedId)
        return 0;
    QList<Article> articles;
    for (int i = 0; i < count; ++i) {
        Article a;
        a.guid = u"%1#%2"_s.arg(url).arg(i);
        a.link = QUrl(u"%1/article/%2"_s.arg(url).arg(i));
        a.title = u"Article %1 of %2"_s.arg(i).arg(url);
        a.published = newest.addSecs(-3600LL * i);
        a.summary = u"Summary %1"_s.arg(i);
        a.contentHtml = u"<p>Body %1</p>"_s.arg(i);
        articles.append(a);
    }
    if (!m_library->articles().upsert(feedId.value(), articles, newest))
        return 0;
    return feedId.value();
}
