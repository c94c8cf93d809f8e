#include "rawsqlite.h"
#include "sqlutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSqlUtil final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<RawConnection> m_raw;

    QSqlDatabase db() const { return m_raw->db(); }
    int rows() const { return m_raw->scalar(u"SELECT count(*) FROM t"_s).toInt(); }
    QStringList values() const { return m_raw->column(u"SELECT v FROM t ORDER BY v"_s); }
    bool insert(const QString &value) const
    {
        return SqlUtil::run(db(), u"INSERT INTO t (v) VALUES (?)"_s, {value}).ok();
    }

private Q_SLOTS:
    void init()
    {
        m_raw = std::make_unique<RawConnection>(m_dir.filePath(u"sqlutil.sqlite"_s));
        QVERIFY(m_raw->isOpen());
        QCOMPARE(m_raw->exec(u"DROP TABLE IF EXISTS t"_s), QString());
        QCOMPARE(m_raw->exec(u"CREATE TABLE t (v TEXT, n INTEGER)"_s), QString());
    }
    void cleanup() { m_raw.reset(); }

    void transactionCommits()
    {
        {
            SqlUtil::Transaction tx(db());
            QVERIFY(insert(u"a"_s));
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(values(), QStringList{u"a"_s});
    }

    void transactionRollsBackWhenNotCommitted()
    {
        {
            SqlUtil::Transaction tx(db());
            QVERIFY(insert(u"a"_s));
            QCOMPARE(rows(), 1); // visible inside
        }
        QCOMPARE(rows(), 0);
        // The connection is usable afterwards and not stuck in a transaction.
        QVERIFY(insert(u"b"_s));
        QCOMPARE(m_raw->exec(u"BEGIN"_s), QString());
        QCOMPARE(m_raw->exec(u"COMMIT"_s), QString());
    }

    void nestedCommitsLandWithTheOuter()
    {
        {
            SqlUtil::Transaction outer(db());
            QVERIFY(insert(u"outer"_s));
            {
                SqlUtil::Transaction inner(db());
                QVERIFY(insert(u"inner"_s));
                QVERIFY(inner.commit().ok());
            }
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(values(), (QStringList{u"inner"_s, u"outer"_s}));
    }

    void innerRollbackKeepsOuterWork()
    {
        {
            SqlUtil::Transaction outer(db());
            QVERIFY(insert(u"outer"_s));
            {
                SqlUtil::Transaction inner(db());
                QVERIFY(insert(u"inner"_s));
                // not committed: rolled back at the end of the scope
            }
            QCOMPARE(values(), QStringList{u"outer"_s});
            QVERIFY(insert(u"after"_s));
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(values(), (QStringList{u"after"_s, u"outer"_s}));
    }

    void outerRollbackUndoesCommittedInner()
    {
        {
            SqlUtil::Transaction outer(db());
            QVERIFY(insert(u"outer"_s));
            {
                SqlUtil::Transaction inner(db());
                QVERIFY(insert(u"inner"_s));
                QVERIFY(inner.commit().ok());
            }
        }
        QCOMPARE(rows(), 0);
    }

    void threeLevelsDeep()
    {
        {
            SqlUtil::Transaction a(db());
            QVERIFY(insert(u"a"_s));
            {
                SqlUtil::Transaction b(db());
                QVERIFY(insert(u"b"_s));
                {
                    SqlUtil::Transaction c(db());
                    QVERIFY(insert(u"c"_s));
                    QVERIFY(c.commit().ok());
                }
                // b rolls back, taking c with it
            }
            QVERIFY(a.commit().ok());
        }
        QCOMPARE(values(), QStringList{u"a"_s});
    }

    void commitTwiceIsAnError()
    {
        SqlUtil::Transaction tx(db());
        QVERIFY(tx.commit().ok());
        const auto again = tx.commit();
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Database);
    }

    void transactionOnAClosedConnectionReportsAnError()
    {
        QSqlDatabase closed = db();
        closed.close();
        SqlUtil::Transaction tx(closed);
        const auto done = tx.commit();
        QVERIFY(!done.ok());
        QCOMPARE(done.error().kind, Error::Database);
        QVERIFY(!done.error().message.isEmpty());
    }

    void idListIsAJsonArray_data()
    {
        QTest::addColumn<QList<qint64>>("ids");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QList<qint64>{} << u"[]"_s;
        QTest::newRow("one") << QList<qint64>{7} << u"[7]"_s;
        QTest::newRow("several") << QList<qint64>{3, 1, 2} << u"[3,1,2]"_s;
        QTest::newRow("large and negative")
                << QList<qint64>{std::numeric_limits<qint64>::max(), -5}
                << u"[9223372036854775807,-5]"_s;
    }
    void idListIsAJsonArray()
    {
        QFETCH(QList<qint64>, ids);
        QFETCH(QString, expected);
        QCOMPARE(SqlUtil::idList(ids), expected);

        // And it is what json_each() reads back, in order.
        auto q = SqlUtil::run(db(), u"SELECT value FROM json_each(?)"_s, {SqlUtil::idList(ids)});
        QVERIFY(q.ok());
        QList<qint64> back;
        while (q.value().next())
            back.append(q.value().value(0).toLongLong());
        QCOMPARE(back, ids);
    }

    void idListSelectsRows()
    {
        for (int n = 1; n <= 5; ++n)
            QVERIFY(SqlUtil::run(db(), u"INSERT INTO t (v, n) VALUES ('x', ?)"_s, {n}).ok());
        auto q = SqlUtil::run(db(),
                              u"SELECT n FROM t WHERE n IN (SELECT value FROM json_each(?)) ORDER BY n"_s,
                              {SqlUtil::idList({4, 2, 99})});
        QVERIFY(q.ok());
        QList<int> found;
        while (q.value().next())
            found.append(q.value().value(0).toInt());
        QCOMPARE(found, (QList<int>{2, 4}));
    }

    void timesMapNullToInvalid()
    {
        QVERIFY(SqlUtil::fromTime(QDateTime()).isNull());
        QVERIFY(!SqlUtil::toTime(QVariant()).isValid());
        QVERIFY(!SqlUtil::toTime(QVariant(QMetaType(QMetaType::LongLong))).isValid());

        const QDateTime when(QDate(2026, 11, 25), QTime(7, 45, 12), Qt::UTC);
        QCOMPARE(SqlUtil::fromTime(when).toLongLong(), when.toSecsSinceEpoch());
        QCOMPARE(SqlUtil::toTime(SqlUtil::fromTime(when)), when);
        QCOMPARE(SqlUtil::toTime(SqlUtil::fromTime(when)).timeSpec(), Qt::UTC);
        // Another zone is stored as the same instant.
        const QDateTime offset = when.toOffsetFromUtc(3600 * 5);
        QCOMPARE(SqlUtil::fromTime(offset).toLongLong(), when.toSecsSinceEpoch());
        QCOMPARE(SqlUtil::toTime(SqlUtil::fromTime(offset)), when);
        // Sub-second precision is dropped, not rounded up.
        QCOMPARE(SqlUtil::fromTime(when.addMSecs(999)).toLongLong(), when.toSecsSinceEpoch());
        QCOMPARE(SqlUtil::toTime(QVariant(qint64(0))), QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    }

    void timesRoundTripThroughSql()
    {
        const QDateTime when(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC);
        QVERIFY(SqlUtil::run(db(), u"INSERT INTO t (v, n) VALUES ('set', ?)"_s,
                             {SqlUtil::fromTime(when)})
                        .ok());
        QVERIFY(SqlUtil::run(db(), u"INSERT INTO t (v, n) VALUES ('unset', ?)"_s,
                             {SqlUtil::fromTime(QDateTime())})
                        .ok());
        QCOMPARE(m_raw->scalar(u"SELECT count(*) FROM t WHERE n IS NULL"_s).toInt(), 1);
        auto q = SqlUtil::run(db(), u"SELECT v, n FROM t ORDER BY v"_s);
        QVERIFY(q.ok());
        QVERIFY(q.value().next());
        QCOMPARE(SqlUtil::toTime(q.value().value(1)), when);
        QVERIFY(q.value().next());
        QVERIFY(!SqlUtil::toTime(q.value().value(1)).isValid());
    }

    void runReportsErrorsAsValues()
    {
        auto bad = SqlUtil::run(db(), u"SELECT * FROM no_such_table"_s);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, Error::Database);
        QVERIFY2(bad.error().message.contains(u"no_such_table"_s), qPrintable(bad.error().message));

        auto prepared = SqlUtil::prepare(db(), u"SELECT v FROM t WHERE n = ?"_s);
        QVERIFY(prepared.ok());
        prepared.value().addBindValue(1);
        QVERIFY(SqlUtil::exec(prepared.value()).ok());

        // Values are bound, never spliced into the SQL.
        const QString hostile = u"x'); DROP TABLE t; --"_s;
        QVERIFY(insert(hostile));
        QCOMPARE(values(), QStringList{hostile});
    }

    void execScriptRunsSeveralStatements()
    {
        QVERIFY(SqlUtil::execScript(db(), "INSERT INTO t (v) VALUES ('1');"
                                          "INSERT INTO t (v) VALUES ('2');")
                        .ok());
        QCOMPARE(rows(), 2);
        const auto bad = SqlUtil::execScript(db(), "INSERT INTO t (v) VALUES ('3'); NONSENSE;");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, Error::Database);
        QVERIFY(!bad.error().message.isEmpty());
    }

    void execScriptOnAClosedConnectionIsAnError()
    {
        QSqlDatabase closed = db();
        closed.close();
        QVERIFY(!SqlUtil::execScript(closed, "SELECT 1;").ok());
        QVERIFY(!SqlUtil::execScript(QSqlDatabase(), "SELECT 1;").ok());
    }
};

QTEST_GUILESS_MAIN(TestSqlUtil)
#include "tst_sqlutil.moc"
