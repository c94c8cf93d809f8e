#include "samestorycorpus.h"

#include <QHash>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

struct Topic
{
    const char *name;
    QList<const char *> headlines;
    QList<const char *> facts;
    QList<const char *> shareable; // fill a hard distractor may copy from an event
};

const QList<Topic> &topics()
{
    static const QList<Topic> list = {
        {"quake",
         {"{Powerful|Strong|Deadly} earthquake {strikes|hits|rocks} $city",
          "{At least|More than} $n {dead|killed} as {quake|earthquake} {hits|jolts} $country",
          "$city {quake|earthquake}: {death toll|toll} {rises|climbs} to $n",
          "Magnitude $m {quake|tremor} {devastates|shakes} $country"},
         {"A {magnitude $m|$m-magnitude} earthquake {struck|hit|shook} $city in $country {early on|on} $day.",
          "{At least|More than|Some} $n people {were killed|died|have died|lost their lives} and $n2 {were injured|were hurt|suffered injuries}.",
          "{Rescue teams|Rescuers|Emergency crews} {searched|were searching|dug} through {rubble|collapsed buildings|debris} {for survivors|in search of survivors}.",
          "The {epicentre|quake's centre} was about $km km {from|outside} $city, {according to|said} the {national seismology agency|geological survey}.",
          "$person, the {interior minister|civil defence chief|regional governor}, said the {government|authorities} would {send aid|provide emergency funds|deploy the army}.",
          "{Aftershocks|Several aftershocks|Tremors} {were felt|continued} {across|throughout} the region {overnight|into the night}."},
         {"country"}},
        {"earnings",
         {"$org {profits|profit} {jump|soar|rise} $pct%",
          "$org {beats|tops} {forecasts|expectations} {as|after} {sales|revenue} {climb|grow}",
          "{Strong|Robust} {demand|sales} {lifts|boosts} $org {earnings|results}",
          "$org {reports|posts} $pct% {rise|increase} in {quarterly|} {profit|earnings}"},
         {"$org {said|reported|announced} on $day that {net profit|profits|earnings} {rose|jumped|climbed} $pct% in the $quarter quarter.",
          "{Revenue|Sales|Turnover} {reached|came in at|totalled} $money, {ahead of|above|beating} {analyst forecasts|market expectations}.",
          "{Chief executive|Boss|CEO} $person {said|told investors} {demand|growth} in $region had been {strong|robust|better than expected}.",
          "{Shares|Its shares|The company's stock} {rose|climbed|gained} $pct2% in {early trading|morning trading|trading} in $city.",
          "The {firm|company|group}, which employs $n staff, {also raised|lifted|upgraded} its {full-year|annual} {outlook|guidance|forecast}.",
          "{Analysts|Market watchers} {had expected|had forecast|were predicting} {weaker|slower|more modest} {results|growth}."},
         {"region", "city"}},
        {"football",
         {"$team1 {beat|defeat|overcome} $team2 $score",
          "$person {double|strike|goal} {gives|hands} $team1 {win|victory} over $team2",
          "$team2 {fall|slip|lose} to $team1",
          "$team1 {edge|sink|see off} $team2 {in|at} $city"},
         {"$team1 {beat|defeated|overcame} $team2 $score {at|in} $city on $day.",
          "$person {scored|netted|struck} {twice|two goals|a brace} for $team1, {including|with} a {late|stoppage-time|superb} {winner|header|strike} in the $minute minute.",
          "{The result|The victory|The win} {lifts|moves|takes} $team1 to {second|third|fourth} in the {table|standings|league}.",
          "$team2 {manager|coach|boss} $person2 {said|admitted} his {side|team|players} had {been poor|not done enough|struggled} {in the second half|after the break|defensively}.",
          "{A crowd of|Some|Around} $n2 {fans|supporters|spectators} {watched|attended|saw} the {game|match|fixture}.",
          "$team2 had a {goal|penalty appeal} {ruled out|disallowed|turned down} {for offside|by VAR|by the referee}."},
         {"team1", "team2"}},
        {"merger",
         {"$org {to buy|agrees to buy|to acquire} $org2 {for|in} $money {deal|takeover}",
          "$org {strikes|agrees|seals} $money {deal|takeover} for $org2",
          "$org2 {accepts|backs} $org {takeover|bid|offer}"},
         {"$org {has agreed|said it would|announced it would} {buy|acquire|take over} {rival|smaller rival} $org2 {for|in a deal worth} $money.",
          "The {deal|takeover|acquisition} {is expected to|should|will} {close|complete|be completed} {by the end of|in} {next year|the summer|the first half}.",
          "$org2 shareholders will {receive|get} $price {per share|a share}, {a premium of|representing a premium of} $pct%.",
          "$person, {chief executive|boss} of $org, said the {combination|deal|merger} would {create|build} {a leader|a stronger group|a global leader} in $sector.",
          "{Regulators|Competition authorities} in $region {are expected to|will} {scrutinise|examine|review} the {deal|tie-up}.",
          "The {combined|merged} {company|group} will {employ|have} {around|about|some} $n {people|staff|workers}."},
         {"org", "region"}},
        {"election",
         {"$person {wins|claims victory in} $country {presidential election|election|vote}",
          "$country {election|vote}: $person {declared winner|takes lead|claims win}",
          "$person2 {concedes|admits defeat} {as|after} $person {wins|sweeps} {vote|poll}"},
         {"$person {won|secured|took} $pct% of the {vote|ballots} in the $country {presidential election|election|run-off} on $day, {official results showed|according to official results|the electoral commission said}.",
          "{Rival|Opposition candidate|Challenger} $person2 {took|won|received} $pct2%.",
          "{Turnout|Voter turnout|Participation} was $pct3%, {the highest since|up from|compared with} $year.",
          "$person, a former {mayor of $city|central bank governor|army general}, {promised|pledged|vowed} to {tackle|fight|address} {corruption|inflation|unemployment}.",
          "{Supporters|Crowds|Thousands of supporters} {celebrated|gathered|danced} in the streets of $city.",
          "$person2 {said|claimed|alleged} there had been {irregularities|fraud|problems} {at|in} {some|several} polling stations."},
         {"person2"}},
        {"breach",
         {"$org {hit by|suffers|reveals} {cyber attack|data breach|hack}",
          "{Hackers|Cyber criminals} {steal|access} data of $n million $org customers",
          "$org {breach|hack}: $n million {customers|users|accounts} {affected|exposed}"},
         {"$org {said|admitted|confirmed} on $day that {hackers|cyber criminals|an unauthorised party} had {accessed|stolen|obtained} {the personal data|details} of {about|around|some} $n million {customers|users|account holders}.",
          "The {stolen|compromised|exposed} {data|information} {included|contained} {names|email addresses}, {phone numbers|dates of birth} and $datatype.",
          "The {company|firm} said it had {informed|notified|alerted} the $agency {and|as well as} the police.",
          "$person, {a spokesperson|a spokesman|a spokeswoman} for $org, said there was no evidence that {passwords|payment details|bank details} had been {taken|compromised}.",
          "{Security experts|Analysts|Researchers} {warned|cautioned} {customers|users} to {watch out|be alert} for {phishing|scam} {emails|messages}.",
          "{Shares in|Shares of} $org {fell|dropped|slid} $pct% {on the news|after the announcement|in $city}."},
         {"agency", "city"}},
        {"wildfire",
         {"{Wildfire|Bushfire|Forest fire} {forces|prompts} {evacuation|evacuations} {in|near} $city",
          "$n {evacuated|flee} as {wildfire|fire|blaze} {spreads|rages} {near|in} $city",
          "{Firefighters|Crews} {battle|tackle|fight} {huge|massive|major} {blaze|wildfire} in $country"},
         {"{A wildfire|A fire|A huge blaze} {has forced|forced|led to} the evacuation of $n {people|residents} {near|in|around} $city in $country.",
          "The {fire|blaze} has {burned|scorched|destroyed} {more than|over|about} $n2 hectares {of forest|of land|of woodland} since $day.",
          "{Hundreds of|More than $n3} firefighters, {backed by|supported by} {water-bombing aircraft|helicopters|planes}, {are|were} {battling|fighting|tackling} the {flames|blaze}.",
          "{Regional governor|Governor|Local mayor} $person {declared|announced} a state of emergency {in|for} the {area|region|district}.",
          "{Strong winds|High temperatures|Dry conditions} {are|were} {fanning|spreading|driving} the {flames|fire}, {officials said|forecasters warned|authorities said}.",
          "{No deaths|No casualties} {have been|had been} reported, but {several|a number of|dozens of} homes {were destroyed|burned down|were lost}."},
         {"country"}},
        {"resignation",
         {"$country $role $person {resigns|quits|steps down}",
          "$person {quits|resigns} {over|amid} $reason {row|scandal|claims}",
          "{Pressure|Blow} for $person2 as $role {resigns|quits}"},
         {"$person {has resigned|resigned|stepped down} as the $country $role on $day, {days after|following|amid} $reason {allegations|claims|revelations}.",
          "In {a letter|a resignation letter|a statement} to {Prime Minister|PM} $person2, {he|the minister} {said|wrote} he had {done nothing wrong|acted properly|always followed the rules}.",
          "{Opposition leaders|Critics|Opposition parties} had {called for|demanded} {his resignation|him to quit|his departure} {for weeks|since the story broke|for days}.",
          "$person2 {thanked|praised} $person for his {service|work} and {named|appointed} $person3 as {his replacement|successor|the new $role}.",
          "{The resignation|His departure|The move} is the $nth {from|in} the {cabinet|government} {this year|since the election|in a month}.",
          "$person had {been in the job|held the post|served} since $year."},
         {"person2", "country"}},
        {"product",
         {"$org {unveils|launches|reveals} $product",
          "$org {takes wraps off|shows off|introduces} {new|its new|latest} $product",
          "$product: $org {bets on|pins hopes on} new $device"},
         {"$org {unveiled|launched|showed off} its {new|latest} $product $device at {an event|a launch event|a press event} in $city on $day.",
          "The {device|gadget|$device} will {cost|sell for|be priced at} $price and {go on sale|be available|ship} in $month.",
          "{Boss|Chief executive|CEO} $person {said|told the audience} it was the {company's|firm's} {most ambitious|most important|biggest} {product|launch} {yet|in years|in a decade}.",
          "The $product {features|has|comes with} a {larger|new|bigger} screen and a {faster chip|longer-lasting battery|improved camera}.",
          "{Analysts|Industry watchers|Experts} said the launch {would|could} help $org {regain|win back|defend} {market share|ground} against $org2.",
          "{Shares in|Shares of} $org {rose|edged up|climbed} $pct% {after the event|following the announcement|in $city}."},
         {"org", "city"}},
        {"court",
         {"{Former|Ex-} $role $person {jailed|sentenced} {for|over} $charge",
          "$person {found guilty|convicted} of $charge",
          "$person {gets|given|handed} $years-year {sentence|jail term|prison term}"},
         {"{A court|A judge|Judges} in $city {sentenced|jailed} former $role $person to $years years in prison on $day for $charge.",
          "{Judge|Presiding judge} $person2 {said|told the court} {the crimes|his actions|the offences} had {betrayed|undermined|damaged} {public trust|the public|the country}.",
          "{Prosecutors|The prosecution} {said|argued|told the court} $person had {taken|received|pocketed} $money {in bribes|in kickbacks|illegally}.",
          "$person, who {denied|had denied|has always denied} {the charges|wrongdoing|any wrongdoing}, {plans to|will|said he would} appeal.",
          "{Dozens of|Some|A small group of} {supporters|protesters|relatives} {gathered|waited|protested} outside the {court|courthouse|building}.",
          "The {case|trial} {began|opened|started} in $year and {lasted|ran for|took} $months months."},
         {"person2", "city"}},
    };
    return list;
}

QStringList split(const char *words)
{
    return QString::fromLatin1(words).split(u',');
}

class Generator
{
public:
    explicit Generator(quint32 seed) : m_random(seed) { }

    int below(int n) { return int(m_random.bounded(quint32(std::max(1, n)))); }
    const QString &pick(const QStringList &list) { return list[below(int(list.size()))]; }
    bool chance(double p) { return m_random.generateDouble() < p; }

    QHash<QString, QString> makeFill()
    {
        static const QStringList first = split(
            "Maria,James,Amina,Kenji,Sofia,Daniel,Priya,Lukas,Fatima,Oliver,Chen,Isabel,Tomasz,Grace,"
            "Ahmed,Elena,Samuel,Yuki,Nadia,Pedro,Hannah,Ibrahim,Clara,Mateo,Zainab,Viktor,Leila,Rafael,"
            "Ingrid,Kwame");
        static const QStringList last = split(
            "Lopez,Okafor,Watanabe,Novak,Fischer,Haddad,Kowalski,Mensah,Rossi,Sato,Bergstrom,Adeyemi,"
            "Moreau,Petrov,Castillo,Lindqvist,Mwangi,Dubois,Kaur,Oyelaran,Hartmann,Silva,Nakamura,"
            "Brennan,Costa,Yilmaz,Varga,Osei,Lindgren,Romero");
        static const QStringList places = split(
            "Lisbon:Portugal,Valparaiso:Chile,Izmir:Turkey,Kobe:Japan,Cebu:Philippines,Mendoza:Argentina,"
            "Tabriz:Iran,Napier:New Zealand,Antalya:Turkey,Arequipa:Peru,Sendai:Japan,Padang:Indonesia,"
            "Lyon:France,Porto:Portugal,Hamburg:Germany,Gdansk:Poland,Accra:Ghana,Nairobi:Kenya,"
            "Lagos:Nigeria,Quito:Ecuador,Cusco:Peru,Oaxaca:Mexico,Perth:Australia,Calgary:Canada,"
            "Bergen:Norway,Tampere:Finland,Seville:Spain,Naples:Italy,Split:Croatia,Varna:Bulgaria,"
            "Cluj:Romania,Brno:Czech Republic,Kumasi:Ghana,Durban:South Africa,Chennai:India,Pune:India,"
            "Da Nang:Vietnam,Busan:South Korea,Medan:Indonesia,Adelaide:Australia");
        static const QStringList orgPrefix = split(
            "Norvik,Altamira,Brightwave,Castell,Dunmore,Everline,Falcon,Greystone,Helix,Ironbridge,"
            "Juniper,Kestrel,Lumen,Meridian,Northgate,Orion,Pinnacle,Quantis,Redwood,Sterling,"
            "Tidewater,Unity,Vantage,Westmoor,Zenith");
        static const QStringList orgSuffix =
            split("Group,Holdings,Industries,Energy,Bank,Motors,Foods,Pharma,Telecom,Technologies");
        static const QStringList teamSuffix = split("United,City,Rovers,Athletic,Wanderers");
        static const QStringList days = split("Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday");
        static const QStringList roles = split(
            "finance minister,interior minister,health minister,defence minister,foreign minister,"
            "transport minister,energy minister");
        const auto person = [&] { return pick(first) + u' ' + pick(last); };
        const auto org = [&] { return pick(orgPrefix) + u' ' + pick(orgSuffix); };
        const QStringList place = pick(places).split(u':');
        QHash<QString, QString> s;
        s[u"city"_s] = place[0];
        s[u"country"_s] = place[1];
        s[u"person"_s] = person();
        s[u"person2"_s] = person();
        s[u"person3"_s] = person();
        s[u"org"_s] = org();
        s[u"org2"_s] = org();
        s[u"team1"_s] = pick(places).section(u':', 0, 0) + u' ' + pick(teamSuffix);
        s[u"team2"_s] = pick(places).section(u':', 0, 0) + u' ' + pick(teamSuffix);
        s[u"day"_s] = pick(days);
        s[u"n"_s] = QString::number(5 + below(400));
        s[u"n2"_s] = QString::number(100 + below(40000));
        s[u"n3"_s] = QString::number(100 + below(900));
        s[u"m"_s] = u"%1.%2"_s.arg(5 + below(3)).arg(below(10));
        s[u"km"_s] = QString::number(10 + below(120));
        s[u"pct"_s] = QString::number(2 + below(60));
        s[u"pct2"_s] = QString::number(1 + below(40));
        s[u"pct3"_s] = QString::number(35 + below(50));
        s[u"money"_s] = u"$%1.%2bn"_s.arg(1 + below(40)).arg(below(10));
        s[u"price"_s] = u"$%1"_s.arg(20 + below(900));
        s[u"quarter"_s] = pick(split("first,second,third,fourth"));
        s[u"region"_s] = pick(split("Europe,Asia,North America,Latin America,Africa,the Middle East"));
        s[u"role"_s] = pick(roles);
        s[u"year"_s] = QString::number(1995 + below(25));
        s[u"years"_s] = QString::number(2 + below(15));
        s[u"months"_s] = QString::number(2 + below(20));
        s[u"minute"_s] = QString::number(60 + below(35)) + u"th"_s;
        s[u"nth"_s] = pick(split("second,third,fourth,fifth"));
        s[u"score"_s] = u"%1-%2"_s.arg(2 + below(3)).arg(below(2));
        s[u"product"_s] = pick(split("Nova,Pulse,Aura,Vertex,Orbit,Echo,Flux,Halo")) + u' '
            + pick(split("X,Pro,Max,Air,Lite,Ultra"));
        s[u"device"_s] = pick(split("phone,tablet,headset,watch,laptop"));
        s[u"month"_s] = pick(split("March,April,May,June,September,October,November"));
        s[u"reason"_s] = pick(split("expenses,lobbying,bullying,donations,contracts"));
        s[u"charge"_s] = pick(split("corruption,fraud,bribery,money laundering,tax evasion,abuse of power"));
        s[u"datatype"_s] = pick(split("home addresses,passport numbers,card details,account numbers"));
        s[u"agency"_s] = pick(split("data protection regulator,information commissioner,national cyber security centre"));
        s[u"sector"_s] = pick(split("energy,banking,food,pharmaceuticals,telecoms,logistics"));
        return s;
    }

    QString render(const char *pattern, const QHash<QString, QString> &fill)
    {
        const QString in = QString::fromUtf8(pattern);
        QString out;
        for (qsizetype i = 0; i < in.size(); ++i) {
            if (in[i] == u'{') {
                const qsizetype close = in.indexOf(u'}', i);
                const QStringList options = in.mid(i + 1, close - i - 1).split(u'|');
                out += render(pick(options).toUtf8().constData(), fill);
                i = close;
            } else if (in[i] == u'$') {
                qsizetype end = i + 1;
                while (end < in.size() && in[end].isLetterOrNumber())
                    ++end;
                out += fill.value(in.mid(i + 1, end - i - 1));
                i = end - 1;
            } else {
                out += in[i];
            }
        }
        return out;
    }

    // One source's write-up: its own headline, 3-5 of the facts in its own order.
    std::pair<QString, QString> write(const Topic &topic, QHash<QString, QString> fill)
    {
        // Tolls and counts move as the story develops.
        for (const QString &key : {u"n"_s, u"n2"_s}) {
            if (chance(0.3))
                fill[key] = QString::number(fill[key].toInt() + 1 + below(12));
        }
        QString title = render(topic.headlines[below(int(topic.headlines.size()))], fill);
        title.replace(u"  "_s, u" "_s);
        title[0] = title[0].toUpper();
        QList<int> order(topic.facts.size());
        std::iota(order.begin(), order.end(), 0);
        for (qsizetype i = order.size() - 1; i > 0; --i)
            std::swap(order[i], order[below(int(i + 1))]);
        // The lead fact usually comes first, as news copy does.
        if (chance(0.6))
            std::swap(order[0], order[order.indexOf(0)]);
        const int count = 3 + below(3);
        QStringList sentences;
        for (int i = 0; i < count && i < order.size(); ++i)
            sentences.append(render(topic.facts[order[i]], fill).simplified());
        static const QStringList fillers = split(
            "More details are expected later.,This story is being updated.,Our correspondent says the "
            "mood is tense.,Officials said they would give an update on Tuesday.");
        if (chance(0.4))
            sentences.append(pick(fillers));
        return {title.simplified(), sentences.join(u' ')};
    }

private:
    QRandomGenerator m_random;
};

} // namespace

QList<SyntheticArticle> makeSameStoryCorpus(quint32 seed, int events, int distractors)
{
    constexpr int Feeds = 12;
    Generator generator(seed);
    const QDateTime start(QDate(2024, 3, 4), QTime(6, 0), Qt::UTC);
    QList<SyntheticArticle> articles;
    QList<std::pair<int, QHash<QString, QString>>> eventFills; // topic, fill
    for (int e = 0; e < events; ++e) {
        const int topic = e % int(topics().size());
        const QHash<QString, QString> fill = generator.makeFill();
        eventFills.append({topic, fill});
        const QDateTime when = start.addSecs(generator.below(72 * 3600));
        QList<int> feeds(Feeds);
        std::iota(feeds.begin(), feeds.end(), 1);
        for (int i = Feeds - 1; i > 0; --i)
            std::swap(feeds[i], feeds[generator.below(i + 1)]);
        const int sources = 3 + generator.below(3);
        for (int s = 0; s < sources; ++s) {
            const auto [title, text] = generator.write(topics()[topic], fill);
            articles.append({0, feeds[s], e, when.addSecs(generator.below(12 * 3600)), title, text});
        }
    }
    for (int d = 0; d < distractors; ++d) {
        const int topic = generator.below(int(topics().size()));
        QHash<QString, QString> fill = generator.makeFill();
        // Hard distractors: a name shared with an event on the same topic.
        if (generator.chance(0.4)) {
            QList<int> sameTopic;
            for (int e = 0; e < eventFills.size(); ++e) {
                if (eventFills[e].first == topic)
                    sameTopic.append(e);
            }
            if (!sameTopic.isEmpty()) {
                const auto &shared = eventFills[sameTopic[generator.below(int(sameTopic.size()))]].second;
                const auto &keys = topics()[topic].shareable;
                const QString key = QString::fromLatin1(keys[generator.below(int(keys.size()))]);
                fill[key] = shared.value(key);
            }
        }
        const auto [title, text] = generator.write(topics()[topic], fill);
        articles.append({0, 1 + generator.below(Feeds), -1,
                         start.addSecs(generator.below(84 * 3600)), title, text});
    }
    for (qsizetype i = 0; i < articles.size(); ++i)
        articles[i].id = i + 1;
    return articles;
}
