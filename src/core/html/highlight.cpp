#include "html/highlight.h"
#include "html/htmldom.h"
#include "html/htmlserializer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace HtmlDom;

QStringList searchTerms(const QString &query)
{
    QStringList terms;
    static const QRegularExpression token(u"\"([^\"]*)\"|([\\p{L}\\p{N}_']+)\\*?"_s);
    for (auto it = token.globalMatch(query); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString phrase = m.captured(1).simplified();
        const QString word = m.captured(2);
        const QString term = phrase.isEmpty() ? word : phrase;
        if (term.isEmpty() || term == u"AND" || term == u"OR" || term == u"NOT" || term == u"NEAR")
            continue;
        if (!terms.contains(term, Qt::CaseInsensitive))
            terms.append(term);
    }
    return terms;
}

namespace {

// Splits one text node into text and <mark> nodes where `words` matches.
void markIn(Document &doc, Node *text, const QRegularExpression &words)
{
    const QString data = text->text;
    qsizetype done = 0;
    Node *parent = text->parent;
    for (auto it = words.globalMatch(data); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() > done)
            insertBefore(parent, doc.createText(data.mid(done, m.capturedStart() - done)), text);
        Node *mark = doc.createElement(GUMBO_TAG_MARK);
        appendChild(mark, doc.createText(m.captured()));
        insertBefore(parent, mark, text);
        done = m.capturedEnd();
    }
    if (done == 0)
        return;
    text->text = data.mid(done);
}

void walk(Document &doc, Node *node, const QRegularExpression &words)
{
    for (Node *child = node->firstChild; child;) {
        Node *next = child->next;
        if (child->type == NodeType::Text)
            markIn(doc, child, words);
        else if (child->isElement() && !child->isAnyOf({GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_MARK}))
            walk(doc, child, words);
        child = next;
    }
}

} // namespace

QString highlightTerms(const QString &html, const QStringList &terms)
{
    QStringList alternatives;
    for (const QString &term : terms) {
        if (!term.trimmed().isEmpty())
            alternatives.append(QRegularExpression::escape(term.trimmed()).replace(u"\\ "_s, u"\\s+"_s));
    }
    if (alternatives.isEmpty() || html.isEmpty())
        return html;
    // Longest first, so a phrase wins over its own first word.
    std::sort(alternatives.begin(), alternatives.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    const QRegularExpression words(u"(?<![\\p{L}\\p{N}_])(?:"_s + alternatives.join(u'|') + u")[\\p{L}\\p{N}_]*"_s,
                                   QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
    if (!words.isValid())
        return html;
    std::unique_ptr<Document> doc = parseDocument(u"<!doctype html><html><body>"_s + html + u"</body></html>"_s);
    Node *body = doc->body();
    if (!body)
        return html;
    walk(*doc, body, words);
    return serializeChildren(body);
}
