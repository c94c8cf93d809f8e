#include "englishstemmer.h"

#include <QHash>

#include <array>
#include <string_view>

namespace {

bool isVowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

bool endsWith(const std::string &w, std::string_view suffix)
{
    return w.size() >= suffix.size()
        && std::string_view(w).substr(w.size() - suffix.size()) == suffix;
}

bool endsInDouble(const std::string &w)
{
    if (w.size() < 2 || w[w.size() - 1] != w[w.size() - 2])
        return false;
    const char c = w.back();
    return c == 'b' || c == 'd' || c == 'f' || c == 'g' || c == 'm' || c == 'n' || c == 'p'
        || c == 'r' || c == 't';
}

bool isLiEnding(char c)
{
    return std::string_view("cdeghkmnrt").find(c) != std::string_view::npos;
}

// Does w[0, end) end in a short syllable?
bool endsInShortSyllable(const std::string &w, size_t end)
{
    if (end == 2)
        return isVowel(w[0]) && !isVowel(w[1]);
    if (end < 3)
        return false;
    const char last = w[end - 1];
    return !isVowel(w[end - 3]) && isVowel(w[end - 2]) && !isVowel(last) && last != 'w'
        && last != 'x' && last != 'Y';
}

// Start of the region after the first non-vowel following a vowel, at or after `from`.
size_t regionAfter(const std::string &w, size_t from)
{
    for (size_t i = from + 1; i < w.size(); ++i) {
        if (isVowel(w[i - 1]) && !isVowel(w[i]))
            return i + 1;
    }
    return w.size();
}

struct Rule
{
    std::string_view suffix;
    std::string_view replacement;
};

// Finds the longest matching suffix among `rules` (listed longest first).
template<size_t N>
const Rule *longestMatch(const std::string &w, const std::array<Rule, N> &rules)
{
    for (const Rule &rule : rules) {
        if (endsWith(w, rule.suffix))
            return &rule;
    }
    return nullptr;
}

void replaceSuffix(std::string &w, size_t suffixLength, std::string_view replacement)
{
    w.resize(w.size() - suffixLength);
    w.append(replacement);
}

constexpr std::array<Rule, 24> step2Rules{{
    {"ization", "ize"}, {"ational", "ate"}, {"fulness", "ful"}, {"ousness", "ous"},
    {"iveness", "ive"}, {"tional", "tion"}, {"biliti", "ble"}, {"lessli", "less"},
    {"entli", "ent"},   {"ation", "ate"},   {"alism", "al"},    {"aliti", "al"},
    {"ousli", "ous"},   {"iviti", "ive"},   {"fulli", "ful"},   {"enci", "ence"},
    {"anci", "ance"},   {"abli", "able"},   {"izer", "ize"},    {"ator", "ate"},
    {"alli", "al"},     {"bli", "ble"},     {"ogi", "og"},      {"li", ""},
}};

constexpr std::array<Rule, 9> step3Rules{{
    {"ational", "ate"}, {"tional", "tion"}, {"alize", "al"}, {"icate", "ic"}, {"iciti", "ic"},
    {"ative", ""},      {"ical", "ic"},     {"ness", ""},    {"ful", ""},
}};

constexpr std::array<Rule, 18> step4Rules{{
    {"ement", ""}, {"ance", ""}, {"ence", ""}, {"able", ""}, {"ible", ""}, {"ment", ""},
    {"ant", ""},   {"ent", ""},  {"ism", ""},  {"ate", ""},  {"iti", ""},  {"ous", ""},
    {"ive", ""},   {"ize", ""},  {"ion", ""},  {"al", ""},   {"er", ""},   {"ic", ""},
}};

bool exceptionalForm(std::string &w)
{
    static constexpr std::array<Rule, 18> forms{{
        {"skis", "ski"},     {"skies", "sky"},   {"dying", "die"},   {"lying", "lie"},
        {"tying", "tie"},    {"idly", "idl"},    {"gently", "gentl"}, {"ugly", "ugli"},
        {"early", "earli"},  {"only", "onli"},   {"singly", "singl"}, {"sky", "sky"},
        {"news", "news"},    {"howe", "howe"},   {"atlas", "atlas"}, {"cosmos", "cosmos"},
        {"bias", "bias"},    {"andes", "andes"},
    }};
    for (const Rule &form : forms) {
        if (w == form.suffix) {
            w = std::string(form.replacement);
            return true;
        }
    }
    return false;
}

bool step1aInvariant(const std::string &w)
{
    static constexpr std::array<std::string_view, 8> words{
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"};
    for (auto candidate : words) {
        if (w == candidate)
            return true;
    }
    return false;
}

void step1a(std::string &w)
{
    if (endsWith(w, "sses")) {
        replaceSuffix(w, 4, "ss");
    } else if (endsWith(w, "ied") || endsWith(w, "ies")) {
        replaceSuffix(w, 3, w.size() > 4 ? "i" : "ie");
    } else if (endsWith(w, "us") || endsWith(w, "ss")) {
        return;
    } else if (endsWith(w, "s") && w.size() >= 3) {
        for (size_t i = 0; i + 2 < w.size(); ++i) {
            if (isVowel(w[i])) {
                w.pop_back();
                return;
            }
        }
    }
}

void step1b(std::string &w, size_t r1)
{
    for (std::string_view suffix : {std::string_view("eedly"), std::string_view("eed")}) {
        if (endsWith(w, suffix)) {
            if (w.size() - suffix.size() >= r1)
                replaceSuffix(w, suffix.size(), "ee");
            return;
        }
    }
    for (std::string_view suffix : {std::string_view("ingly"), std::string_view("edly"),
                                     std::string_view("ing"), std::string_view("ed")}) {
        if (!endsWith(w, suffix))
            continue;
        const size_t stem = w.size() - suffix.size();
        bool hasVowel = false;
        for (size_t i = 0; i < stem && !hasVowel; ++i)
            hasVowel = isVowel(w[i]);
        if (!hasVowel)
            return;
        w.resize(stem);
        if (endsWith(w, "at") || endsWith(w, "bl") || endsWith(w, "iz"))
            w.push_back('e');
        else if (endsInDouble(w))
            w.pop_back();
        else if (endsInShortSyllable(w, w.size()) && r1 >= w.size())
            w.push_back('e');
        return;
    }
}

} // namespace

void EnglishStemmer::stemAscii(std::string &w)
{
    if (w.size() <= 2)
        return;
    if (w.front() == '\'')
        w.erase(0, 1);
    if (exceptionalForm(w) || w.size() <= 2)
        return;

    if (w[0] == 'y')
        w[0] = 'Y';
    for (size_t i = 1; i < w.size(); ++i) {
        if (w[i] == 'y' && isVowel(w[i - 1]))
            w[i] = 'Y';
    }

    size_t r1 = regionAfter(w, 0);
    for (std::string_view prefix : {std::string_view("gener"), std::string_view("commun"),
                                    std::string_view("arsen")}) {
        if (std::string_view(w).substr(0, prefix.size()) == prefix) {
            r1 = prefix.size();
            break;
        }
    }
    const size_t r2 = regionAfter(w, r1);

    // Step 0: possessives.
    for (std::string_view suffix :
         {std::string_view("'s'"), std::string_view("'s"), std::string_view("'")}) {
        if (endsWith(w, suffix)) {
            w.resize(w.size() - suffix.size());
            break;
        }
    }
    step1a(w);
    if (!step1aInvariant(w)) {
        step1b(w, r1);
        // Step 1c.
        if (w.size() > 2 && (w.back() == 'y' || w.back() == 'Y') && !isVowel(w[w.size() - 2]))
            w.back() = 'i';
        if (const Rule *rule = longestMatch(w, step2Rules)) {
            const size_t stem = w.size() - rule->suffix.size();
            const bool allowed = rule->suffix == "ogi" ? stem >= 1 && w[stem - 1] == 'l'
                : rule->suffix == "li"                 ? stem >= 1 && isLiEnding(w[stem - 1])
                                                       : true;
            if (stem >= r1 && allowed)
                replaceSuffix(w, rule->suffix.size(), rule->replacement);
        }
        if (const Rule *rule = longestMatch(w, step3Rules)) {
            const size_t stem = w.size() - rule->suffix.size();
            if (stem >= (rule->suffix == "ative" ? r2 : r1))
                replaceSuffix(w, rule->suffix.size(), rule->replacement);
        }
        if (const Rule *rule = longestMatch(w, step4Rules)) {
            const size_t stem = w.size() - rule->suffix.size();
            const bool allowed = rule->suffix == "ion" ? stem >= 1 && (w[stem - 1] == 's' || w[stem - 1] == 't')
                                                       : true;
            if (stem >= r2 && allowed)
                w.resize(stem);
        }
        // Step 5.
        if (!w.empty() && w.back() == 'e') {
            const size_t stem = w.size() - 1;
            if (stem >= r2 || (stem >= r1 && !endsInShortSyllable(w, stem)))
                w.pop_back();
        } else if (!w.empty() && w.back() == 'l') {
            const size_t stem = w.size() - 1;
            if (stem >= r2 && stem >= 1 && w[stem - 1] == 'l')
                w.pop_back();
        }
    }
    for (char &c : w) {
        if (c == 'Y')
            c = 'y';
    }
}

QString EnglishStemmer::stem(const QString &word)
{
    if (word.size() <= 2 || word.size() > 64)
        return word;
    // News text says the same words again and again (a few thousand make
    // up most of it): each thread remembers the stems it has made, so
    // indexing looks most words up instead of stemming them. The memo is
    // bounded (a few thousand words are most of any news text); emptied
    // when full, it fills again with the common words.
    constexpr qsizetype MemoLimit = 20000; // about 2 MB a thread
    thread_local QHash<QString, QString> memo;
    if (const auto known = memo.constFind(word); known != memo.cend())
        return known.value();
    if (memo.size() >= MemoLimit)
        memo.clear();
    const QString stemmed = stem(QStringView(word));
    memo.insert(word, stemmed);
    return stemmed;
}

QString EnglishStemmer::stem(QStringView word)
{
    if (word.size() <= 2 || word.size() > 64)
        return word.toString();
    std::string ascii;
    ascii.reserve(size_t(word.size()));
    for (QChar c : word) {
        const char16_t u = c.unicode();
        if ((u >= 'a' && u <= 'z') || u == '\'')
            ascii.push_back(char(u));
        else if (u == 0x2019)
            ascii.push_back('\'');
        else
            return word.toString();
    }
    stemAscii(ascii);
    return QString::fromLatin1(ascii.data(), qsizetype(ascii.size()));
}
