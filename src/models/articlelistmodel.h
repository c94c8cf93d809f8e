#pragma once

#include "article.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <functional>
#include <optional>

// The article list: newest first, loaded a page at a time as the view
// scrolls (canFetchMore/fetchMore), so a million articles cost one page.
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Returns up to `limit` rows after `last` (the previous page's last row).
    using PageLoader = std::function<QList<ArticleHeader>(const std::optional<ArticleHeader> &last, int limit)>;

    enum Role { IdRole = Qt::UserRole + 1, ReadRole, StarredRole, FeedIdRole, PublishedRole };
    enum Column { TitleColumn, SourceColumn, PublishedColumn, ColumnCount };

    explicit ArticleListModel(QObject *parent = nullptr);

    // Starts over with a new source of rows (a category, a feed, a filter).
    void setLoader(PageLoader loader, int pageSize = 100);
    void clear();
    int rowOf(qint64 articleId) const;
    ArticleHeader header(int row) const;
    void setRead(int row, bool read);
    void setStarred(int row, bool starred);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString shortDate(const QDateTime &time) const;

    PageLoader m_loader;
    QList<ArticleHeader> m_rows;
    int m_pageSize = 100;
    bool m_exhausted = true;
    bool m_fetching = false; // views call fetchMore() from our own signals
    QLocale m_locale;
};
