#include "articlelistmodel.h"

#include <QFont>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

ArticleListModel::ArticleListModel(QObject *parent) : QAbstractTableModel(parent) { }

QString ArticleListModel::shortDate(const QDateTime &time) const
{
    // Today: the time; this year: day and month; else the date. As mail readers do.
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    const QDate today = QDate::currentDate();
    if (local.date() == today)
        return m_locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date().year() == today.year())
        return m_locale.toString(local.date(), u"d MMM"_s);
    return m_locale.toString(local.date(), QLocale::ShortFormat);
}

// The snippet with its matches in bold (the tooltip is rich text).
QString ArticleListModel::snippetToolTip(const ArticleHeader &row)
{
    QString marked = row.snippet.toHtmlEscaped();
    marked.replace(u'[', u"<b>"_s).replace(u']', u"</b>"_s);
    return u"<p><b>%1</b></p><p>%2</p>"_s.arg(row.title.toHtmlEscaped(), marked);
}

void ArticleListModel::setLoader(PageLoader loader, int pageSize)
{
    {
        QScopedValueRollback guard(m_fetching, true);
        beginResetModel();
        ++m_generation;
        m_inFlight = false;
        m_loader = std::move(loader);
        m_pageSize = std::max(1, pageSize);
        m_rows.clear();
        m_dates.clear();
        m_rowOf.clear();
        m_exhausted = !m_loader;
        endResetModel();
    }
    if (canFetchMore({}))
        fetchMore({});
}

void ArticleListModel::clear()
{
    setLoader({});
}

int ArticleListModel::rowOf(qint64 articleId) const
{
    return m_rowOf.value(articleId, -1);
}

ArticleHeader ArticleListModel::header(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : ArticleHeader();
}

void ArticleListModel::setRead(int row, bool read)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).read == read)
        return;
    m_rows[row].read = read;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ArticleListModel::setStarred(int row, bool starred)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).starred == starred)
        return;
    m_rows[row].starred = starred;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleHeader &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return row.title.isEmpty() ? tr("(untitled)") : row.title;
        case SourceColumn:
            if (row.storySize > 1)
                return tr("%1 +%n", "a source, and how many others cover the same story", row.storySize - 1)
                        .arg(row.feedTitle);
            return row.feedTitle;
        case PublishedColumn:
            return m_dates.at(index.row());
        case StarColumn:
            return row.starred ? u"\u2605"_s : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && !row.snippet.isEmpty())
            return snippetToolTip(row);
        if (index.column() == StarColumn)
            return row.starred ? tr("Starred") : QString();
        if (index.column() == PublishedColumn && row.published.isValid())
            return m_locale.toString(row.published.toLocalTime(), QLocale::LongFormat);
        if (index.column() == SourceColumn && row.storySize > 1)
            return tr("Also covered by %n other source(s)", nullptr, row.storySize - 1);
        return row.title;
    case Qt::AccessibleTextRole:
        // Each cell says its own column's value, as a screen reader reads
        // across a row or down a column; the row's state is its description.
        switch (index.column()) {
        case TitleColumn:
            return row.title.isEmpty() ? tr("(untitled)") : row.title;
        case SourceColumn:
            if (row.storySize > 1)
                return tr("%1, and %n other source(s)", nullptr, row.storySize - 1).arg(row.feedTitle);
            return row.feedTitle;
        case PublishedColumn:
            return row.published.isValid() ? m_locale.toString(row.published.toLocalTime(), QLocale::LongFormat)
                                           : tr("No date");
        case StarColumn:
            return row.starred ? tr("Starred") : tr("Not starred");
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        return row.starred ? (row.read ? tr("Read, starred") : tr("Unread, starred"))
                           : (row.read ? tr("Read") : tr("Unread"));
    case Qt::FontRole:
        if (!row.read) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IdRole:
        return row.id;
    case ReadRole:
        return row.read;
    case StarredRole:
        return row.starred;
    case FeedIdRole:
        return row.feedId;
    case PublishedRole:
        return row.published;
    default:
        return {};
    }
}

std::optional<ArticleOrder> ArticleListModel::orderFor(int column, Qt::SortOrder order)
{
    const bool ascending = order == Qt::AscendingOrder;
    switch (column) {
    case TitleColumn:
        return ascending ? ArticleOrder::TitleAscending : ArticleOrder::TitleDescending;
    case SourceColumn:
        return ascending ? ArticleOrder::SourceAscending : ArticleOrder::SourceDescending;
    case PublishedColumn:
        return ascending ? ArticleOrder::Oldest : ArticleOrder::Newest;
    default:
        return std::nullopt;
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section == StarColumn && (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole))
        return tr("Starred");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("Source");
    case PublishedColumn:
        return tr("Published");
    case StarColumn:
        return u"\u2605"_s;
    }
    return {};
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_fetchHeld;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_fetching || m_inFlight)
        return;
    QScopedValueRollback guard(m_fetching, true);
    const std::optional<ArticleHeader> last =
            m_rows.isEmpty() ? std::nullopt : std::optional<ArticleHeader>(m_rows.last());
    m_inFlight = true;
    // A page that is already there (a ready future) is taken at once, inside
    // this call: the model keeps no state past this point that it could
    // miss, and a view asking for rows gets them without a turn of the loop.
    m_loader(last, m_pageSize).then(this, [this, generation = m_generation](const Result<QList<ArticleHeader>> &page) {
        pageArrived(generation, page);
    });
}

void ArticleListModel::pageArrived(quint64 generation, const Result<QList<ArticleHeader>> &page)
{
    if (generation != m_generation)
        return; // a list that was replaced
    m_inFlight = false;
    const bool first = m_rows.isEmpty();
    if (!page) {
        m_exhausted = true;
        Q_EMIT loadFailed(page.error().message);
        return;
    }
    if (page->size() < m_pageSize)
        m_exhausted = true;
    if (!page->isEmpty()) {
        QScopedValueRollback guard(m_fetching, true);
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
        for (const ArticleHeader &row : page.value()) {
            if (!m_rowOf.contains(row.id)) // the first row of an id answers for it
                m_rowOf.insert(row.id, int(m_rows.size()));
            m_rows.append(row);
            m_dates.append(shortDate(row.published));
        }
        endInsertRows();
    }
    Q_EMIT pageLoaded(first);
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{IdRole, "id"}, {ReadRole, "read"}, {StarredRole, "starred"},
                  {FeedIdRole, "feedId"}, {PublishedRole, "published"}});
    return names;
}
