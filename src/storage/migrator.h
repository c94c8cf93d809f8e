#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Schema changes are numbered SQL files under resources/sql/ (NNNN_what.sql),
// compiled in as :/sql/. Each runs in its own transaction and then sets
// PRAGMA user_version to its number, so a library is always at one known
// version and an interrupted upgrade leaves the previous one intact.
class Migrator final
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QByteArray sql;
    };

    explicit Migrator(QList<Migration> migrations);
    // The migrations compiled into the program.
    static Migrator builtIn();

    int latestVersion() const;
    const QList<Migration> &migrations() const { return m_migrations; }

    // Applies every migration above the library's version, up to target
    // (default: the latest). Refuses a library newer than this program knows.
    Result<> migrate(QSqlDatabase &db, int targetVersion = -1) const;

private:
    QList<Migration> m_migrations;
};
