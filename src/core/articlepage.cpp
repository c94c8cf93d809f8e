#include "articlepage.h"
#include "textutil.h"

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

struct Rgb
{
    double r = 0, g = 0, b = 0; // 0..255
};

std::optional<Rgb> parseColor(const QString &text)
{
    if (text.size() != 7 || text.front() != u'#')
        return std::nullopt;
    bool ok = false;
    const uint value = QStringView(text).mid(1).toUInt(&ok, 16);
    if (!ok)
        return std::nullopt;
    return Rgb{double((value >> 16) & 0xff), double((value >> 8) & 0xff), double(value & 0xff)};
}

QString colorName(const Rgb &c)
{
    const auto channel = [](double v) { return std::clamp(int(std::lround(v)), 0, 255); };
    const uint rgb = (uint(channel(c.r)) << 16) | (uint(channel(c.g)) << 8) | uint(channel(c.b));
    return u"#"_s + QString::number(rgb, 16).rightJustified(6, u'0');
}

double luminance(const Rgb &c)
{
    const auto linear = [](double v) {
        v /= 255.0;
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

double contrast(const Rgb &a, const Rgb &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// from, moved towards to until it reaches the contrast wanted on base.
Rgb towards(const Rgb &from, const Rgb &to, const Rgb &base, double wanted)
{
    for (int step = 1; step <= 20; ++step) {
        const double t = step / 20.0;
        const Rgb mixed{from.r + (to.r - from.r) * t, from.g + (to.g - from.g) * t, from.b + (to.b - from.b) * t};
        if (contrast(mixed, base) >= wanted)
            return mixed;
    }
    return to;
}

// Languages written right to left, by their primary subtag.
bool isRtlLanguage(const QString &language)
{
    const QStringList parts = language.trimmed().toLower().replace(u'_', u'-').split(u'-', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return false;
    for (const QString &part : parts.mid(1)) {
        if (part.size() != 4)
            continue; // a script subtag decides: ku-Arab, az-Arab, pa-Arab; uz-Latn
        if (part == "arab"_L1 || part == "hebr"_L1 || part == "syrc"_L1 || part == "thaa"_L1 || part == "nkoo"_L1
            || part == "adlm"_L1 || part == "rohg"_L1)
            return true;
        return false;
    }
    static const QStringList rtl{u"ar"_s, u"arc"_s, u"ckb"_s, u"dv"_s, u"fa"_s, u"he"_s, u"iw"_s, u"ji"_s,
                                 u"ks"_s, u"ps"_s, u"sd"_s, u"syr"_s, u"ug"_s, u"ur"_s, u"yi"_s, u"prs"_s,
                                 u"pes"_s, u"azb"_s, u"glk"_s, u"mzn"_s, u"lrc"_s, u"bal"_s, u"nqo"_s};
    return rtl.contains(parts.first());
}

} // namespace

ArticlePageRenderer::ArticlePageRenderer(QString templateHtml, QString styleSheet, QLocale locale)
    : m_template(std::move(templateHtml)), m_style(std::move(styleSheet)), m_locale(std::move(locale))
{
}

QString ArticlePageRenderer::articleLinkScheme()
{
    return u"masthead-article"_s;
}

QUrl ArticlePageRenderer::articleLink(qint64 id)
{
    QUrl url;
    url.setScheme(articleLinkScheme());
    url.setPath(QString::number(id));
    return url;
}

qint64 ArticlePageRenderer::articleIdFromLink(const QUrl &url)
{
    if (url.scheme() != articleLinkScheme())
        return 0;
    bool ok = false;
    const qint64 id = url.path().toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

QString ArticlePageRenderer::fill(QStringView templ, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(templ.size() + 4096);
    qsizetype pos = 0;
    while (pos < templ.size()) {
        const qsizetype open = templ.indexOf(u"{{", pos);
        if (open < 0) {
            out += templ.mid(pos);
            break;
        }
        const qsizetype close = templ.indexOf(u"}}", open + 2);
        if (close < 0) {
            out += templ.mid(pos);
            break;
        }
        out += templ.mid(pos, open - pos);
        out += values.value(templ.mid(open + 2, close - open - 2).trimmed().toString());
        pos = close + 2;
    }
    return out;
}

QString ArticlePageRenderer::imageSources(bool remoteImages)
{
    // Only images ever widen the policy; scripts, styles, frames and fonts
    // stay refused by default-src 'none'.
    return remoteImages ? u"masthead-cache: data: http: https:"_s : u"masthead-cache: data:"_s;
}

QString ArticlePageRenderer::cssString(const QString &text)
{
    QString out = u"\""_s;
    for (const char32_t c : text.toUcs4()) {
        if (c < 0x20 || c == 0x7f || (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
            continue;
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u' '
            || c == u'-' || c == u'_' || c == u'.')
            out += QChar(char16_t(c));
        else
            out += u"\\%1 "_s.arg(uint(c), 0, 16);
    }
    return out + u"\""_s;
}

QList<std::pair<QString, QString>> ArticlePageRenderer::readingVariables(const ReadingStyle &style)
{
    const QString family = style.fontFamily.trimmed().left(ReadingStyle::MaxFontFamilyLength);
    const QString fonts = family.isEmpty() ? u"Georgia, \"Noto Serif\", \"DejaVu Serif\", serif"_s
                                           : cssString(family) + u", serif"_s;
    const int size = std::clamp(style.fontSize, ReadingStyle::MinFontSize, ReadingStyle::MaxFontSize);
    const int width = std::clamp(style.lineWidth, ReadingStyle::MinLineWidth, ReadingStyle::MaxLineWidth);
    const double spacing = std::isfinite(style.lineSpacing)
            ? std::clamp(style.lineSpacing, ReadingStyle::MinLineSpacing, ReadingStyle::MaxLineSpacing)
            : ReadingStyle::DefaultLineSpacing;
    return {{u"--reading-font"_s, fonts},
            {u"--reading-size"_s, u"%1px"_s.arg(size)},
            {u"--reading-width"_s, u"%1ch"_s.arg(width)},
            {u"--reading-spacing"_s, QString::number(spacing, 'f', 2)}};
}

double ArticlePageColors::contrastRatio(const QString &a, const QString &b)
{
    const auto ca = parseColor(a);
    const auto cb = parseColor(b);
    return ca && cb ? contrast(*ca, *cb) : 1.0;
}

bool ArticlePageColors::isDark() const
{
    const auto b = parseColor(base);
    return b && luminance(*b) < 0.18;
}

ArticlePageColors ArticlePageColors::legible() const
{
    ArticlePageColors out = *this;
    const Rgb white{255, 255, 255};
    const Rgb black{0, 0, 0};
    const Rgb bg = parseColor(base).value_or(white);
    out.base = colorName(bg);
    // Black or white, whichever reads better, always reaches 4.5:1.
    const Rgb fallback = contrast(black, bg) >= contrast(white, bg) ? black : white;
    Rgb fg = parseColor(text).value_or(fallback);
    if (contrast(fg, bg) < MinimumContrast)
        fg = fallback;
    out.text = colorName(fg);
    for (QString *secondary : {&out.muted, &out.link}) {
        const Rgb c = parseColor(*secondary).value_or(fg);
        *secondary = colorName(contrast(c, bg) >= MinimumContrast ? c : towards(c, fg, bg, MinimumContrast));
    }
    if (!parseColor(out.rule))
        out.rule = out.muted;
    return out;
}

bool ArticlePageRenderer::isRightToLeft(const QString &language, QStringView text)
{
    if (isRtlLanguage(language))
        return true;
    // The letters decide, not the feed's word: feeds often say "en" by default.
    qsizetype rtl = 0;
    qsizetype ltr = 0;
    bool inTag = false;
    constexpr qsizetype Enough = 400; // strong letters: the first paragraphs tell
    for (qsizetype i = 0; i < text.size() && rtl + ltr < Enough; ++i) {
        const QChar c = text.at(i);
        if (c == u'<') {
            inTag = true;
        } else if (c == u'>') {
            inTag = false;
        } else if (!inTag) {
            switch (c.direction()) {
            case QChar::DirR:
            case QChar::DirAL:
                ++rtl;
                break;
            case QChar::DirL:
                ++ltr;
                break;
            default:
                break;
            }
        }
    }
    return rtl > ltr;
}

QString ArticlePageRenderer::styleFor(const ArticlePageColors &given) const
{
    const ArticlePageColors colors = given.legible();
    QString reading;
    for (const auto &[name, value] : readingVariables(m_reading))
        reading += name + u": "_s + value + u"; "_s;
    return fill(m_style, {{u"reading"_s, reading},
                          {u"text"_s, colors.text},
                          {u"base"_s, colors.base},
                          {u"muted"_s, colors.muted},
                          {u"link"_s, colors.link},
                          {u"rule"_s, colors.rule},
                          {u"scheme"_s, colors.isDark() ? u"dark"_s : u"light"_s}});
}

QString ArticlePageRenderer::breadcrumbHtml(const ArticlePageData &page) const
{
    QStringList crumbs{u"<li>%1</li>"_s.arg(esc(tr("Home")))};
    for (const QString &name : page.breadcrumb)
        crumbs.append(u"<li>%1</li>"_s.arg(esc(name)));
    crumbs.append(u"<li aria-current=\"page\">%1</li>"_s.arg(esc(page.headline)));
    return u"<nav class=\"breadcrumb\" aria-label=\"%1\"><ol>%2</ol></nav>"_s.arg(
            esc(tr("Breadcrumb")), crumbs.join(QString()));
}

QString ArticlePageRenderer::relatedHtml(const ArticlePageData &page) const
{
    QString html;
    if (!page.alsoCoveredBy.isEmpty()) {
        const int shown = std::min<int>(2, page.alsoCoveredBy.size());
        QString names = QStringList(page.alsoCoveredBy.mid(0, shown)).join(u", "_s);
        if (page.alsoCoveredBy.size() > shown)
            names += u", +"_s + QString::number(page.alsoCoveredBy.size() - shown);
        html += u"<p class=\"also\">%1</p>"_s.arg(esc(tr("Also covered by %1").arg(names)));
    }
    if (page.related.isEmpty())
        return html;
    html += u"<section class=\"related\" aria-labelledby=\"more\"><h2 id=\"more\">%1</h2><ul>"_s.arg(
            esc(tr("More like this")));
    for (const RelatedStory &story : page.related) {
        html += u"<li><a href=\"%1\">%2</a>"_s.arg(
                articleLink(story.id).toString(QUrl::FullyEncoded), esc(story.title));
        if (!story.summary.isEmpty())
            html += u"<p>%1</p>"_s.arg(esc(story.summary));
        html += u"</li>"_s;
    }
    html += u"</ul></section>"_s;
    return html;
}

QString ArticlePageRenderer::render(const ArticlePageData &page, const ArticlePageColors &colors) const
{
    QString published;
    if (page.published.isValid()) {
        const QDateTime local = page.published.toLocalTime();
        published = u"<p class=\"published\">%1 <time datetime=\"%2\">%3</time></p>"_s.arg(
                esc(tr("Published on")),
                page.published.toUTC().toString(Qt::ISODate),
                esc(m_locale.toString(local.date(), QLocale::LongFormat)));
    }
    QString credit;
    const QString host = TextUtil::creditHost(page.link);
    if (!host.isEmpty()) {
        credit = u"<p class=\"credit\">%1</p>"_s.arg(
                tr("This story was first published on %1.")
                        .arg(u"<a href=\"%1\">%2</a>"_s.arg(
                                esc(page.link.toString(QUrl::FullyEncoded)), esc(host))));
    }
    const QString byline = page.byline.isEmpty()
            ? QString()
            : u"<p class=\"byline\">%1</p>"_s.arg(esc(tr("By %1").arg(page.byline)));
    const QString lang = page.language.isEmpty() ? m_locale.bcp47Name() : page.language;
    const bool rtl = isRightToLeft(page.language, page.headline + u'\n' + page.bodyHtml.left(20000));
    return fill(m_template, {{u"lang"_s, esc(lang)},
                             {u"dir"_s, rtl ? u"rtl"_s : u"ltr"_s},
                             {u"uiLang"_s, esc(m_locale.bcp47Name())},
                             {u"uiDir"_s, m_locale.textDirection() == Qt::RightToLeft ? u"rtl"_s : u"ltr"_s},
                             {u"imageSources"_s, imageSources(page.remoteImages)},
                             {u"title"_s, esc(page.headline)},
                             {u"style"_s, styleFor(colors)},
                             {u"breadcrumb"_s, breadcrumbHtml(page)},
                             {u"headline"_s, esc(page.headline)},
                             {u"byline"_s, byline},
                             {u"published"_s, published},
                             {u"body"_s, page.bodyHtml},
                             {u"credit"_s, credit},
                             {u"related"_s, relatedHtml(page)}});
}

QString ArticlePageRenderer::renderMessage(const QString &headline, const QString &text,
                                           const ArticlePageColors &colors) const
{
    const QString uiDir = m_locale.textDirection() == Qt::RightToLeft ? u"rtl"_s : u"ltr"_s;
    return fill(m_template, {{u"lang"_s, esc(m_locale.bcp47Name())},
                             {u"dir"_s, uiDir},
                             {u"uiLang"_s, esc(m_locale.bcp47Name())},
                             {u"uiDir"_s, uiDir},
                             {u"imageSources"_s, imageSources(false)},
                             {u"title"_s, esc(headline)},
                             {u"style"_s, styleFor(colors)},
                             {u"headline"_s, esc(headline)},
                             {u"body"_s, u"<p class=\"message\">%1</p>"_s.arg(esc(text))}});
}
