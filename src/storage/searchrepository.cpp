#include "searchrepository.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SearchRepository)
};

// The letters and digits of a word; FTS5 would split on the rest anyway.
QString wordChars(QStringView text)
{
    QString out;
    for (QChar c : text)
        out += c.isLetterOrNumber() ? c : QChar(u' ');
    return out.simplified();
}
} // namespace

SearchRepository::SearchRepository(QSqlDatabase db, int rankingPool)
    : m_db(std::move(db)), m_rankingPool(std::max(1, rankingPool))
{
}

QString SearchRepository::toMatchExpression(const QString &query)
{
    QStringList parts;
    qsizetype i = 0;
    const qsizetype n = query.size();
    while (i < n) {
        if (query.at(i).isSpace()) {
            ++i;
            continue;
        }
        if (query.at(i) == u'"') {
            const qsizetype close = query.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? n : close;
            const QString phrase = wordChars(QStringView(query).mid(i + 1, end - i - 1));
            if (!phrase.isEmpty())
                parts.append(u'"' + phrase + u'"');
            i = end + 1;
            continue;
        }
        qsizetype end = i;
        while (end < n && !query.at(end).isSpace() && query.at(end) != u'"')
            ++end;
        const QStringView token = QStringView(query).mid(i, end - i);
        const bool prefix = token.endsWith(u'*');
        const QString words = wordChars(token);
        i = end;
        if (words.isEmpty())
            continue;
        // "covid-19" is one thing to a reader: search it as a phrase. A
        // one-letter prefix matches most of the library, and no prefix index
        // holds it (resources/sql/0006): it is searched as that letter.
        const bool indexedPrefix = prefix && words.size() - words.lastIndexOf(u' ') - 1 >= 2;
        parts.append(u'"' + words + u'"' + (indexedPrefix ? u"*"_s : QString()));
    }
    return parts.join(u' ');
}

Result<QList<SearchHit>> SearchRepository::search(const QString &query, int limit,
                                                   const QList<qint64> &feedIds) const
{
    const QString match = toMatchExpression(query);
    if (match.isEmpty())
        return makeError(Error::Usage, Tr::tr("nothing to search for"));
    limit = std::max(1, limit);
    // BM25 over every match of a common word costs a pass over hundreds of
    // thousands of rows at a million articles. FTS5 walks its matches by
    // rowid (newest stored first) and stops at the pool, so only the newest
    // matches are scored: a rare word is still ranked over all of its matches.
    // masthead_rank is bm25() without its own full pass over a common word's
    // rows to weigh it (searchrank.h); it needs the table's last rowid.
    auto ranked = feedIds.isEmpty()
            ? SqlUtil::run(m_db,
                           u"SELECT id, score FROM (SELECT rowid AS id,"
                           " masthead_rank(articles_fts, (SELECT max(id) FROM articles), 8.0, 2.0, 3.0, 1.0)"
                           " AS score FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?)"
                           " ORDER BY score, id DESC LIMIT ?"_s,
                           {match, m_rankingPool, limit})
            // In scope: each match is checked against its feed as FTS5 walks
            // them, so the pool fills with the scope's newest matches.
            : SqlUtil::run(m_db,
                           u"SELECT id, score FROM (SELECT rowid AS id,"
                           " masthead_rank(articles_fts, (SELECT max(id) FROM articles), 8.0, 2.0, 3.0, 1.0)"
                           " AS score FROM articles_fts WHERE articles_fts MATCH ? AND EXISTS (SELECT 1 FROM"
                           " articles a WHERE a.id = articles_fts.rowid AND a.feed_id IN"
                           " (SELECT value FROM json_each(?))) ORDER BY rowid DESC LIMIT ?)"
                           " ORDER BY score, id DESC LIMIT ?"_s,
                           {match, SqlUtil::idList(feedIds), m_rankingPool, limit});
    if (!ranked)
        return ranked.error();
    QList<qint64> ids;
    QHash<qint64, double> scores;
    while (ranked.value().next()) {
        const qint64 id = ranked.value().value(0).toLongLong();
        ids.append(id);
        scores.insert(id, -ranked.value().value(1).toDouble());
    }
    ranked.value().finish();
    if (ids.isEmpty())
        return QList<SearchHit>();

    // Snippets only for the rows shown.
    auto q = SqlUtil::run(
            m_db,
            u"SELECT a.id, a.feed_id, coalesce(f.title, f.url), a.title, a.link, a.published,"
            " snippet(articles_fts, -1, '[', ']', '…', 16), a.read, a.starred"
            " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
            " JOIN feeds f ON f.id = a.feed_id"
            " WHERE articles_fts MATCH ? AND articles_fts.rowid IN (SELECT value FROM json_each(?))"_s,
            {match, SqlUtil::idList(ids)});
    if (!q)
        return q.error();
    QHash<qint64, SearchHit> found;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        const qint64 id = r.value(0).toLongLong();
        found.insert(id, {id, r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toString(),
                          QUrl(r.value(4).toString()), SqlUtil::toTime(r.value(5)), scores.value(id),
                          r.value(6).toString(), r.value(7).toBool(), r.value(8).toBool()});
    }
    QList<SearchHit> hits;
    for (qint64 id : std::as_const(ids)) {
        if (found.contains(id))
            hits.append(found.value(id));
    }
    return hits;
}
