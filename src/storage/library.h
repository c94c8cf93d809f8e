#pragma once

#include "articlerepository.h"
#include "categoryrepository.h"
#include "database.h"
#include "feedrepository.h"
#include "relatedindex.h"
#include "result.h"
#include "searchrepository.h"

#include <memory>

// A library in a data directory: the database file plus the image cache
// folder beside it. Owns one connection and hands out repositories on it, so
// everything a Library gives out belongs to the thread that opened it.
class Library final
{
public:
    static Result<std::unique_ptr<Library>> open(const QString &dataDir,
                                                 Database::Mode mode = Database::Mode::ReadWrite);

    QString dataDir() const { return m_dataDir; }
    QString cacheDir() const;
    Database &database() { return m_database; }

    CategoryRepository categories() const { return CategoryRepository(m_database.connection()); }
    FeedRepository feeds() const { return FeedRepository(m_database.connection()); }
    ArticleRepository articles() const { return ArticleRepository(m_database.connection()); }
    RelatedIndex related() const { return RelatedIndex(m_database.connection()); }
    SearchRepository search() const { return SearchRepository(m_database.connection()); }

private:
    Library(QString dataDir, Database database);

    QString m_dataDir;
    Database m_database;
};
