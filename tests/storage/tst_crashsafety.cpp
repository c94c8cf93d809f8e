// A refresh killed at any moment (SIGKILL: no destructor, no rollback, no
// checkpoint) must lose at most what it was writing: the file stays sound,
// every committed batch is there whole, every read/starred change that was
// committed is there, and no article is half old, half new.
//
// The child (crashwriter) writes for a random few milliseconds and is killed;
// this runs 100 times over the same library, then checks it after each kill.

#include "article.h"
#include "library.h"
#include "rawsqlite.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct Flags
{
    std::optional<bool> read;
    std::optional<bool> starred;
};

// One step the child announced and had not yet confirmed when it died: it
// may or may not have been committed.
struct Pending
{
    char kind = 0; // 'B' batch stored, 'I' batch indexed, 'R' read, 'S' starred
    QString tag;
    int count = 0;
    qint64 id = 0;
    bool value = false;
};

struct Ledger
{
    QHash<QString, int> batches; // committed batch tag -> new articles
    QHash<qint64, Flags> flags;  // committed read/starred state
    std::optional<Pending> pending;
    bool ready = false;
    int commits = 0;

    // Applies the child's lines; returns false on a line it does not know.
    bool apply(const QByteArray &line)
    {
        const QList<QByteArray> parts = line.split(' ');
        if (line == "ready") {
            ready = true;
        } else if (parts.size() == 3 && parts.at(0) == "B") {
            pending = Pending{'B', QString::fromLatin1(parts.at(1)), parts.at(2).toInt(), 0, false};
        } else if (parts.size() == 3 && (parts.at(0) == "R" || parts.at(0) == "S")) {
            pending = Pending{parts.at(0).at(0), {}, 0, parts.at(1).toLongLong(), parts.at(2) == "1"};
        } else if (line == "I") {
            pending = Pending{'I', {}, 0, 0, false};
        } else if (line == "C" && pending) {
            ++commits;
            if (pending->kind == 'B')
                batches.insert(pending->tag, pending->count);
            else if (pending->kind == 'R')
                flags[pending->id].read = pending->value;
            else if (pending->kind == 'S')
                flags[pending->id].starred = pending->value;
            pending.reset();
        } else {
            return false;
        }
        return true;
    }
};

QString crashWriter()
{
    return QStringLiteral(MASTHEAD_CRASHWRITER);
}

} // namespace

class TestCrashSafety final : public QObject
{
    Q_OBJECT

private:
    // Everything that must hold after a kill; the first failure, or empty.
    QString verify(const QString &path, Ledger &ledger)
    {
        RawConnection raw(path);
        if (!raw.isOpen())
            return u"cannot open the library after the kill"_s;
        const QStringList integrity = raw.column(u"PRAGMA integrity_check"_s);
        if (integrity != QStringList{u"ok"_s})
            return u"integrity_check: "_s + integrity.join(u"; "_s);
        // What was queued when the writer died is indexed now, as the app
        // does on its next start; then the index must match the articles
        // exactly (rank 1: compared with the rows it was made from).
        {
            auto library = Library::open(QFileInfo(path).absolutePath());
            if (!library)
                return u"cannot open the library as Masthead: "_s + library.error().message;
            if (auto indexed = library.value()->indexer().indexAll(); !indexed)
                return u"indexing what was queued failed: "_s + indexed.error().message;
        }
        if (const QString fts = raw.exec(
                    u"INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)"_s);
            !fts.isEmpty())
            return u"full-text index out of step: "_s + fts;
        if (raw.scalar(u"PRAGMA foreign_key_check"_s).isValid())
            return u"foreign_key_check found orphans"_s;

        // Every row whole: its hash, html and text all from the same version.
        QSqlQuery rows(raw.db());
        if (!rows.exec(u"SELECT id, guid, title, author, summary, content_html, content_text,"
                       " content_hash, read, starred FROM articles"_s))
            return rows.lastError().text();
        QHash<QString, int> perBatch;
        QHash<qint64, std::pair<bool, bool>> state;
        while (rows.next()) {
            Article a;
            a.id = rows.value(0).toLongLong();
            a.guid = rows.value(1).toString();
            a.title = rows.value(2).toString();
            a.author = rows.value(3).toString();
            a.summary = rows.value(4).toString();
            a.contentHtml = rows.value(5).toString();
            a.contentText = rows.value(6).toString();
            const QString hash = rows.value(7).toString();
            if (hash != QString::fromLatin1(articleContentHash(a)))
                return u"article %1: content_hash does not match its text"_s.arg(a.id);
            if (!a.title.startsWith(a.guid + u' ') || !a.contentText.startsWith(a.title)
                || a.contentHtml != u"<p>"_s + a.contentText + u"</p>"_s
                || a.summary != a.contentText.left(200) || a.contentText.size() < 2048)
                return u"article %1 is half-written: %2"_s.arg(a.id).arg(a.title);
            ++perBatch[a.guid.section(u'-', 0, 0)];
            state.insert(a.id, {rows.value(8).toBool(), rows.value(9).toBool()});
        }

        // Committed batches whole; the one in flight whole or absent.
        for (auto it = ledger.batches.cbegin(); it != ledger.batches.cend(); ++it) {
            if (perBatch.value(it.key()) != it.value())
                return u"committed batch %1 has %2 of %3 articles"_s.arg(it.key())
                        .arg(perBatch.value(it.key()))
                        .arg(it.value());
        }
        for (auto it = perBatch.cbegin(); it != perBatch.cend(); ++it) {
            if (ledger.batches.contains(it.key()))
                continue;
            const bool inFlight = ledger.pending && ledger.pending->kind == 'B'
                    && ledger.pending->tag == it.key();
            if (!inFlight || it.value() != ledger.pending->count)
                return u"batch %1 is there with %2 articles but was %3"_s.arg(it.key())
                        .arg(it.value())
                        .arg(inFlight ? u"in flight with %1"_s.arg(ledger.pending->count)
                                      : u"never started"_s);
            // It made it after all: from now on it must stay.
            ledger.batches.insert(it.key(), it.value());
        }

        // Committed flags intact; the one in flight either way, then known.
        if (ledger.pending && (ledger.pending->kind == 'R' || ledger.pending->kind == 'S')) {
            const auto found = state.constFind(ledger.pending->id);
            if (found == state.cend())
                return u"article %1 disappeared"_s.arg(ledger.pending->id);
            Flags &flags = ledger.flags[ledger.pending->id];
            if (ledger.pending->kind == 'R')
                flags.read = found->first;
            else
                flags.starred = found->second;
        }
        for (auto it = ledger.flags.cbegin(); it != ledger.flags.cend(); ++it) {
            const auto found = state.constFind(it.key());
            if (found == state.cend())
                return u"article %1 with saved flags disappeared"_s.arg(it.key());
            if (it->read && *it->read != found->first)
                return u"article %1: read flag lost"_s.arg(it.key());
            if (it->starred && *it->starred != found->second)
                return u"article %1: starred flag lost"_s.arg(it.key());
        }
        ledger.pending.reset();
        return {};
    }

private Q_SLOTS:
    void killedWriterLosesNothingCommitted()
    {
        QVERIFY2(QFile::exists(crashWriter()), qPrintable(crashWriter()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"library.sqlite"_s);
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u (set MASTHEAD_CRASH_SEED to repeat)", seed);
        QRandomGenerator random(qEnvironmentVariableIsSet("MASTHEAD_CRASH_SEED")
                                        ? qEnvironmentVariableIntValue("MASTHEAD_CRASH_SEED")
                                        : seed);
        const int kills = 100;
        Ledger ledger;
        int beforeReady = 0, midBatch = 0, midIndex = 0, midFlag = 0;
        qint64 openMs = 30; // how long the writer takes to open it, last time
        QElapsedTimer total;
        total.start();
        for (int run = 0; run < kills; ++run) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(crashWriter(), {dir.path(), QString::number(run),
                                        QString::number(random.generate())});
            QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));

            // Mostly kill while it writes; every tenth time while it opens
            // (creating, migrating, reading the schema).
            ledger.ready = false;
            QByteArray buffer;
            QByteArray unknownLine;
            auto drain = [&] {
                buffer += child.readAllStandardOutput();
                qsizetype nl;
                while ((nl = buffer.indexOf('\n')) >= 0) {
                    const QByteArray line = buffer.left(nl);
                    buffer.remove(0, nl + 1);
                    if (!ledger.apply(line) && unknownLine.isEmpty())
                        unknownLine = line;
                }
            };
            QElapsedTimer clock;
            clock.start();
            const bool duringOpen = run % 10 == 5;
            if (!duringOpen) {
                while (!ledger.ready && clock.elapsed() < 20000
                       && child.state() == QProcess::Running) {
                    child.waitForReadyRead(50);
                    drain();
                }
                QVERIFY2(ledger.ready, "the writer did not open the library");
                openMs = clock.restart();
            }
            // Storing a batch takes a few milliseconds next to indexing it,
            // so random delays seldom land inside one: every fifth kill is
            // aimed at the moment a batch is announced.
            const bool atBatch = !duringOpen && run % 5 == 2;
            const qsizetype batchesBefore = ledger.batches.size() + random.bounded(3);
            const int delay = duringOpen ? random.bounded(int(openMs) + 1)
                    : atBatch            ? 20000
                                         : 3 + random.bounded(148);
            while (clock.elapsed() < delay && child.state() == QProcess::Running) {
                child.waitForReadyRead(qMax<qint64>(1, delay - clock.elapsed()));
                drain();
                if (atBatch && ledger.pending && ledger.pending->kind == 'B'
                    && ledger.batches.size() >= batchesBefore)
                    break;
            }
            QVERIFY2(child.state() == QProcess::Running, "the writer stopped on its own");
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(10000));
            drain();
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            QVERIFY2(unknownLine.isEmpty(), unknownLine.constData());

            if (!ledger.ready)
                ++beforeReady;
            else if (ledger.pending && ledger.pending->kind == 'B')
                ++midBatch;
            else if (ledger.pending && ledger.pending->kind == 'I')
                ++midIndex;
            else if (ledger.pending)
                ++midFlag;
            if (!QFile::exists(path))
                continue; // killed before the file existed
            const QString problem = verify(path, ledger);
            QVERIFY2(problem.isEmpty(), qPrintable(u"after kill %1: %2"_s.arg(run + 1).arg(problem)));
        }
        qInfo("%d kills in %lld ms: %d while opening, %d inside a batch, %d while indexing,"
              " %d inside a flag change; %d commits, %lld batches checked, %lld flag states checked",
              kills, total.elapsed(), beforeReady, midBatch, midIndex, midFlag, ledger.commits,
              qint64(ledger.batches.size()), qint64(ledger.flags.size()));
        // Slow machines commit less and are killed inside a batch more; either
        // way both must have happened for the test to mean something.
        QVERIFY2(ledger.batches.size() >= 10, "the writer hardly wrote anything");
        // Storing a batch is quick next to indexing it, so kills land in
        // either; together they must be most of them.
        QVERIFY2(midBatch + midIndex >= 10, "hardly any kill hit a refresh being written");
        QVERIFY2(midBatch >= 5, "hardly any kill hit a batch being stored");
    }

    void lockedLibraryIsAClearErrorNotAHang()
    {
        // Another process (another Masthead) in the middle of a write: the
        // command line waits a bounded time, then says so with exit 4.
        const QString masthead = qEnvironmentVariable("MASTHEAD_BINARY");
        QVERIFY2(QFile::exists(masthead), "MASTHEAD_BINARY not set");
        QTemporaryDir dir;
        QProcess holder;
        holder.start(crashWriter(), {dir.path(), u"hold"_s});
        QVERIFY(holder.waitForStarted(10000));
        QByteArray said;
        while (!said.contains("locked\n") && holder.waitForReadyRead(20000))
            said += holder.readAllStandardOutput();
        QVERIFY2(said.contains("locked\n"), said.constData());

        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        cli.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        cli.start(masthead, {u"--data-dir"_s, dir.path(), u"--demo"_s, u"stats"_s});
        const bool finished = cli.waitForFinished(20000);
        const qint64 waited = clock.elapsed();
        if (!finished)
            cli.kill();
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10000));
        QVERIFY2(finished, "masthead hung on a locked library");
        const QByteArray err = cli.readAllStandardError();
        QCOMPARE(cli.exitCode(), 4);
        QVERIFY2(err.startsWith("masthead: ") && err.count('\n') == 1, err.constData());
        QVERIFY2(err.contains("locked"), err.constData());
        QVERIFY(cli.readAllStandardOutput().isEmpty());
        qInfo("locked library: exit 4 after %lld ms", waited);
        QVERIFY2(waited < 10000, qPrintable(QString::number(waited)));

        // Once the other one is done, the same command works.
        cli.start(masthead, {u"--data-dir"_s, dir.path(), u"--demo"_s, u"stats"_s});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
