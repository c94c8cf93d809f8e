#include "result.h"

#include <QList>
#include <QTest>

#include <type_traits>

using namespace Qt::StringLiterals;

namespace {

Result<QList<QString>> words()
{
    return QList<QString>{u"first"_s, u"second"_s, u"third"_s};
}

Result<QList<QString>> failure()
{
    return makeError(Error::NotFound, u"no such thing"_s);
}

} // namespace

// A temporary Result must hand out its value, not a reference into itself:
// a range-for over `f().value()` keeps only the returned object alive.
static_assert(std::is_same_v<decltype(words().value()), QList<QString>>);
static_assert(std::is_same_v<decltype(*words()), QList<QString>>);
static_assert(std::is_same_v<decltype(std::declval<Result<int> &>().value()), int &>);
static_assert(std::is_same_v<decltype(std::declval<const Result<int> &>().value()), const int &>);

class TestResult final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aTemporaryValueCanBeLoopedOver()
    {
        QStringList seen;
        for (const QString &word : words().value())
            seen << word;
        QCOMPARE(seen, (QStringList{u"first"_s, u"second"_s, u"third"_s}));
        for (const QString &word : *words())
            seen << word;
        QCOMPARE(seen.size(), 6);
    }

    void aStoredValueIsSharedNotCopied()
    {
        Result<QList<QString>> result = words();
        result.value().append(u"fourth"_s);
        QCOMPARE(result.value().size(), 4);
        QCOMPARE(result->size(), 4);
    }

    void anErrorKeepsItsKindAndMessage()
    {
        const Result<QList<QString>> result = failure();
        QVERIFY(!result.ok());
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::NotFound);
        QCOMPARE(result.error().message, u"no such thing"_s);
        QCOMPARE(result.valueOr({u"fallback"_s}), QList<QString>{u"fallback"_s});
    }

    void plainSuccessIsOk()
    {
        const Result<> done;
        QVERIFY(done.ok());
    }
};

QTEST_APPLESS_MAIN(TestResult)
#include "tst_result.moc"
