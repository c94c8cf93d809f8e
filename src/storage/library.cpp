#include "library.h"

#include <QDir>

using namespace Qt::StringLiterals;

Library::Library(QString dataDir, Database database)
    : m_dataDir(std::move(dataDir)), m_database(std::move(database))
{
}

Result<std::unique_ptr<Library>> Library::open(const QString &dataDir, Database::Mode mode)
{
    const QString dir = QDir(dataDir).absolutePath();
    auto database = Database::open(Database::fileNameIn(dir), mode);
    if (!database)
        return database.error();
    return std::unique_ptr<Library>(new Library(dir, std::move(database).value()));
}

QString Library::cacheDir() const
{
    return QDir(m_dataDir).filePath(u"cache"_s);
}
