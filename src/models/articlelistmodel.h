#pragma once

#include "article.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QHash>
#include <QLocale>

#include <functional>
#include <optional>

// The article list: newest first, loaded a page at a time as the view
// scrolls (canFetchMore/fetchMore), so a million articles cost one page.
// Pages arrive as futures (read off the GUI thread); an answer for a list
// that was replaced meanwhile is dropped.
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Resolves with up to `limit` rows after `last` (the previous page's last row).
    using PageLoader = std::function<QFuture<Result<QList<ArticleHeader>>>(
            const std::optional<ArticleHeader> &last, int limit)>;

    enum Role { IdRole = Qt::UserRole + 1, ReadRole, StarredRole, FeedIdRole, PublishedRole };
    enum Column { TitleColumn, SourceColumn, PublishedColumn, StarColumn, ColumnCount };

    explicit ArticleListModel(QObject *parent = nullptr);

    // The list order a click on a column header asks for; nullopt for a
    // column the list is not sorted by (the star).
    static std::optional<ArticleOrder> orderFor(int column, Qt::SortOrder order);

    // Starts over with a new source of rows (a category, a feed, a filter).
    void setLoader(PageLoader loader, int pageSize = 100);
    void clear();
    int rowOf(qint64 articleId) const;
    ArticleHeader header(int row) const;
    void setRead(int row, bool read);
    void setStarred(int row, bool starred);
    // Whether a page is on its way.
    bool isLoading() const { return m_inFlight; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    // While held, the model offers no more rows: the view sets it while it
    // only lays itself out (ArticleListView), so pages come when the person
    // scrolls or moves to the end, never from a layout.
    void setFetchHeld(bool held) { m_fetchHeld = held; }
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // A page arrived (first: the list's first page, possibly empty).
    void pageLoaded(bool first);
    void loadFailed(const QString &message);

private:
    void pageArrived(quint64 generation, const Result<QList<ArticleHeader>> &page);

    QString shortDate(const QDateTime &time) const;
    static QString snippetToolTip(const ArticleHeader &row);

    PageLoader m_loader;
    QList<ArticleHeader> m_rows;
    // Each id's row: marking all read (and undoing it) looks up 100k ids.
    QHash<qint64, int> m_rowOf;
    QList<QString> m_dates; // each row's shortDate(), made once: local time is costly to ask for
    int m_pageSize = 100;
    bool m_exhausted = true;
    bool m_fetching = false; // views call fetchMore() from our own signals
    bool m_fetchHeld = false;
    bool m_inFlight = false;
    quint64 m_generation = 0; // which list an arriving page belongs to
    QLocale m_locale;
};
