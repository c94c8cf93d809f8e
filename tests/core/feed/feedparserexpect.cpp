// Evaluates the subset of Python used by feedparser's `Expect:` lines against
// the feedparser-shaped view of a FeedDocument (feedparserview.cpp).

#include "feed/feedtext.h"
#include "feedparserview.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using Kind = PyValue::Kind;

namespace {

struct Token
{
    enum Type { End, Name, Number, String, Op } type = End;
    QString text;
};

QList<Token> tokenize(const QString &s)
{
    QList<Token> out;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const bool prefixedString = (c == u'u' || c == u'r' || c == u'b') && i + 1 < n
                && (s[i + 1] == u'\'' || s[i + 1] == u'"');
        if (c == u'\'' || c == u'"' || prefixedString) {
            const bool raw = c == u'r';
            if (prefixedString)
                ++i;
            const QChar quote = s[i++];
            QString value;
            while (i < n && s[i] != quote) {
                if (s[i] == u'\\' && i + 1 < n && !raw) {
                    const QChar e = s[i + 1];
                    i += 2;
                    if (e == u'n')
                        value += u'\n';
                    else if (e == u't')
                        value += u'\t';
                    else if (e == u'r')
                        value += u'\r';
                    else if (e == u'x' || e == u'u' || e == u'U') {
                        const int len = e == u'x' ? 2 : e == u'u' ? 4 : 8;
                        const char32_t cp = s.mid(i, len).toUInt(nullptr, 16);
                        value += QString::fromUcs4(&cp, 1);
                        i += len;
                    } else
                        value += e;
                    continue;
                }
                value += s[i++];
            }
            ++i;
            out.append(Token {Token::String, value});
            continue;
        }
        if (c.isDigit()) {
            qsizetype j = i;
            while (j < n && (s[j].isDigit() || s[j] == u'.'))
                ++j;
            out.append(Token {Token::Number, s.mid(i, j - i)});
            i = j;
            continue;
        }
        if (c.isLetter() || c == u'_') {
            qsizetype j = i;
            while (j < n && (s[j].isLetterOrNumber() || s[j] == u'_'))
                ++j;
            out.append(Token {Token::Name, s.mid(i, j - i)});
            i = j;
            continue;
        }
        const QString two = s.mid(i, 2);
        if (two == u"==" || two == u"!=" || two == u"<=" || two == u">=") {
            out.append(Token {Token::Op, two});
            i += 2;
            continue;
        }
        out.append(Token {Token::Op, QString(c)});
        ++i;
    }
    out.append(Token {Token::End, {}});
    return out;
}

// feedparser re-serialises markup (attributes sorted, end tags of empty
// elements added or dropped); Masthead keeps it as the feed wrote it. Compare
// start tags with sorted attributes and ignore end tags and "/>".
QString canonicalHtml(const QString &s)
{
    static const QRegularExpression tag(
            uR"(<(/?)([A-Za-z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>)"_s);
    static const QRegularExpression attribute(
            uR"(([\w:.-]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?)"_s);
    const QString text = FeedText::collapseWhitespace(s);
    QString out;
    qsizetype last = 0;
    auto it = tag.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).sliced(last, m.capturedStart() - last);
        last = m.capturedEnd();
        if (!m.capturedView(1).isEmpty())
            continue;
        QStringList attributes;
        auto a = attribute.globalMatch(m.captured(3));
        while (a.hasNext()) {
            const auto am = a.next();
            QString value = am.captured(2);
            if (value.startsWith(u'"') || value.startsWith(u'\''))
                value = value.mid(1, value.size() - 2);
            attributes << am.captured(1).toLower() + u"=\""_s + value + u'"';
        }
        attributes.sort();
        out += u'<' + m.captured(2).toLower()
                + (attributes.isEmpty() ? QString() : u' ' + attributes.join(u' ')) + u'>';
    }
    out += QStringView(text).sliced(last);
    return out;
}

QString normalisedVersion(const QString &v)
{
    if (v == u"rss091n" || v == u"rss091u")
        return u"rss091"_s;
    if (v == u"atom01" || v == u"atom02" || v == u"atom" || v == u"cdf" || v == u"hotrss")
        throw NotApplicable {u"feedparser version '%1' has no counterpart"_s.arg(v)};
    return v;
}

bool equal(const PyValue &a, const PyValue &b)
{
    if (a.kind == Kind::Missing || b.kind == Kind::Missing)
        return false;
    if (a.kind == Kind::Str && b.kind == Kind::Str) {
        for (const auto &[ours, theirs] : {std::pair {&a, &b}, std::pair {&b, &a}}) {
            if (ours->plainOnly && FeedText::looksLikeHtml(theirs->text) && !theirs->plainOnly)
                throw NotApplicable {u"schema keeps this field as plain text only"_s};
            static const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s);
            if (ours->dateString && !theirs->dateString && !iso.match(theirs->text).hasMatch())
                throw NotApplicable {u"raw date strings are not kept (normalized to UTC)"_s};
        }
        if (a.text == b.text)
            return true;
        if (FeedText::collapseWhitespace(a.text) == FeedText::collapseWhitespace(b.text))
            return true;
        return canonicalHtml(a.text) == canonicalHtml(b.text);
    }
    const auto isNumber = [](const PyValue &v) {
        return v.kind == Kind::Int || v.kind == Kind::Float || v.kind == Kind::Bool;
    };
    if (isNumber(a) && isNumber(b)) {
        const auto num = [](const PyValue &v) {
            return v.kind == Kind::Float ? v.real
                                         : double(v.kind == Kind::Bool ? v.boolean : v.integer);
        };
        return num(a) == num(b);
    }
    if (a.kind == Kind::None || b.kind == Kind::None)
        return a.kind == b.kind;
    if ((a.kind == Kind::List || a.kind == Kind::Tuple)
        && (b.kind == Kind::List || b.kind == Kind::Tuple)) {
        if (a.items.size() != b.items.size())
            return false;
        for (qsizetype i = 0; i < a.items.size(); ++i) {
            if (!equal(a.items[i], b.items[i]))
                return false;
        }
        return true;
    }
    if (a.kind == Kind::Dict && b.kind == Kind::Dict)
        throw NotApplicable {u"comparison of whole dictionaries"_s};
    return false;
}

class Evaluator final
{
public:
    Evaluator(const QString &expression, const PyValue &root)
        : m_tokens(tokenize(expression)), m_root(root)
    { }

    PyValue run()
    {
        PyValue v = orExpr();
        if (peek().type != Token::End)
            throw NotApplicable {u"unsupported syntax near '%1'"_s.arg(peek().text)};
        return v;
    }

private:
    const Token &peek() const { return m_tokens[m_pos]; }
    bool accept(const QString &text)
    {
        if ((peek().type == Token::Op || peek().type == Token::Name) && peek().text == text) {
            ++m_pos;
            return true;
        }
        return false;
    }
    void expect(const QString &text)
    {
        if (!accept(text))
            throw NotApplicable {u"unsupported syntax: expected '%1'"_s.arg(text)};
    }

    // Three-valued logic: a NotApplicable operand does not hide a definite answer.
    PyValue orExpr()
    {
        std::optional<NotApplicable> na;
        bool any = false;
        bool first = true;
        do {
            try {
                const PyValue v = andExpr();
                any = any || v.truthy();
                if (first && peek().text != u"or")
                    return v;
            } catch (const NotApplicable &e) {
                na = e;
            }
            first = false;
        } while (accept(u"or"_s));
        if (any)
            return PyValue::fromBool(true);
        if (na)
            throw *na;
        return PyValue::fromBool(false);
    }
    PyValue andExpr()
    {
        std::optional<NotApplicable> na;
        bool all = true;
        bool first = true;
        do {
            try {
                const PyValue v = notExpr();
                if (first && peek().text != u"and")
                    return v;
                all = all && v.truthy();
            } catch (const NotApplicable &e) {
                na = e;
            }
            first = false;
        } while (accept(u"and"_s));
        if (!all)
            return PyValue::fromBool(false);
        if (na)
            throw *na;
        return PyValue::fromBool(true);
    }
    PyValue notExpr()
    {
        if (accept(u"not"_s))
            return PyValue::fromBool(!notExpr().truthy());
        return comparison();
    }
    PyValue comparison()
    {
        PyValue left = sum();
        bool result = true;
        bool compared = false;
        for (;;) {
            QString op;
            if (accept(u"=="_s))
                op = u"=="_s;
            else if (accept(u"!="_s))
                op = u"!="_s;
            else if (accept(u"in"_s))
                op = u"in"_s;
            else if (peek().text == u"not" && m_tokens[m_pos + 1].text == u"in") {
                m_pos += 2;
                op = u"not in"_s;
            } else if (accept(u"<"_s) || accept(u">"_s) || accept(u"<="_s) || accept(u">="_s))
                throw NotApplicable {u"ordering comparison"_s};
            else
                break;
            const PyValue right = sum();
            compared = true;
            bool r;
            if (op == u"==")
                r = equal(left, right);
            else if (op == u"!=")
                r = !equal(left, right);
            else
                r = contains(right, left) == (op == u"in");
            result = result && r;
            left = right;
        }
        return compared ? PyValue::fromBool(result) : left;
    }
    bool contains(const PyValue &container, const PyValue &item)
    {
        if (container.kind == Kind::Dict) {
            if (!container.mappable.contains(item.text))
                throw NotApplicable {u"key '%1' has no counterpart"_s.arg(item.text)};
            return container.dict.contains(item.text);
        }
        if (container.kind == Kind::Str)
            return container.text.contains(item.text);
        for (const PyValue &v : container.items) {
            if (equal(v, item))
                return true;
        }
        return false;
    }
    PyValue sum()
    {
        PyValue v = unary();
        while (peek().text == u"+" || peek().text == u"-") {
            const bool plus = accept(u"+"_s);
            if (!plus)
                expect(u"-"_s);
            const PyValue r = unary();
            if (v.kind == Kind::Str && r.kind == Kind::Str && plus) {
                v.text += r.text;
            } else if (v.kind == Kind::Int && r.kind == Kind::Int) {
                v.integer = plus ? v.integer + r.integer : v.integer - r.integer;
            } else {
                throw NotApplicable {u"arithmetic on non-strings"_s};
            }
        }
        return v;
    }
    PyValue unary()
    {
        if (accept(u"-"_s)) {
            PyValue v = unary();
            if (v.kind == Kind::Int)
                v.integer = -v.integer;
            else if (v.kind == Kind::Float)
                v.real = -v.real;
            else
                throw NotApplicable {u"unary minus"_s};
            return v;
        }
        return postfix();
    }
    PyValue postfix()
    {
        QString path;
        PyValue v = atom(&path);
        for (;;) {
            if (accept(u"["_s)) {
                const PyValue key = orExpr();
                expect(u"]"_s);
                v = subscript(v, key, path);
            } else if (accept(u"."_s)) {
                const Token name = m_tokens[m_pos++];
                if (peek().text == u"(")
                    throw NotApplicable {u"method call .%1()"_s.arg(name.text)};
                v = subscript(v, PyValue::fromString(name.text), path);
            } else if (peek().text == u"(") {
                throw NotApplicable {u"call of %1"_s.arg(path)};
            } else {
                return v;
            }
        }
    }
    PyValue subscript(const PyValue &v, const PyValue &key, QString &path)
    {
        path += u"[%1]"_s.arg(key.kind == Kind::Str ? key.text : QString::number(key.integer));
        if (v.kind == Kind::Dict) {
            if (key.kind != Kind::Str)
                return {};
            if (!v.mappable.contains(key.text))
                throw NotApplicable {u"%1 has no counterpart in the schema"_s.arg(path)};
            return v.dict.value(key.text);
        }
        if (v.kind == Kind::List || v.kind == Kind::Tuple) {
            if (key.kind != Kind::Int)
                return {};
            const qint64 i = key.integer < 0 ? v.items.size() + key.integer : key.integer;
            return i >= 0 && i < v.items.size() ? v.items[i] : PyValue {};
        }
        if (v.kind == Kind::Str && key.kind == Kind::Int) {
            const qint64 i = key.integer < 0 ? v.text.size() + key.integer : key.integer;
            return i >= 0 && i < v.text.size() ? PyValue::fromString(v.text.mid(i, 1)) : PyValue {};
        }
        return {};
    }
    PyValue atom(QString *path)
    {
        const Token t = m_tokens[m_pos++];
        switch (t.type) {
        case Token::String: {
            QString s = t.text;
            while (peek().type == Token::String)
                s += m_tokens[m_pos++].text;
            return PyValue::fromString(s);
        }
        case Token::Number:
            if (t.text.contains(u'.')) {
                PyValue v;
                v.kind = Kind::Float;
                v.real = t.text.toDouble();
                return v;
            }
            return PyValue::fromInt(t.text.toLongLong());
        case Token::Name:
            return name(t.text, path);
        case Token::Op:
            if (t.text == u"(" || t.text == u"[") {
                const QString close = t.text == u"(" ? u")"_s : u"]"_s;
                PyValue list;
                list.kind = t.text == u"(" ? Kind::Tuple : Kind::List;
                bool comma = false;
                while (!accept(close)) {
                    list.items.append(orExpr());
                    if (accept(u","_s))
                        comma = true;
                }
                if (t.text == u"(" && !comma && list.items.size() == 1)
                    return list.items.first();
                return list;
            }
            break;
        case Token::End:
            break;
        }
        throw NotApplicable {u"unsupported syntax '%1'"_s.arg(t.text)};
    }
    PyValue name(const QString &n, QString *path)
    {
        *path = n;
        if (n == u"None")
            return PyValue::none();
        if (n == u"True")
            return PyValue::fromBool(true);
        if (n == u"False")
            return PyValue::fromBool(false);
        if (n == u"len" || n == u"ord") {
            expect(u"("_s);
            const PyValue arg = orExpr();
            expect(u")"_s);
            if (n == u"ord") {
                if (arg.kind != Kind::Str || arg.text.isEmpty())
                    return {};
                return PyValue::fromInt(arg.text.toUcs4().value(0));
            }
            if (arg.kind == Kind::Str)
                return PyValue::fromInt(arg.text.size());
            if (arg.kind == Kind::Missing)
                return {};
            if (arg.kind == Kind::Dict)
                throw NotApplicable {u"len() of a dictionary"_s};
            return PyValue::fromInt(arg.items.size());
        }
        if (n == u"version") {
            PyValue v = m_root.dict.value(n);
            if (peek().text == u"==" || peek().text == u"!=") {
                const bool eq = accept(u"=="_s);
                if (!eq)
                    expect(u"!="_s);
                const PyValue other = sum();
                return PyValue::fromBool((normalisedVersion(other.text) == v.text) == eq);
            }
            return v;
        }
        if (!m_root.mappable.contains(n))
            throw NotApplicable {u"'%1' (HTTP/namespace/Python state) has no counterpart"_s.arg(n)};
        return m_root.dict.value(n);
    }

    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    const PyValue &m_root;
};

} // namespace

ExpectOutcome evaluateExpect(const QString &expression, const FeedDocument &feed)
{
    const PyValue root = feedparserRoot(feed);
    try {
        Evaluator evaluator(expression, root);
        const bool ok = evaluator.run().truthy();
        return {ok ? ExpectResult::Pass : ExpectResult::Fail, {}};
    } catch (const NotApplicable &e) {
        return {ExpectResult::NotApplicable, e.why};
    }
}
