#include "imagerepository.h"
#include "sqlutil.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

#define IMAGE_COLUMNS "id, url, local_path, mime_type, bytes, state, fetched_at"

namespace {

CachedImage imageFrom(const QSqlQuery &q)
{
    CachedImage image;
    image.id = q.value(0).toLongLong();
    image.url = QUrl(q.value(1).toString());
    image.localPath = q.value(2).toString();
    image.mimeType = q.value(3).toString();
    image.bytes = q.value(4).toLongLong();
    const int state = q.value(5).toInt();
    image.state = state >= 0 && state <= 4 ? CachedImage::State(state) : CachedImage::State::Failed;
    image.fetchedAt = SqlUtil::toTime(q.value(6));
    return image;
}

Result<QList<CachedImage>> imagesFrom(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<CachedImage> out;
    while (q.value().next())
        out.append(imageFrom(q.value()));
    return out;
}

QString key(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

ImageRepository::ImageRepository(QSqlDatabase db) : m_db(std::move(db)) { }

Result<QList<CachedImage>> ImageRepository::link(qint64 articleId, const QList<QUrl> &urls)
{
    return linkAll({{articleId, urls}});
}

Result<QList<CachedImage>> ImageRepository::linkAll(const QList<ArticleImages> &articles)
{
    // On SQLite directly: a refresh links every image of every article it
    // stores, on the one writer, and QSqlQuery's per-value conversions
    // cost more than SQLite's own work. A new URL is added and answered in
    // one statement; only a known one is looked up.
    SqlUtil::Transaction tx(m_db);
    auto add = SqlUtil::RawStatement::prepare(
            m_db, "INSERT INTO images (url) VALUES (?) ON CONFLICT DO NOTHING RETURNING id");
    auto lookup = SqlUtil::RawStatement::prepare(
            m_db, "SELECT " IMAGE_COLUMNS " FROM images WHERE url = ?");
    auto join = SqlUtil::RawStatement::prepare(
            m_db, "INSERT OR IGNORE INTO article_images (article_id, image_id) VALUES (?, ?)");
    if (!add)
        return add.error();
    if (!lookup)
        return lookup.error();
    if (!join)
        return join.error();
    SqlUtil::RawStatement &adding = add.value();
    SqlUtil::RawStatement &finding = lookup.value();
    SqlUtil::RawStatement &joining = join.value();
    const auto text = [&finding](int column) {
        const QByteArrayView bytes = finding.text(column);
        return bytes.isNull() ? QString() : QString::fromUtf8(bytes);
    };
    QList<CachedImage> out;
    for (const ArticleImages &article : articles) {
        for (const QUrl &url : article.urls) {
            const QByteArray urlKey = key(url).toUtf8();
            CachedImage image;
            adding.bind(1, urlKey);
            auto added = adding.step();
            if (!added)
                return added.error();
            if (added.value()) {
                image.id = adding.int64(0);
                image.url = QUrl(QString::fromUtf8(urlKey)); // as a lookup reads it back
                image.state = CachedImage::State::Pending;
            }
            adding.reset();
            if (image.id == 0) {
                finding.bind(1, urlKey);
                auto found = finding.step();
                if (!found)
                    return found.error();
                if (!found.value())
                    return makeError(Error::Database,
                                     u"image row for %1 vanished"_s.arg(QString::fromUtf8(urlKey)));
                image.id = finding.int64(0);
                image.url = QUrl(text(1));
                image.localPath = text(2);
                image.mimeType = text(3);
                image.bytes = finding.int64(4);
                const qint64 state = finding.int64(5);
                image.state = state >= 0 && state <= 4 ? CachedImage::State(state)
                                                       : CachedImage::State::Failed;
                image.fetchedAt = finding.text(6).isNull()
                        ? QDateTime()
                        : QDateTime::fromSecsSinceEpoch(finding.int64(6), Qt::UTC);
                finding.reset();
            }
            joining.bind(1, article.articleId);
            joining.bind(2, image.id);
            auto joined = joining.step();
            joining.reset();
            if (!joined)
                return joined.error();
            out.append(std::move(image));
        }
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    return out;
}

QList<bool> ImageRepository::markAll(const QList<Outcome> &outcomes)
{
    QList<bool> ok(outcomes.size(), false);
    SqlUtil::Transaction tx(m_db);
    auto stored = SqlUtil::prepare(
            m_db,
            u"UPDATE images SET local_path = ?, mime_type = ?, bytes = ?, state = 1,"
            " fetched_at = ? WHERE id = ?"_s);
    auto failed =
            SqlUtil::prepare(m_db,
                             u"UPDATE images SET local_path = NULL, mime_type = NULL, bytes = 0,"
                             " state = ?, fetched_at = ? WHERE id = ?"_s);
    if (!stored || !failed)
        return ok;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const Outcome &o = outcomes.at(i);
        QSqlQuery &q = o.state == CachedImage::State::Stored ? stored.value() : failed.value();
        if (o.state == CachedImage::State::Stored) {
            q.bindValue(0, o.localPath);
            q.bindValue(1, o.mimeType);
            q.bindValue(2, o.bytes);
            q.bindValue(3, SqlUtil::fromTime(o.fetchedAt));
            q.bindValue(4, o.imageId);
        } else {
            q.bindValue(0, int(o.state));
            q.bindValue(1, SqlUtil::fromTime(o.fetchedAt));
            q.bindValue(2, o.imageId);
        }
        ok[i] = SqlUtil::exec(q).ok();
    }
    if (!tx.commit())
        ok.fill(false);
    return ok;
}

Result<> ImageRepository::markStored(qint64 imageId, const QString &localPath, const QString &mimeType,
                                     qint64 bytes, const QDateTime &fetchedAt)
{
    auto q = SqlUtil::run(m_db,
                          u"UPDATE images SET local_path = ?, mime_type = ?, bytes = ?, state = 1,"
                          " fetched_at = ? WHERE id = ?"_s,
                          {localPath, mimeType, bytes, SqlUtil::fromTime(fetchedAt), imageId});
    if (!q)
        return q.error();
    return {};
}

Result<> ImageRepository::markFailed(qint64 imageId, CachedImage::State state, const QDateTime &fetchedAt)
{
    auto q = SqlUtil::run(m_db,
                          u"UPDATE images SET local_path = NULL, mime_type = NULL, bytes = 0, state = ?,"
                          " fetched_at = ? WHERE id = ?"_s,
                          {int(state), SqlUtil::fromTime(fetchedAt), imageId});
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<CachedImage>> ImageRepository::find(const QUrl &url) const
{
    auto q = SqlUtil::run(m_db, QStringLiteral("SELECT " IMAGE_COLUMNS " FROM images WHERE url = ?"), {key(url)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<CachedImage>();
    return std::optional<CachedImage>(imageFrom(q.value()));
}

Result<QList<CachedImage>> ImageRepository::forArticle(qint64 articleId) const
{
    return imagesFrom(SqlUtil::run(
            m_db,
            u"SELECT i.id, i.url, i.local_path, i.mime_type, i.bytes, i.state, i.fetched_at"
            " FROM article_images ai JOIN images i ON i.id = ai.image_id WHERE ai.article_id = ?"
            " ORDER BY i.id"_s,
            {articleId}));
}

Result<QList<QUrl>> ImageRepository::storedUrls(qint64 articleId) const
{
    auto q = SqlUtil::run(m_db,
                          u"SELECT i.url FROM article_images ai JOIN images i ON i.id = ai.image_id"
                          " WHERE ai.article_id = ? AND i.state = 1"_s,
                          {articleId});
    if (!q)
        return q.error();
    QList<QUrl> out;
    while (q.value().next())
        out.append(QUrl(q.value().value(0).toString()));
    return out;
}

Result<QList<CachedImage>> ImageRepository::pending(int limit) const
{
    return imagesFrom(SqlUtil::run(
            m_db, QStringLiteral("SELECT " IMAGE_COLUMNS " FROM images WHERE state = 0 ORDER BY id LIMIT ?"),
            {std::max(1, limit)}));
}

Result<qint64> ImageRepository::storedBytes() const
{
    auto q = SqlUtil::run(m_db, u"SELECT coalesce(sum(bytes), 0) FROM images WHERE state = 1"_s);
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : qint64(0);
}

Result<QStringList> ImageRepository::removeOrphans()
{
    SqlUtil::Transaction tx(m_db);
    auto q = SqlUtil::run(m_db,
                          u"SELECT local_path FROM images WHERE local_path IS NOT NULL"
                          " AND id NOT IN (SELECT image_id FROM article_images)"_s);
    if (!q)
        return q.error();
    QStringList paths;
    while (q.value().next())
        paths.append(q.value().value(0).toString());
    q.value().finish();
    if (auto d = SqlUtil::run(m_db, u"DELETE FROM images WHERE id NOT IN (SELECT image_id FROM article_images)"_s); !d)
        return d.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return paths;
}

Result<QStringList> ImageRepository::evictBeyond(qint64 maxBytes)
{
    SqlUtil::Transaction tx(m_db);
    const QString ranked =
            u"SELECT id, local_path FROM (SELECT i.id, i.local_path, sum(i.bytes) OVER (ORDER BY"
            " EXISTS (SELECT 1 FROM article_images ai JOIN articles a ON a.id = ai.article_id"
            " WHERE ai.image_id = i.id AND a.starred = 1) DESC, i.fetched_at DESC, i.id DESC) AS running"
            " FROM images i WHERE i.state = 1) WHERE running > ?"_s;
    auto q = SqlUtil::run(m_db, ranked, {std::max<qint64>(0, maxBytes)});
    if (!q)
        return q.error();
    QList<qint64> ids;
    QStringList paths;
    while (q.value().next()) {
        ids.append(q.value().value(0).toLongLong());
        paths.append(q.value().value(1).toString());
    }
    q.value().finish();
    if (auto done = SqlUtil::run(m_db,
                                 u"UPDATE images SET state = 4, local_path = NULL"
                                 " WHERE id IN (SELECT value FROM json_each(?))"_s,
                                 {SqlUtil::idList(ids)});
        !done)
        return done.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return paths;
}
