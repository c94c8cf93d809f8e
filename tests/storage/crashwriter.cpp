// The child of tst_crashsafety: opens a library and writes to it as a
// refresh and a reader would, forever, until the test kills it (SIGKILL).
//
// It tells the parent what it does on stdout, one flushed line per step:
//   ready                    the library is open
//   B <tag> <n>              a batch starts: n articles, guids "<tag>-<k>",
//                            plus updates of earlier articles of the feed
//   R <id> <0|1> / S <id> <0|1>   marking an article read / starred starts
//   C                        the step above is committed
// so after the kill the parent knows what must be there, and which one step
// may or may not have made it.
//
// Usage: crashwriter DATA-DIR RUN-NUMBER SEED
//
// Or, to stand for another Masthead in the middle of a write:
//   crashwriter DATA-DIR hold   opens the library, takes the write lock,
//                               says "locked", and holds it until stdin closes.

#include "article.h"
#include "library.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

const QStringList &words()
{
    static const QStringList list = {
            u"market"_s, u"election"_s, u"harbour"_s, u"vaccine"_s, u"rainfall"_s, u"budget"_s,
            u"orchestra"_s, u"satellite"_s, u"railway"_s, u"parliament"_s, u"glacier"_s,
            u"startup"_s, u"festival"_s, u"drought"_s, u"museum"_s, u"tariff"_s, u"league"_s,
            u"reactor"_s, u"coastline"_s, u"treaty"_s, u"bakery"_s, u"protest"_s, u"telescope"_s};
    return list;
}

// An article whose parts all carry its title, so the parent can tell a row
// written whole from one mixed from two versions.
Article makeArticle(const QString &guid, const QString &version, QRandomGenerator &random)
{
    Article article;
    article.guid = guid;
    article.link = QUrl(u"https://example.com/%1"_s.arg(guid));
    article.title = u"%1 %2 %3"_s.arg(guid, version, words().at(random.bounded(words().size())));
    article.author = u"Writer %1"_s.arg(random.bounded(5));
    QString text = article.title;
    while (text.size() < 2048)
        text += u' ' + words().at(random.bounded(words().size()));
    article.contentText = text;
    article.contentHtml = u"<p>"_s + text + u"</p>"_s;
    article.summary = text.left(200);
    article.published = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(random.bounded(86400 * 300));
    return article;
}

struct Known
{
    qint64 id;
    qint64 feedId;
    QString guid;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 3 && args.at(2) == "hold"_L1) {
        auto opened = Library::open(args.at(1));
        if (!opened) {
            std::fprintf(stderr, "crashwriter: %s\n", qPrintable(opened.error().message));
            return 4;
        }
        QSqlQuery hold(opened.value()->database().connection());
        if (!hold.exec(u"BEGIN IMMEDIATE"_s)
            || !hold.exec(u"INSERT INTO categories (name) VALUES ('Held')"_s))
            return 4;
        say("locked");
        while (std::fgetc(stdin) != EOF) { }
        hold.exec(u"ROLLBACK"_s);
        return 0;
    }
    if (args.size() != 4) {
        std::fputs("usage: crashwriter DATA-DIR RUN SEED\n", stderr);
        return 1;
    }
    const QString run = args.at(2);
    QRandomGenerator random(args.at(3).toUInt());

    auto opened = Library::open(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "crashwriter: %s\n", qPrintable(opened.error().message));
        return 4;
    }
    Library &library = *opened.value();

    QList<qint64> feeds;
    for (const QString &url : {u"https://example.com/a.xml"_s, u"https://example.com/b.xml"_s}) {
        auto found = library.feeds().findByUrl(QUrl(url));
        if (!found) {
            std::fprintf(stderr, "crashwriter: %s\n", qPrintable(found.error().message));
            return 4;
        }
        if (found.value()) {
            feeds.append(found.value()->id);
            continue;
        }
        Feed feed;
        feed.url = QUrl(url);
        auto added = library.feeds().add(feed);
        if (!added) {
            std::fprintf(stderr, "crashwriter: %s\n", qPrintable(added.error().message));
            return 4;
        }
        feeds.append(added.value());
    }

    QList<Known> known;
    {
        QSqlQuery query(library.database().connection());
        query.exec(u"SELECT id, feed_id, guid FROM articles"_s);
        while (query.next())
            known.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString()});
    }
    say("ready");

    for (int batch = 0;; ++batch) {
        const qint64 feedId = feeds.at(batch % feeds.size());
        const QString tag = u"r%1b%2"_s.arg(run).arg(batch);
        const int fresh = 4 + random.bounded(6);
        QList<Article> articles;
        for (int k = 0; k < fresh; ++k)
            articles.append(makeArticle(u"%1-%2"_s.arg(tag).arg(k), u"v1"_s, random));
        // A refresh also brings changed versions of articles already stored.
        QList<Known> ofFeed;
        for (const Known &k : std::as_const(known)) {
            if (k.feedId == feedId)
                ofFeed.append(k);
        }
        for (int u = 0; u < 2 && !ofFeed.isEmpty(); ++u) {
            const Known &k = ofFeed.at(random.bounded(ofFeed.size()));
            articles.append(makeArticle(k.guid, u"v-%1-%2"_s.arg(tag).arg(u), random));
        }
        say("B " + tag.toUtf8() + ' ' + QByteArray::number(fresh));
        auto stored = library.articles().upsert(feedId, articles,
                                                QDateTime::currentDateTimeUtc());
        if (!stored) {
            std::fprintf(stderr, "crashwriter: %s\n", qPrintable(stored.error().message));
            return 4;
        }
        say("C");
        for (int k = 0; k < fresh; ++k)
            known.append({stored.value().ids.at(k), feedId, articles.at(k).guid});
        // The app indexes behind the refresh: kills land there too.
        say("I");
        if (auto indexed = library.indexer().indexPending(); !indexed) {
            std::fprintf(stderr, "crashwriter: %s\n", qPrintable(indexed.error().message));
            return 4;
        }
        say("C");

        // What a reader does meanwhile: every change must survive the kill.
        for (int step = 0; step < 3; ++step) {
            const Known &k = known.at(random.bounded(known.size()));
            const bool value = random.bounded(2) == 1;
            const bool star = random.bounded(2) == 1;
            say((star ? "S " : "R ") + QByteArray::number(k.id) + ' ' + (value ? '1' : '0'));
            const Result<> done = star ? library.articles().setStarred(k.id, value)
                                       : library.articles().setRead({k.id}, value);
            if (!done) {
                std::fprintf(stderr, "crashwriter: %s\n", qPrintable(done.error().message));
                return 4;
            }
            say("C");
        }
    }
}
