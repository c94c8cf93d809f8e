#pragma once

#include "readingstyle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <utility>

// One entry of "More like this".
struct RelatedStory
{
    qint64 id = 0;
    QString title;
    QString summary; // one line
    QString source;  // feed title
    bool sameStory = false;
};

// Everything the article pane shows, as values.
struct ArticlePageData
{
    qint64 articleId = 0;
    QStringList breadcrumb; // category path, without "Home"
    QString headline;
    QString byline;
    QDateTime published;
    QString bodyHtml; // already sanitized
    QUrl link;
    QString language;
    QList<RelatedStory> related;
    QStringList alsoCoveredBy; // feed titles of other sources on the same story
    // Remote images the image cache does not hold. They are left out of the
    // body unless the person asked to load them (remoteImages): then the body
    // keeps their http(s) URLs and the page's policy lets images load.
    int uncachedImageCount = 0;
    bool remoteImages = false;
};

// The colours of the page, taken from the widget palette so dark mode and
// high contrast follow the desktop.
struct ArticlePageColors
{
    QString text = QStringLiteral("#202124");
    QString base = QStringLiteral("#ffffff");
    QString muted = QStringLiteral("#5f6368");
    QString link = QStringLiteral("#1a57c8");
    QString rule = QStringLiteral("#dadce0");

    // The WCAG 2 contrast ratio of two "#rrggbb" colours, 1 to 21; 1 when
    // either is not such a colour.
    static double contrastRatio(const QString &a, const QString &b);
    static constexpr double MinimumContrast = 4.5; // WCAG AA, body text
    // These colours with every text colour (text, muted, link) at least
    // MinimumContrast on base, whatever palette they came from: a text
    // colour too close to the base becomes black or white, muted and link
    // move towards the text colour until they read. An unusable base is white.
    ArticlePageColors legible() const;
    // Whether the base is dark (for the page's color-scheme: scrollbars).
    bool isDark() const;
};

// Fills the article page template (resources/article/article.html) with an
// article. Placeholders are {{name}}; every value is HTML-escaped except the
// body, which must arrive sanitized. Replacement is a single pass, so text in
// an article can never expand into another placeholder.
class ArticlePageRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(ArticlePageRenderer)

public:
    ArticlePageRenderer(QString templateHtml, QString styleSheet, QLocale locale = QLocale());

    // The reading style of the pages rendered from now on (default: ReadingStyle{}).
    void setReadingStyle(const ReadingStyle &style) { m_reading = style; }
    const ReadingStyle &readingStyle() const { return m_reading; }

    QString render(const ArticlePageData &page, const ArticlePageColors &colors = {}) const;
    // The page shown when nothing is selected, or a message in place of an article.
    QString renderMessage(const QString &headline, const QString &text,
                          const ArticlePageColors &colors = {}) const;

    // URL scheme of links to other articles inside the page ("masthead-article:42").
    static QString articleLinkScheme();
    static QUrl articleLink(qint64 id);
    static qint64 articleIdFromLink(const QUrl &url); // 0 if not an article link

    // Substitutes {{key}} in one pass; unknown keys become empty.
    static QString fill(QStringView templ, const QHash<QString, QString> &values);

    // The img-src sources of the page's Content-Security-Policy: the cache
    // scheme and data:, plus http: and https: when remote images are allowed.
    static QString imageSources(bool remoteImages);

    // The CSS custom properties (--reading-font, --reading-size,
    // --reading-width, --reading-spacing) and their values for a style,
    // clamped and escaped: safe inside a <style> element or for
    // CSSStyleDeclaration.setProperty(). The stylesheet uses them.
    static QList<std::pair<QString, QString>> readingVariables(const ReadingStyle &style);
    // text as a double-quoted CSS string; anything but plain letters, digits
    // and a few marks is escaped, control characters are dropped.
    static QString cssString(const QString &text);

    // Whether an article reads right to left: its language (he, ar, fa, ur…,
    // or a script subtag such as -Arab) says so, or most of the strongly
    // directional letters of its text (markup skipped) are Hebrew/Arabic.
    static bool isRightToLeft(const QString &language, QStringView text);

private:
    QString breadcrumbHtml(const ArticlePageData &page) const;
    QString relatedHtml(const ArticlePageData &page) const;
    QString styleFor(const ArticlePageColors &colors) const;

    QString m_template;
    QString m_style;
    QLocale m_locale;
    ReadingStyle m_reading;
};
