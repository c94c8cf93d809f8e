#include "newscorpus.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// splitmix64: a small, good, seedable generator; the state is the caller's.
quint64 next(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

quint64 mix(quint64 a, quint64 b, quint64 c = 0, quint64 d = 0)
{
    quint64 state = a;
    state ^= next(state) + b;
    state ^= next(state) + c;
    state ^= next(state) + d;
    return next(state);
}

int below(quint64 &state, int n) { return n <= 0 ? 0 : int(next(state) % quint64(n)); }
double unit(quint64 &state) { return double(next(state) >> 11) / double(1ull << 53); }

QString escaped(QString text)
{
    text.replace(u'&', u"&amp;"_s).replace(u'<', u"&lt;"_s).replace(u'>', u"&gt;"_s);
    return text;
}

// Real sentences split from the shared corpora's articles.
void loadSentences(const QString &path, QStringList &sentences, QStringList &titles, QStringList &categories)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    while (!file.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        const QString title = o.value(u"title"_s).toString().simplified();
        if (title.size() >= 12)
            titles.append(title);
        const QString category = o.value(u"category"_s).toString();
        if (!category.isEmpty() && !categories.contains(category))
            categories.append(category);
        const QString text = o.value(u"text"_s).toString();
        for (QStringView line : QStringView(text).split(u'\n')) {
            qsizetype from = 0;
            while (from < line.size()) {
                qsizetype end = line.indexOf(u". "_s, from);
                end = end < 0 ? line.size() : end + 1;
                const QString s = line.mid(from, end - from).trimmed().toString();
                if (s.size() >= 25 && s.size() <= 400)
                    sentences.append(s);
                from = end + 1;
            }
        }
    }
}

// The fallback: word-like syllable strings under real function words, drawn
// with a Zipf skew (rank r about 1/r as often).
QStringList builtInVocabulary()
{
    QStringList words{u"the"_s, u"of"_s, u"and"_s, u"to"_s, u"a"_s, u"in"_s, u"that"_s, u"is"_s,
                      u"was"_s, u"for"_s, u"on"_s, u"with"_s, u"said"_s, u"as"_s, u"at"_s, u"by"_s,
                      u"from"_s, u"his"_s, u"her"_s, u"it"_s, u"an"_s, u"were"_s, u"which"_s, u"are"_s};
    static const char *consonants[] = {"b", "c", "d", "f", "g", "h", "k", "l", "m", "n",
                                       "p", "r", "s", "t", "v", "w", "z", "br", "st", "tr"};
    static const char *vowels[] = {"a", "e", "i", "o", "u", "ai", "ou"};
    quint64 state = 7;
    QSet<QString> seen(words.cbegin(), words.cend());
    while (words.size() < 20000) {
        QString word;
        const int syllables = 1 + below(state, 4);
        for (int i = 0; i < syllables; ++i)
            word += QLatin1StringView(consonants[below(state, 20)]) + QLatin1StringView(vowels[below(state, 7)]);
        if (!seen.contains(word)) {
            seen.insert(word);
            words.append(word);
        }
    }
    return words;
}

const QStringList &towns()
{
    static const QStringList list{u"Corvid Bay"_s, u"Ashby Marsh"_s, u"Kelloway"_s, u"Port Anselm"_s,
                                  u"Dunmere"_s,    u"Greyford"_s,    u"Holloway Cross"_s, u"Lindqvist"_s};
    return list;
}

const QStringList &names()
{
    static const QStringList list{u"Amara Okafor"_s, u"James Whitfield"_s, u"Mei Lin"_s, u"Carlos Mendes"_s,
                                  u"Sofia Novak"_s,  u"Ravi Iyer"_s,       u"Fatima Haddad"_s, u"Liam O'Brien"_s,
                                  u"Hannah Berg"_s,  u"Kwame Mensah"_s,    u"Elena Petrova"_s, u"Tom Ashby"_s};
    return list;
}

} // namespace

QString NewsCorpus::defaultCorporaDir()
{
    return qEnvironmentVariable("MASTHEAD_CORPORA");
}

NewsCorpus::NewsCorpus(quint64 seed, const QString &corporaDir) : m_seed(seed)
{
    if (!corporaDir.isEmpty()) {
        const QDir related(QDir(corporaDir).filePath(u"related"_s));
        const QStringList files = related.entryList({u"*.jsonl"_s}, QDir::Files, QDir::Name);
        for (const QString &name : files)
            loadSentences(related.filePath(name), m_sentences, m_titles, m_categories);
        if (m_sentences.size() >= 1000)
            m_source = u"real sentences from %1 (%2 sentences, %3 headlines)"_s.arg(files.join(u", "_s))
                               .arg(m_sentences.size())
                               .arg(m_titles.size());
    }
    if (m_sentences.size() < 1000) {
        m_sentences.clear();
        m_titles.clear();
        m_categories = {u"business"_s, u"politics"_s, u"sport"_s, u"tech"_s, u"entertainment"_s, u"health"_s};
        // Sentences of 8-28 words over a Zipf-skewed vocabulary.
        const QStringList vocabulary = builtInVocabulary();
        quint64 state = m_seed;
        const auto word = [&] {
            const double r = std::exp(unit(state) * std::log(double(vocabulary.size())));
            return vocabulary.at(qBound(0, int(r) - 1, int(vocabulary.size()) - 1));
        };
        for (int s = 0; s < 40000; ++s) {
            QString sentence;
            const int n = 8 + below(state, 21);
            for (int i = 0; i < n; ++i) {
                QString w = word();
                if (i == 0)
                    w[0] = w.at(0).toUpper();
                sentence += (i ? u" "_s : QString()) + w;
            }
            m_sentences.append(sentence + u'.');
        }
        for (int t = 0; t < 5000; ++t) {
            QString title;
            for (int i = 0, n = 5 + below(state, 6); i < n; ++i)
                title += (i ? u" "_s : QString()) + vocabulary.at(24 + below(state, 4000));
            title[0] = title.at(0).toUpper();
            m_titles.append(title);
        }
        m_source = u"built-in Zipf vocabulary (%1 words; no shared corpora)"_s.arg(vocabulary.size());
    }
}

QString NewsCorpus::sentence(quint64 &state) const
{
    return m_sentences.at(below(state, int(m_sentences.size())));
}

// A paragraph of consecutive sentences (they read on from one another, as
// in the article they came from), with inline markup and typographic
// entities where `markup` is on.
QString NewsCorpus::paragraph(quint64 &state, int sentences, bool markup) const
{
    const int start = below(state, int(m_sentences.size()));
    QString out;
    for (int i = 0; i < sentences; ++i) {
        QString s = escaped(m_sentences.at((start + i) % m_sentences.size()));
        if (markup) {
            s.replace(u'\'', u"&#8217;"_s).replace(u" - "_s, u" &mdash; "_s);
            const int kind = below(state, 10);
            const qsizetype space = s.indexOf(u' ', s.size() / 2);
            const qsizetype end = space < 0 ? -1 : s.indexOf(u' ', space + 1);
            if (end > space + 1 && kind < 4) {
                const QString word = s.mid(space + 1, end - space - 1);
                QString wrapped;
                if (kind == 0 || kind == 1)
                    wrapped = u"<a href=\"https://news.example/topic/%1?utm_source=rss&amp;utm_medium=feed\">%2</a>"_s
                                      .arg(QString::number(below(state, 5000)), word);
                else if (kind == 2)
                    wrapped = u"<em>"_s + word + u"</em>"_s;
                else
                    wrapped = u"<strong>"_s + word + u"</strong>"_s;
                s = s.left(space + 1) + wrapped + s.mid(end);
            }
        }
        out += (i ? u" "_s : QString()) + s;
    }
    return out;
}

QString NewsCorpus::headline(qint64 story) const
{
    quint64 state = mix(m_seed, quint64(story), 1);
    return m_titles.at(below(state, int(m_titles.size())));
}

QString NewsCorpus::storyBody(qint64 story, int targetBytes, const QString &imageUrl) const
{
    quint64 state = mix(m_seed, quint64(story), 2);
    QString html;
    html.reserve(targetBytes + 2048);
    html += u"<p class=\"lede\"><strong>"_s + towns().at(below(state, int(towns().size())))
            + u"</strong> &mdash; "_s + paragraph(state, 2, true) + u"</p>\n"_s;
    if (!imageUrl.isEmpty())
        html += u"<figure><img src=\"%1\" alt=\"%2\" width=\"640\" height=\"360\" loading=\"lazy\">"
                "<figcaption>%3 <small>Photo: %4</small></figcaption></figure>\n"_s.arg(
                        imageUrl, escaped(headline(story)).replace(u'"', u"&quot;"_s), paragraph(state, 1, false),
                        names().at(below(state, int(names().size()))));
    int paragraphs = 0;
    while (html.size() < targetBytes) {
        const int kind = below(state, 20);
        if (kind == 0 && paragraphs > 2)
            html += u"<h2>"_s + paragraph(state, 1, false).section(u' ', 0, 5) + u"</h2>\n"_s;
        else if (kind == 1)
            html += u"<blockquote><p>&ldquo;"_s + paragraph(state, 1, false) + u"&rdquo;</p></blockquote>\n"_s;
        else if (kind == 2)
            html += u"<ul><li>"_s + paragraph(state, 1, true) + u"</li><li>"_s + paragraph(state, 1, true)
                    + u"</li></ul>\n"_s;
        else
            html += u"<p>"_s + paragraph(state, 1 + below(state, 4), true) + u"</p>\n"_s;
        ++paragraphs;
    }
    return html;
}

NewsItem NewsCorpus::templatedItem(int feed, int index, int version, const QString &imageBase) const
{
    quint64 state = mix(m_seed, quint64(feed), quint64(index), quint64(version) + 1000);
    NewsItem item;
    item.templated = true;
    const QString town = towns().at(feed % towns().size());
    const int day = version * 50 + index;
    if (feed % 2) {
        item.title = u"Weather for %1, day %2"_s.arg(town).arg(day);
        item.html = u"<p>Forecast for %1: %2 with winds of %3&nbsp;km/h from the %4, highs of %5&deg;C and lows of "
                    "%6&deg;C.</p>\n<p>Pollen count %7, UV index %8. Sunrise 07:%9, sunset 16:%10.</p>\n"
                    "<p>Outlook: %11 for the rest of the week. <a href=\"https://weather.example/%12\">Full "
                    "forecast</a></p>\n"_s.arg(town,
                                              QStringList{u"sunny spells"_s, u"light rain"_s, u"heavy showers"_s,
                                                          u"overcast skies"_s}.at(below(state, 4)))
                            .arg(5 + below(state, 40))
                            .arg(QStringList{u"west"_s, u"north"_s, u"south-east"_s}.at(below(state, 3)))
                            .arg(8 + below(state, 12))
                            .arg(below(state, 8))
                            .arg(QStringList{u"low"_s, u"moderate"_s, u"high"_s}.at(below(state, 3)))
                            .arg(1 + below(state, 6))
                            .arg(10 + below(state, 50))
                            .arg(10 + below(state, 50))
                            .arg(QStringList{u"settled"_s, u"unsettled"_s}.at(below(state, 2)), town.toLower());
        item.categories = {u"weather"_s};
    } else {
        item.title = u"Markets close: index %1 at %2"_s.arg(below(state, 2) ? u"up"_s : u"down"_s).arg(7000 + below(state, 900));
        QString rows;
        for (const QString &name : {u"Energy"_s, u"Banks"_s, u"Retail"_s, u"Mining"_s, u"Technology"_s})
            rows += u"<tr><td>%1</td><td>%2.%3</td><td>%4%5.%6%</td></tr>"_s.arg(name)
                            .arg(100 + below(state, 900))
                            .arg(below(state, 100), 2, 10, QChar(u'0'))
                            .arg(below(state, 2) ? u"+"_s : u"&minus;"_s)
                            .arg(below(state, 4))
                            .arg(below(state, 100), 2, 10, QChar(u'0'));
        item.html = u"<p>The index closed at %1 points on a volume of %2 million shares.</p>\n"
                    "<table><thead><tr><th>Sector</th><th>Close</th><th>Change</th></tr></thead><tbody>%3</tbody></table>\n"
                    "<p>Figures are delayed by 15 minutes. <a href=\"https://markets.example/\">Markets data</a> "
                    "&copy; Market Data Ltd.</p>\n"_s.arg(7000 + below(state, 900))
                            .arg(200 + below(state, 800))
                            .arg(rows);
        item.categories = {u"business"_s, u"markets"_s};
    }
    item.story = (qint64(feed) << 32) | (qint64(version) << 16) | index;
    item.author = u"Automated desk"_s;
    item.summary = item.title;
    Q_UNUSED(imageBase);
    return item;
}

NewsItem NewsCorpus::item(int feed, int index, int version, const QString &imageBase) const
{
    const QString id = u"%1-%2-%3"_s.arg(feed).arg(index).arg(version);
    NewsItem item;
    if (isTemplated(feed)) {
        item = templatedItem(feed, index, version, imageBase);
    } else {
        quint64 state = mix(m_seed, quint64(feed), quint64(index), quint64(version));
        // 30% wire copy: one of 4 stories of the moment, so each is carried
        // by many outlets; the rest the outlet's own story.
        item.syndicated = below(state, 100) < 30;
        item.story = item.syndicated ? (qint64(1) << 48) + (qint64(version) * 1000 + index) * 4 + below(state, 4)
                                     : (qint64(feed) << 32) | (qint64(version) << 16) | index;
        quint64 story = mix(m_seed, quint64(item.story), 3);
        // Sizes: most 1-8 KB skewed small, one in twenty a full article of 10-30 KB.
        const int bytes = below(story, 20) == 0 ? 10000 + below(story, 20000)
                                                : 1000 + int(7000 * std::pow(unit(story), 2.0));
        if (!imageBase.isEmpty() && below(state, 10) < 8)
            item.imageUrl = u"%1/img/%2.jpg"_s.arg(imageBase, item.syndicated ? u"wire-%1"_s.arg(item.story) : id);
        item.title = headline(item.story);
        if (item.syndicated && below(state, 3) == 0)
            item.title = (below(state, 2) ? u"UPDATE: "_s : u"Live: "_s) + item.title;
        item.html = storyBody(item.story, bytes, item.imageUrl);
        item.author = names().at(below(story, int(names().size())));
        item.categories = {m_categories.at(below(story, int(m_categories.size()))),
                           m_categories.at(below(state, int(m_categories.size())))};
        if (item.categories.at(0) == item.categories.at(1))
            item.categories.removeLast();
        const qsizetype firstEnd = item.html.indexOf(u"</p>"_s);
        QString lede = item.html.left(firstEnd);
        lede.remove(QRegularExpression(u"<[^>]*>"_s));
        item.summary = lede.replace(u"&mdash;"_s, u"\u2014"_s).replace(u"&#8217;"_s, u"\u2019"_s)
                               .replace(u"&amp;"_s, u"&"_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
    }
    // The site's boilerplate closes every item.
    item.html += u"<p class=\"site-footer\"><em>Sign up for the Feed %1 newsletter</em> for the day&#8217;s top "
                 "stories. <a href=\"https://feed%1.example/newsletter?ref=rss\">Subscribe</a> &middot; &copy; 2026 "
                 "Feed %1 Media.</p>\n"_s.arg(feed);
    // The story's page, on the outlet's host (imageBase's when given, so a
    // summary-only item's page can be fetched from a loopback server).
    const QString site = imageBase.isEmpty() ? u"https://feed%1.example"_s.arg(feed) : imageBase;
    item.guid = u"https://feed%1.example/story/%2"_s.arg(feed).arg(id);
    item.link = site + u"/story/"_s + id;
    const QDateTime epoch(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    item.published = epoch.addSecs(qint64(version) * 86400 + qint64(1000 - index) * 600 + feed % 600);
    return item;
}

QByteArray NewsCorpus::rss(int feed, int version, int items, const QString &imageBase, qint64 *htmlBytes) const
{
    QByteArray xml;
    xml.reserve(items * 6000);
    xml += "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" "
           "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n<title>Feed "
            + QByteArray::number(feed) + " News</title>\n<link>https://feed" + QByteArray::number(feed)
            + ".example/</link>\n<description>News from Feed " + QByteArray::number(feed)
            + "</description>\n<language>en-gb</language>\n";
    for (int index = 0; index < items; ++index) {
        const NewsItem it = item(feed, index, version, imageBase);
        xml += "<item>\n<title>" + escaped(it.title).toUtf8() + "</title>\n<link>" + it.link.toUtf8()
                + "</link>\n<guid isPermaLink=\"true\">" + it.guid.toUtf8() + "</guid>\n<pubDate>"
                + it.published.toString(Qt::RFC2822Date).toUtf8() + "</pubDate>\n<dc:creator>"
                + escaped(it.author).toUtf8() + "</dc:creator>\n";
        for (const QString &category : it.categories)
            xml += "<category>" + escaped(category).toUtf8() + "</category>\n";
        const QByteArray body = QString(it.html).replace(u"]]>"_s, u"]]&gt;"_s).toUtf8();
        if (htmlBytes)
            *htmlBytes += body.size();
        xml += "<description>" + escaped(it.summary).toUtf8() + "</description>\n<content:encoded><![CDATA["
                + body + "]]></content:encoded>\n</item>\n";
    }
    return xml + "</channel>\n</rss>\n";
}

QByteArray NewsCorpus::page(const QString &path) const
{
    quint64 state = mix(m_seed, qHash(path, 0), 4);
    const QString title = m_titles.at(below(state, int(m_titles.size())));
    QString html = u"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1 | News</title></head>"
                   "<body><header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav></header>"
                   "<main><article><h1>%1</h1><p class=\"byline\">By %2</p>"_s.arg(escaped(title),
                                                                                names().at(below(state, 12)));
    for (int i = 0; i < 8; ++i)
        html += u"<p>"_s + paragraph(state, 3, true) + u"</p>"_s;
    html += u"</article></main><footer><p>&copy; 2026 News</p></footer></body></html>"_s;
    return html.toUtf8();
}
