// Cached text figures of HtmlDom nodes (lengths as Readability measures
// them: trimmed, runs of whitespace collapsed; comma counts).

#include "html/htmldom.h"

#include <vector>

namespace HtmlDom {

namespace {

bool isCommaChar(QChar c)
{
    switch (c.unicode()) {
    case 0x002C: case 0x060C: case 0xFE50: case 0xFE10: case 0xFE11:
    case 0x2E41: case 0x2E34: case 0x2E32: case 0xFF0C:
        return true;
    default:
        return false;
    }
}

TextStats statsOf(const QString &text)
{
    TextStats s;
    s.length = text.size();
    qsizetype runStart = -1;
    bool seenContent = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            if (runStart < 0)
                runStart = i;
            continue;
        }
        if (!seenContent) {
            s.lead = i;
            seenContent = true;
        } else if (runStart >= 0) {
            ++s.core; // any whitespace run inside counts as one character
        }
        runStart = -1;
        ++s.core;
        if (c == u',')
            ++s.commas;
        if (isCommaChar(c))
            ++s.anyCommas;
    }
    s.allSpace = !seenContent;
    s.trail = seenContent && runStart >= 0 ? text.size() - runStart : 0;
    return s;
}

TextStats combine(const TextStats &a, const TextStats &b)
{
    TextStats s;
    s.length = a.length + b.length;
    s.commas = a.commas + b.commas;
    s.anyCommas = a.anyCommas + b.anyCommas;
    if (a.allSpace && b.allSpace) {
        s.allSpace = true;
    } else if (a.allSpace) {
        s.allSpace = false;
        s.lead = a.length + b.lead;
        s.trail = b.trail;
        s.core = b.core;
    } else if (b.allSpace) {
        s.allSpace = false;
        s.lead = a.lead;
        s.trail = a.trail + b.length;
        s.core = a.core;
    } else {
        s.allSpace = false;
        s.lead = a.lead;
        s.trail = b.trail;
        s.core = a.core + b.core + (a.trail + b.lead > 0 ? 1 : 0);
    }
    return s;
}

} // namespace

const TextStats &textStats(const Node *node)
{
    std::vector<const Node *> stack{node};
    while (!stack.empty()) {
        const Node *n = stack.back();
        if (n->statsValid) {
            stack.pop_back();
            continue;
        }
        if (n->type == NodeType::Text || n->type == NodeType::Comment) {
            n->stats = n->type == NodeType::Text ? statsOf(n->text) : TextStats();
            n->statsValid = true;
            stack.pop_back();
            continue;
        }
        bool pending = false;
        for (const Node *c = n->firstChild; c; c = c->next) {
            if (!c->statsValid) {
                stack.push_back(c);
                pending = true;
            }
        }
        if (pending)
            continue;
        TextStats s;
        for (const Node *c = n->firstChild; c; c = c->next)
            s = combine(s, c->stats);
        n->stats = s;
        n->statsValid = true;
        stack.pop_back();
    }
    return node->stats;
}

} // namespace HtmlDom
