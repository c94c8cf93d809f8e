#pragma once

#include "library.h"

#include <QTemporaryDir>

#include <memory>

// A real library (SQLite on disk, migrated) in a temporary directory that is
// removed with the fixture. Use QVERIFY(fixture.isValid()) first.
class TempLibrary final
{
public:
    TempLibrary();

    bool isValid() const { return m_library != nullptr; }
    QString errorString() const { return m_error; }
    QString dataDir() const { return m_dir.path(); }
    Library &library() { return *m_library; }

    // Adds a feed under a category path with `count` articles, newest first,
    // one hour apart from `newest`; returns the feed id.
    qint64 addFeedWithArticles(const QString &categoryPath, const QString &url, int count,
                               const QDateTime &newest = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC));

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    QString m_error;
};
