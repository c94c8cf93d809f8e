// Article pages read in worker processes: the same text as in-process, and a
// page that crashes, hangs or garbles its worker costs that page only.

#include "articlepages.h"
#include "isolatedpagetext.h"
#include "pagetextprotocol.h"

#include <QBuffer>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QUrl pageUrl(u"https://news.example/story"_s);

Result<PageText> wait(QFuture<Result<PageText>> future, int ms = 20000)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, ms))
        return makeError(Error::BadInput, u"no answer in time"_s);
    return future.result();
}

} // namespace

class TestIsolatedPageText final : public QObject
{
    Q_OBJECT

    static IsolatedPageText *fake(QObject *parent, int workers = 1)
    {
        return new IsolatedPageText(QStringLiteral(FAKE_WORKER), {}, workers, parent);
    }

private Q_SLOTS:
    void givesWhatTheExtractorGivesInProcess()
    {
        QObject owner;
        const Result<PageText> text = wait(fake(&owner)->extract(articlePageWith(u"Marker"_s), pageUrl));
        QVERIFY2(text, qPrintable(text ? QString() : text.error().message));
        const PageText expected = pageTextOf(articlePageWith(u"Marker"_s), pageUrl);
        QCOMPARE(text->html, expected.html);
        QCOMPARE(text->text, expected.text);
        QVERIFY(text->text.contains(u"Marker paragraph 4"));
    }

    void theMastheadBinaryIsAWorker()
    {
        const QString binary = qEnvironmentVariable("MASTHEAD_BINARY");
        if (binary.isEmpty())
            QSKIP("MASTHEAD_BINARY is not set");
        QObject owner;
        auto *pages = new IsolatedPageText(binary, {QString::fromLatin1(PageTextProtocol::WorkerOption)}, 1, &owner);
        const Result<PageText> text = wait(pages->extract(articlePageWith(u"Binary"_s), pageUrl));
        QVERIFY2(text, qPrintable(text ? QString() : text.error().message));
        QVERIFY(text->text.contains(u"Binary paragraph 4"));
    }

    void aCrashCostsThatPageOnly()
    {
        QObject owner;
        IsolatedPageText *pages = fake(&owner);
        QFuture<Result<PageText>> before = pages->extract(articlePageWith(u"Before"_s), pageUrl);
        QFuture<Result<PageText>> crash = pages->extract(articlePageWith(u"CRASH"_s), pageUrl);
        QFuture<Result<PageText>> after = pages->extract(articlePageWith(u"After"_s), pageUrl);
        const Result<PageText> crashed = wait(crash);
        QVERIFY(!crashed);
        QVERIFY(crashed.error().message.contains(u"stopped"));
        QVERIFY(wait(before)->text.contains(u"Before paragraph 4"));
        QVERIFY(wait(after)->text.contains(u"After paragraph 4"));
    }

    void aHangingPageTimesOut()
    {
        QObject owner;
        IsolatedPageText *pages = fake(&owner);
        pages->setTimeout(500);
        QElapsedTimer clock;
        clock.start();
        const Result<PageText> hung = wait(pages->extract(articlePageWith(u"HANG"_s), pageUrl), 10000);
        QVERIFY(!hung);
        QVERIFY(hung.error().message.contains(u"longer"));
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY(wait(pages->extract(articlePageWith(u"Next"_s), pageUrl))->text.contains(u"Next paragraph 4"));
    }

    void aGarbledAnswerIsAnError()
    {
        QObject owner;
        IsolatedPageText *pages = fake(&owner);
        const Result<PageText> garbled = wait(pages->extract(articlePageWith(u"GARBAGE"_s), pageUrl));
        QVERIFY(!garbled);
        QVERIFY(wait(pages->extract(articlePageWith(u"Next"_s), pageUrl))->text.contains(u"Next paragraph 4"));
    }

    void aMissingWorkerFailsEachPageOnce()
    {
        QObject owner;
        auto *pages = new IsolatedPageText(u"/nonexistent/masthead-worker"_s, {}, 2, &owner);
        QList<QFuture<Result<PageText>>> futures;
        for (int i = 0; i < 5; ++i)
            futures.append(pages->extract(articlePageWith(u"P"_s), pageUrl));
        for (const auto &future : futures) {
            const Result<PageText> r = wait(future, 10000);
            QVERIFY(!r);
            QVERIFY(r.error().message.contains(u"could not be started"));
        }
    }

    void manyPagesOverSeveralWorkers()
    {
        QObject owner;
        IsolatedPageText *pages = fake(&owner, 2);
        QList<QFuture<Result<PageText>>> futures;
        for (int i = 0; i < 30; ++i)
            futures.append(pages->extract(articlePageWith(u"Page%1x"_s.arg(i)), pageUrl));
        QVERIFY(pages->runningWorkers() <= 2);
        for (int i = 0; i < 30; ++i)
            QVERIFY(wait(futures.at(i))->text.contains(u"Page%1x paragraph 4"_s.arg(i)));
    }

    void pendingPagesFailWhenItCloses()
    {
        QFuture<Result<PageText>> pending;
        {
            QObject owner;
            IsolatedPageText *pages = fake(&owner);
            pages->extract(articlePageWith(u"HANG"_s), pageUrl);
            pending = pages->extract(articlePageWith(u"Queued"_s), pageUrl);
        }
        QVERIFY(pending.isFinished());
        QVERIFY(!pending.result());
    }

    void theWorkerLoopRefusesBrokenFrames()
    {
        QByteArray answers;
        QBuffer out(&answers);
        out.open(QIODevice::WriteOnly);
        QByteArray oversized("\xff\xff\xff\xff", 4);
        QBuffer in(&oversized);
        in.open(QIODevice::ReadOnly);
        QCOMPARE(PageTextProtocol::serve(in, out), 2);
        QByteArray notARequest = QByteArray("\x00\x00\x00\x03", 4) + "abc";
        QBuffer in2(&notARequest);
        in2.open(QIODevice::ReadOnly);
        QCOMPARE(PageTextProtocol::serve(in2, out), 2);
        QByteArray empty;
        QBuffer in3(&empty);
        in3.open(QIODevice::ReadOnly);
        QCOMPARE(PageTextProtocol::serve(in3, out), 0);
        QVERIFY(answers.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIsolatedPageText)
#include "tst_isolatedpagetext.moc"
