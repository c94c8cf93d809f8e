#pragma once

// Test helper: re-parses sanitizer output with gumbo (independently of the
// code under test) and lists every part of it that could execute or load
// something: script-bearing elements, foreign (SVG/MathML) content, event
// handlers, style/srcdoc/action attributes, javascript:/vbscript:/data: URLs
// (data: only for raster images) and CSS expression().

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <gumbo.h>

#include <vector>

namespace ExecutableCheck {

inline QString cleanedUrl(const QString &value)
{
    QString out;
    for (QChar c : value) {
        if (c.unicode() > 0x20 && !c.isSpace())
            out += c.toLower();
    }
    return out;
}

inline QStringList executableParts(const QString &html)
{
    static const QStringList forbiddenElements = {
        QStringLiteral("script"),   QStringLiteral("style"),    QStringLiteral("iframe"),
        QStringLiteral("frame"),    QStringLiteral("frameset"), QStringLiteral("object"),
        QStringLiteral("embed"),    QStringLiteral("applet"),   QStringLiteral("base"),
        QStringLiteral("meta"),     QStringLiteral("link"),     QStringLiteral("form"),
        QStringLiteral("input"),    QStringLiteral("button"),   QStringLiteral("textarea"),
        QStringLiteral("select"),   QStringLiteral("option"),   QStringLiteral("svg"),
        QStringLiteral("math"),     QStringLiteral("template"), QStringLiteral("noscript"),
        QStringLiteral("xmp"),      QStringLiteral("plaintext"), QStringLiteral("noembed"),
        QStringLiteral("noframes"), QStringLiteral("portal"),   QStringLiteral("video"),
        QStringLiteral("audio"),    QStringLiteral("source"),   QStringLiteral("isindex"),
        QStringLiteral("keygen"),   QStringLiteral("title"),    QStringLiteral("param"),
        QStringLiteral("bgsound"),  QStringLiteral("marquee"),  QStringLiteral("dialog")};
    static const QStringList forbiddenAttributes = {
        QStringLiteral("style"),    QStringLiteral("srcdoc"),   QStringLiteral("action"),
        QStringLiteral("formaction"), QStringLiteral("background"), QStringLiteral("dynsrc"),
        QStringLiteral("lowsrc"),   QStringLiteral("xlink:href"), QStringLiteral("form"),
        QStringLiteral("http-equiv"), QStringLiteral("srcset"), QStringLiteral("ping")};
    static const QStringList urlAttributes = {QStringLiteral("href"), QStringLiteral("src"),
                                              QStringLiteral("cite"), QStringLiteral("poster"),
                                              QStringLiteral("data"), QStringLiteral("codebase")};
    static const QRegularExpression rasterData(
        QStringLiteral("^data:image/(png|jpeg|jpg|gif|webp|avif|bmp|x-icon)[;,]"));

    QStringList problems;
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(),
                                                   size_t(utf8.size()));
    std::vector<const GumboNode *> stack{output->document};
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        const GumboVector *children = nullptr;
        if (node->type == GUMBO_NODE_DOCUMENT) {
            children = &node->v.document.children;
        } else if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
            const GumboElement &el = node->v.element;
            QString name;
            if (el.tag == GUMBO_TAG_UNKNOWN) {
                GumboStringPiece piece = el.original_tag;
                gumbo_tag_from_original_text(&piece);
                name = QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
            } else {
                name = QString::fromLatin1(gumbo_normalized_tagname(el.tag));
            }
            if (el.tag_namespace != GUMBO_NAMESPACE_HTML)
                problems << QStringLiteral("foreign element <%1>").arg(name);
            if (forbiddenElements.contains(name))
                problems << QStringLiteral("element <%1>").arg(name);
            for (unsigned i = 0; i < el.attributes.length; ++i) {
                const auto *attr = static_cast<const GumboAttribute *>(el.attributes.data[i]);
                const QString attrName = QString::fromUtf8(attr->name).toLower();
                const QString value = QString::fromUtf8(attr->value);
                const QString url = cleanedUrl(value);
                if (attrName.startsWith(QLatin1String("on")))
                    problems << QStringLiteral("event handler %1 on <%2>").arg(attrName, name);
                if (forbiddenAttributes.contains(attrName))
                    problems << QStringLiteral("attribute %1 on <%2>").arg(attrName, name);
                if (url.contains(QLatin1String("expression(")))
                    problems << QStringLiteral("CSS expression in %1").arg(attrName);
                if (urlAttributes.contains(attrName)) {
                    if (url.startsWith(QLatin1String("javascript:"))
                        || url.startsWith(QLatin1String("vbscript:"))
                        || url.startsWith(QLatin1String("livescript:")))
                        problems << QStringLiteral("script URL in %1=%2").arg(attrName, value);
                    if (url.startsWith(QLatin1String("data:"))
                        && !(name == QLatin1String("img") && attrName == QLatin1String("src")
                             && rasterData.match(url).hasMatch()))
                        problems << QStringLiteral("data URL in %1=%2").arg(attrName, value.left(40));
                }
            }
            children = &el.children;
        }
        if (children) {
            for (unsigned i = children->length; i > 0; --i)
                stack.push_back(static_cast<const GumboNode *>(children->data[i - 1]));
        }
    }
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return problems;
}

} // namespace ExecutableCheck
