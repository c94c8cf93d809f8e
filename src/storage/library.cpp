#include "library.h"

#include <QDir>

using namespace Qt::StringLiterals;

Library::Library(QString dataDir, Database database)
    : m_dataDir(std::move(dataDir)),
      m_database(std::move(database)),
      m_statements(std::make_unique<SqlUtil::RawStatementCache>(m_database.connection()))
{
}

Result<std::unique_ptr<Library>> Library::open(const QString &dataDir, Database::Mode mode,
                                               IfDamaged ifDamaged)
{
    const QString dir = QDir(dataDir).absolutePath();
    const QString path = Database::fileNameIn(dir);
    QString movedAside;
    if (ifDamaged == IfDamaged::MoveAside && mode == Database::Mode::ReadWrite) {
        auto damaged = Database::isDamaged(path);
        if (!damaged)
            return damaged.error();
        if (damaged.value()) {
            auto moved = Database::moveAside(path, QDateTime::currentDateTime());
            if (!moved)
                return moved.error();
            movedAside = moved.value();
        }
    }
    auto database = Database::open(path, mode);
    if (!database)
        return database.error();
    std::unique_ptr<Library> library(new Library(dir, std::move(database).value()));
    library->m_movedAside = movedAside;
    return library;
}

Result<bool> Library::isDamaged(const QString &dataDir)
{
    return Database::isDamaged(Database::fileNameIn(QDir(dataDir).absolutePath()));
}

QString Library::cacheDir() const
{
    return QDir(m_dataDir).filePath(u"cache"_s);
}
