#include "storysignature.h"

#include "termvector.h"
#include "tokenizer.h"

#include <QSet>
#include <QtEndian>

#include <array>
#include <limits>

namespace {

constexpr char FormatVersion = 1;

quint64 splitMix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

const std::array<quint64, StorySignature::Slots> &seeds()
{
    static const auto values = [] {
        std::array<quint64, StorySignature::Slots> s{};
        quint64 state = 0x5eed5eed5eedull;
        for (quint64 &seed : s)
            seed = state = splitMix(state);
        return s;
    }();
    return values;
}

// Days and months are capitalised but name nothing in particular.
bool isCalendarWord(const QString &stem)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *word : {"monday", "tuesday", "wednesday", "thursday", "friday",
                                 "saturday", "sunday", "januari", "februari", "march", "april",
                                 "may", "june", "juli", "august", "septemb", "octob", "novemb",
                                 "decemb"}) {
            set.insert(QString::fromLatin1(word));
        }
        return set;
    }();
    return words.contains(stem);
}

} // namespace

StorySignature StorySignature::fromArticle(QStringView title, QStringView summary,
                                           QStringView text, const Options &options)
{
    Tokenizer::Options tokenizerOptions;
    tokenizerOptions.maxChars = 4000;
    const Tokenizer tokenizer(tokenizerOptions);

    // Shingle -> weight (copies). Shingles: stemmed content words (weight 1),
    // numbers and names (runs of capitalised words, "Grace Brennan", "Quito
    // Wanderers", as one shingle each) with options.nameWeight.
    QHash<quint32, int> weights;
    const auto add = [&](QStringView shingle, int weight) {
        int &current = weights[TermVector::termId(shingle)];
        current = std::max(current, weight);
    };
    const int nameWeight = std::max(1, options.nameWeight);
    // Headlines are often in title case, so capitals there say nothing.
    for (const Token &token : tokenizer.tokenize(title)) {
        if (!token.number || token.term.size() >= 2)
            add(token.term, token.number ? nameWeight : 1);
    }
    const QStringView lead = summary.trimmed().isEmpty() ? text : summary;
    const QList<Token> tokens = tokenizer.tokenize(lead);
    QString name;
    int nameEnd = -2;
    const auto flushName = [&] {
        if (!name.isEmpty())
            add(name, nameWeight);
        name.clear();
    };
    for (qsizetype i = 0; i < tokens.size() && i < options.leadTerms; ++i) {
        const Token &token = tokens[i];
        if (token.number) {
            flushName();
            if (token.term.size() >= 2)
                add(token.term, nameWeight);
            continue;
        }
        add(token.term, 1);
        const bool capital = token.acronym || (token.capitalized && !isCalendarWord(token.term));
        const bool nextCapital = i + 1 < tokens.size() && tokens[i + 1].index == token.index + 1
            && (tokens[i + 1].capitalized || tokens[i + 1].acronym);
        // A capital at a sentence start is a name only when another follows it.
        const bool isName = capital && (!token.sentenceStart || nextCapital);
        if (isName && token.index == nameEnd + 1 && !name.isEmpty()) {
            name += u' ' + token.term;
        } else {
            flushName();
            if (isName)
                name = token.term;
        }
        nameEnd = isName ? token.index : -2;
    }
    flushName();
    StorySignature signature;
    if (weights.isEmpty())
        return signature;
    std::array<quint64, Slots> minima;
    minima.fill(std::numeric_limits<quint64>::max());
    const auto &seed = seeds();
    for (auto it = weights.cbegin(); it != weights.cend(); ++it) {
        for (int copy = 0; copy < it.value(); ++copy) {
            const quint64 shingle = splitMix((quint64(it.key()) << 8) | quint64(copy));
            for (int i = 0; i < Slots; ++i)
                minima[i] = std::min(minima[i], splitMix(shingle ^ seed[i]));
        }
    }
    signature.m_values.reserve(Slots);
    for (quint64 value : minima)
        signature.m_values.append(quint16(value >> 48));
    return signature;
}

double StorySignature::similarity(const StorySignature &other) const
{
    if (m_values.size() != Slots || other.m_values.size() != Slots)
        return 0.0;
    int equal = 0;
    for (int i = 0; i < Slots; ++i)
        equal += m_values[i] == other.m_values[i] ? 1 : 0;
    return double(equal) / Slots;
}

QList<quint64> StorySignature::bandKeys(int rowsPerBand) const
{
    QList<quint64> keys;
    if (isEmpty() || rowsPerBand < 1 || rowsPerBand > Slots)
        return keys;
    for (int band = 0; band + rowsPerBand <= Slots; band += rowsPerBand) {
        quint64 key = splitMix(quint64(band));
        for (int row = band; row < band + rowsPerBand; ++row)
            key = splitMix(key ^ m_values[row]);
        keys.append(key);
    }
    return keys;
}

QByteArray StorySignature::encode() const
{
    QByteArray out;
    if (isEmpty())
        return out;
    out.reserve(1 + Slots * 2);
    out.append(FormatVersion);
    for (quint16 value : m_values) {
        char bytes[2];
        qToLittleEndian(value, bytes);
        out.append(bytes, 2);
    }
    return out;
}

std::optional<StorySignature> StorySignature::decode(QByteArrayView blob)
{
    if (blob.isEmpty())
        return StorySignature();
    if (blob.size() != 1 + Slots * 2 || blob[0] != FormatVersion)
        return std::nullopt;
    StorySignature signature;
    signature.m_values.reserve(Slots);
    for (int i = 0; i < Slots; ++i)
        signature.m_values.append(qFromLittleEndian<quint16>(blob.data() + 1 + i * 2));
    return signature;
}
