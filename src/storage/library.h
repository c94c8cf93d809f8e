#pragma once

#include "accountrepository.h"
#include "articleindexer.h"
#include "articlerepository.h"
#include "categoryrepository.h"
#include "database.h"
#include "feedrepository.h"
#include "imagerepository.h"
#include "pageattempts.h"
#include "relatedindex.h"
#include "relatedstories.h"
#include "result.h"
#include "searchrepository.h"
#include "sqlutil.h"
#include "syncqueue.h"
#include "syncstore.h"

#include <memory>

// A library in a data directory: the database file plus the image cache
// folder beside it. Owns one connection and hands out repositories on it, so
// everything a Library gives out belongs to the thread that opened it.
class Library final
{
public:
    // What opening does with a damaged library: refuse it (the default), or
    // -- only when the person agreed -- move it aside and start a fresh one.
    enum class IfDamaged { Refuse, MoveAside };

    static Result<std::unique_ptr<Library>> open(const QString &dataDir,
                                                 Database::Mode mode = Database::Mode::ReadWrite,
                                                 IfDamaged ifDamaged = IfDamaged::Refuse);
    // Whether the library in dataDir is damaged: reads all of it, so ask only
    // after open() failed.
    static Result<bool> isDamaged(const QString &dataDir);

    QString dataDir() const { return m_dataDir; }
    QString cacheDir() const;
    Database &database() { return m_database; }
    // Where open(…, MoveAside) put a damaged library; empty if it was sound.
    QString movedAside() const { return m_movedAside; }

    CategoryRepository categories() const { return CategoryRepository(m_database.connection()); }
    FeedRepository feeds() const { return FeedRepository(m_database.connection()); }
    ArticleRepository articles() const { return ArticleRepository(m_database.connection(), m_statements.get()); }
    RelatedStories related() const { return RelatedStories(m_database.connection()); }
    SearchRepository search() const { return SearchRepository(m_database.connection()); }
    ImageRepository images() const { return ImageRepository(m_database.connection()); }
    PageAttempts pageAttempts() const { return PageAttempts(m_database.connection()); }
    // Indexers of one Library share its same-story band index: loaded from
    // the library once, then kept up to date by each batch.
    ArticleIndexer indexer() const { return ArticleIndexer(m_database.connection(), m_storyBands.get()); }
    AccountRepository accounts() const { return AccountRepository(m_database.connection()); }
    SyncQueue syncQueue() const { return SyncQueue(m_database.connection()); }
    SyncStore syncStore() const { return SyncStore(m_database.connection(), m_statements.get()); }

private:
    Library(QString dataDir, Database database);

    QString m_dataDir;
    Database m_database;
    QString m_movedAside;
    // After the database: its statements are finalized before it closes.
    std::unique_ptr<SqlUtil::RawStatementCache> m_statements;
    std::unique_ptr<StoryBandIndex> m_storyBands = std::make_unique<StoryBandIndex>();
};
