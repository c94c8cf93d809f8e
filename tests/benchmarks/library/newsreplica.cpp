#include "newsreplica.h"

#include "article.h"
#include "related/termvector.h"
#include "sqlutil.h"

#include <algorithm>

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 DocumentCountRow = -1; // term_df's row of the document count (relatedindex.cpp)
constexpr int FunctionWords = 300; // the most frequent words are never swapped
constexpr int BandWidth = 32; // words are paired within blocks of this many of similar frequency
constexpr qint64 Chunk = 1000; // articles read, rewritten and stored at a time

Error databaseError(const QSqlQuery &q)
{
    return makeError(Error::Database, q.lastError().text());
}

bool isAllUpper(QStringView word)
{
    return std::all_of(word.begin(), word.end(), [](QChar c) { return !c.isLower(); });
}

struct Row
{
    QVariantList values; // the articles columns, in insert order
    qint64 cluster = 0;
    bool featured = false;
    // Filled by the rewrite:
    QString title, summary, html, text;
    ArticleFeatures features;
};

} // namespace

NewsReplica::NewsReplica(QSqlDatabase db) : m_db(std::move(db)) { }

qsizetype NewsReplica::vocabularySize() const
{
    qsizetype n = 0;
    for (const QStringList &words : m_classes)
        n += words.size();
    return n;
}

Result<> NewsReplica::learn()
{
    struct Seen
    {
        qint64 count = 0;
        qint64 capitalised = 0;
        QString form; // the first capitalised spelling met
    };
    QHash<QString, Seen> seen;
    QSqlQuery q(m_db);
    // Every 7th article: the corpus's sentences recur across items, so a
    // sample sees nearly all of its words.
    if (!q.exec(u"SELECT title, summary, content_text FROM articles WHERE id % 7 = 0"_s))
        return databaseError(q);
    while (q.next()) {
        for (int column = 0; column < 3; ++column) {
            const QString text = q.value(column).toString();
            for (qsizetype i = 0; i < text.size();) {
                if (!text.at(i).isLetter()) {
                    ++i;
                    continue;
                }
                qsizetype j = i;
                while (j < text.size() && text.at(j).isLetter())
                    ++j;
                if (j - i >= 3) {
                    const QStringView word = QStringView(text).mid(i, j - i);
                    Seen &s = seen[word.toString().toLower()];
                    ++s.count;
                    if (word.front().isUpper()) {
                        ++s.capitalised;
                        if (s.form.isEmpty())
                            s.form = word.toString();
                    }
                }
                i = j;
            }
        }
    }
    QList<std::pair<qint64, QString>> ranked;
    ranked.reserve(seen.size());
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it.value().count >= 2)
            ranked.append({it.value().count, it.key()});
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    m_classes = {QStringList(), QStringList()};
    for (qsizetype i = FunctionWords; i < ranked.size(); ++i) {
        const Seen &s = seen.value(ranked.at(i).second);
        // A name: written capitalised nearly always, also inside sentences.
        if (s.capitalised * 10 >= s.count * 9)
            m_classes[0].append(s.form);
        else
            m_classes[1].append(ranked.at(i).second);
    }
    m_swaps.clear();
    if (vocabularySize() < 2 * BandWidth)
        return makeError(Error::BadInput, u"too few words to swap: %1"_s.arg(vocabularySize()));
    return {};
}

const QHash<QString, QString> &NewsReplica::swapsOf(int copy) const
{
    // Looked up without detaching: the rewriting workers share the table.
    const auto it = std::as_const(m_swaps).constFind(copy);
    if (it != m_swaps.cend())
        return it.value();
    QHash<QString, QString> swaps;
    for (qsizetype c = 0; c < m_classes.size(); ++c) {
        const QStringList &words = m_classes.at(c);
        for (qsizetype start = 0; start + 1 < words.size(); start += BandWidth) {
            QStringList block = words.mid(start, BandWidth);
            QRandomGenerator rng(quint32(copy * 1000003 + c * 7919 + start));
            std::shuffle(block.begin(), block.end(), rng);
            for (qsizetype i = 0; i + 1 < block.size(); i += 2) {
                swaps.insert(block.at(i).toLower(), block.at(i + 1));
                swaps.insert(block.at(i + 1).toLower(), block.at(i));
            }
        }
    }
    return m_swaps.insert(copy, std::move(swaps)).value();
}

void NewsReplica::appendSwapped(QString &out, QStringView text, const QHash<QString, QString> &swaps) const
{
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype j = i;
        while (j < text.size() && !text.at(j).isLetter())
            ++j;
        out += text.mid(i, j - i);
        i = j;
        while (j < text.size() && text.at(j).isLetter())
            ++j;
        if (j == i)
            break;
        const QStringView word = text.mid(i, j - i);
        const auto partner = word.size() >= 3 ? swaps.constFind(word.toString().toLower()) : swaps.cend();
        if (partner == swaps.cend()) {
            out += word;
        } else if (word.size() > 1 && isAllUpper(word)) {
            out += partner.value().toUpper();
        } else if (word.front().isUpper()) {
            out += partner.value().front().toUpper();
            out += QStringView(partner.value()).mid(1);
        } else {
            out += partner.value().toLower();
        }
        i = j;
    }
}

QString NewsReplica::swappedText(QStringView text, int copy) const
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    appendSwapped(out, text, swapsOf(copy));
    return out;
}

QString NewsReplica::swappedHtml(QStringView html, int copy) const
{
    const QHash<QString, QString> &swaps = swapsOf(copy);
    QString out;
    out.reserve(html.size() + html.size() / 8);
    qsizetype i = 0;
    while (i < html.size()) {
        if (html.at(i) == u'<') {
            // A tag with its attributes, kept as it is.
            const qsizetype end = html.indexOf(u'>', i);
            const qsizetype stop = end < 0 ? html.size() : end + 1;
            out += html.mid(i, stop - i);
            i = stop;
            continue;
        }
        if (html.at(i) == u'&') {
            // An entity, kept as it is.
            qsizetype j = i + 1;
            while (j < html.size() && j - i < 12 && (html.at(j).isLetterOrNumber() || html.at(j) == u'#'))
                ++j;
            if (j < html.size() && html.at(j) == u';') {
                out += html.mid(i, j + 1 - i);
                i = j + 1;
                continue;
            }
        }
        qsizetype j = i + 1;
        while (j < html.size() && html.at(j) != u'<' && html.at(j) != u'&')
            ++j;
        appendSwapped(out, html.mid(i, j - i), swaps);
        i = j;
    }
    return out;
}

Result<> NewsReplica::grow(int copies, const std::function<void(const QString &)> &progress)
{
    if (copies < 2)
        return {};
    if (m_classes.isEmpty()) {
        if (auto learnt = learn(); !learnt)
            return learnt;
    }
    QSqlQuery q(m_db);
    // The copies land all over the indexes: a cache that holds them turns
    // random reads of the disk into memory ones. A benchmark library is made
    // again if the machine stops: no need to sync every commit.
    for (const QString &pragma : {u"PRAGMA cache_size = -4000000"_s, u"PRAGMA synchronous = OFF"_s}) {
        if (!q.exec(pragma))
            return databaseError(q);
    }
    QHash<qint64, qint64> df;
    if (!q.exec(u"SELECT term, df FROM term_df"_s))
        return databaseError(q);
    while (q.next())
        df.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    if (!q.exec(u"SELECT max(id), max(sort_time) - min(sort_time) + 30 FROM articles"_s) || !q.next())
        return databaseError(q);
    const qint64 maxId = q.value(0).toLongLong();
    const qint64 span = q.value(1).toLongLong();
    q.finish();
    for (int k = 1; k < copies; ++k) {
        if (auto copied = copyOnce(k, maxId, span, df); !copied)
            return copied;
        progress(u"copy %1 of %2 stored"_s.arg(k).arg(copies - 1));
    }
    // (The same-story band index is the indexer's, in memory: filled from
    // the signatures of the newest copy's window when it first indexes.)
    SqlUtil::Transaction tx(m_db);
    QSqlQuery write(m_db);
    if (!write.prepare(u"INSERT OR REPLACE INTO term_df (term, df) VALUES (?, ?)"_s))
        return databaseError(write);
    for (auto it = df.cbegin(); it != df.cend(); ++it) {
        write.bindValue(0, it.key());
        write.bindValue(1, it.value());
        if (!write.exec())
            return databaseError(write);
    }
    return tx.commit();
}

Result<> NewsReplica::copyOnce(int copy, qint64 maxId, qint64 span, QHash<qint64, qint64> &df)
{
    const qint64 offset = qint64(copy) * maxId;
    const QString tag = u"#%1"_s.arg(copy);
    (void)swapsOf(copy); // made before the workers share it
    QSqlQuery read(m_db);
    QSqlQuery insert(m_db);
    QSqlQuery search(m_db);
    QSqlQuery features(m_db);
    QSqlQuery tags(m_db);
    QSqlQuery dequeue(m_db);
    if (!read.prepare(u"SELECT a.id, a.feed_id, a.dedupe_key, a.guid, a.link, a.title, a.author, a.published,"
                      " a.updated, a.summary, a.content_html, a.content_text, a.content_hash, a.read, a.starred,"
                      " a.fetched_at, a.sort_time, f.story_cluster, f.article_id IS NOT NULL"
                      " FROM articles a LEFT JOIN article_features f ON f.article_id = a.id"
                      " WHERE a.id > ? AND a.id <= ? ORDER BY a.id"_s)
        || !insert.prepare(u"INSERT INTO articles (id, feed_id, dedupe_key, guid, link, title, author, published,"
                           " updated, summary, content_html, content_text, content_hash, read, starred, fetched_at,"
                           " sort_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
        || !search.prepare(u"INSERT INTO articles_fts (rowid, title, author, summary, content_text)"
                           " VALUES (?, ?, ?, ?, ?)"_s)
        || !features.prepare(u"INSERT INTO article_features (article_id, vector, signature, story_cluster)"
                             " VALUES (?, ?, ?, ?)"_s)
        || !tags.prepare(u"INSERT INTO article_tags (article_id, term) SELECT article_id + ?, term"
                         " FROM article_tags WHERE article_id > ? AND article_id <= ?"_s)
        || !dequeue.prepare(u"DELETE FROM index_queue WHERE article_id > ? AND article_id <= ?"_s))
        return makeError(Error::Database, m_db.lastError().text());
    for (qint64 low = 0; low < maxId; low += Chunk) {
        const qint64 high = std::min(maxId, low + Chunk);
        read.addBindValue(low);
        read.addBindValue(high);
        if (!read.exec())
            return databaseError(read);
        QList<Row> rows;
        while (read.next()) {
            Row row;
            for (int c = 0; c < 17; ++c)
                row.values.append(read.value(c));
            row.cluster = read.value(17).toLongLong();
            row.featured = read.value(18).toBool();
            rows.append(std::move(row));
        }
        read.finish();
        // The rewording and the features (the indexer's own computation)
        // are most of the cost: on every core.
        QtConcurrent::blockingMap(rows, [this, copy](Row &row) {
            row.title = swappedText(row.values.at(5).toString(), copy);
            row.summary = swappedText(row.values.at(9).toString(), copy);
            row.html = swappedHtml(row.values.at(10).toString(), copy);
            row.text = swappedText(row.values.at(11).toString(), copy);
            if (row.featured)
                row.features = computeArticleFeatures(row.title, row.summary, row.text);
        });
        SqlUtil::Transaction tx(m_db);
        for (Row &row : rows) {
            QVariantList v = row.values;
            const qint64 id = v.at(0).toLongLong() + offset;
            v[0] = id;
            v[2] = v.at(2).toString() + tag;
            if (!v.at(3).isNull())
                v[3] = v.at(3).toString() + tag;
            if (!v.at(4).isNull())
                v[4] = v.at(4).toString() + tag;
            v[5] = row.title;
            if (!v.at(7).isNull())
                v[7] = v.at(7).toLongLong() + qint64(copy) * span;
            v[9] = row.summary;
            v[10] = row.html;
            v[11] = row.text;
            if (!v.at(12).isNull())
                v[12] = v.at(12).toString() + tag;
            v[16] = v.at(16).toLongLong() + qint64(copy) * span;
            for (int c = 0; c < v.size(); ++c)
                insert.bindValue(c, v.at(c));
            if (!insert.exec())
                return databaseError(insert);
            const QVariantList entry{id, row.title, v.at(6), row.summary, row.text};
            for (int c = 0; c < entry.size(); ++c)
                search.bindValue(c, entry.at(c));
            if (!search.exec())
                return databaseError(search);
            if (!row.featured)
                continue;
            features.bindValue(0, id);
            features.bindValue(1, row.features.termVector);
            features.bindValue(2, row.features.storySignature);
            features.bindValue(3, row.cluster == 0 ? qint64(0) : row.cluster + offset);
            if (!features.exec())
                return databaseError(features);
            if (const auto vector = TermVector::decode(row.features.termVector); vector && !vector->isEmpty()) {
                ++df[DocumentCountRow];
                for (const quint32 term : vector->terms())
                    ++df[qint64(term)];
            }
        }
        const QVariantList tagValues{offset, low, high};
        for (int c = 0; c < tagValues.size(); ++c)
            tags.bindValue(c, tagValues.at(c));
        if (!tags.exec())
            return databaseError(tags);
        // Indexed like their originals: off the queue the insert put them on.
        dequeue.bindValue(0, low + offset);
        dequeue.bindValue(1, high + offset);
        if (!dequeue.exec())
            return databaseError(dequeue);
        if (auto committed = tx.commit(); !committed)
            return committed;
    }
    return {};
}
