#include "migrator.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
};

Result<int> userVersion(const QSqlDatabase &db)
{
    auto query = SqlUtil::run(db, u"PRAGMA user_version"_s);
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toInt() : 0;
}
} // namespace

Migrator::Migrator(QList<Migration> migrations) : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

Migrator Migrator::builtIn()
{
    static const QRegularExpression pattern(u"^(\\d{4})_([A-Za-z0-9_]+)\\.sql$"_s);
    QList<Migration> migrations;
    const QDir dir(u":/sql"_s);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2), file.readAll()});
    }
    return Migrator(std::move(migrations));
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

Result<> Migrator::migrate(QSqlDatabase &db, int targetVersion) const
{
    const int latest = latestVersion();
    if (targetVersion < 0 || targetVersion > latest)
        targetVersion = latest;
    auto current = userVersion(db);
    if (!current)
        return current.error();
    if (current.value() > latest) {
        return makeError(Error::Database,
                         Tr::tr("the library was created by a newer version of Masthead "
                                "(schema %1; this version knows up to %2); it was left untouched")
                                 .arg(current.value())
                                 .arg(latest));
    }
    for (const Migration &migration : m_migrations) {
        if (migration.version <= current.value() || migration.version > targetVersion)
            continue;
        // One transaction per step: the script and the version bump land together.
        QByteArray script = "BEGIN IMMEDIATE;\n" + migration.sql + "\n;PRAGMA user_version = "
                + QByteArray::number(migration.version) + ";\nCOMMIT;";
        if (auto done = SqlUtil::execScript(db, script); !done) {
            // Best effort: a failed step may already have ended its transaction.
            (void)SqlUtil::execScript(db, "ROLLBACK;");
            return makeError(Error::Database,
                             Tr::tr("could not upgrade the library to schema %1 (%2): %3")
                                     .arg(migration.version)
                                     .arg(migration.name, done.error().message));
        }
    }
    return {};
}
