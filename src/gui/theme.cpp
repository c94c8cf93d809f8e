#include "theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace {

// Every role that text is drawn on or with, in all three colour groups;
// disabled text stays legible too (≥ 4.5:1 is kept for the active roles,
// tested through the article page's colours).
struct Colors
{
    QColor window, windowText, base, alternateBase, text, button, buttonText, highlight, highlightedText,
            link, linkVisited, mid, dark, light, midlight, shadow, placeholder, toolTipBase, toolTipText,
            disabledText;
};

QPalette makePalette(const Colors &c)
{
    QPalette p;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        p.setColor(group, QPalette::Window, c.window);
        p.setColor(group, QPalette::WindowText, disabled ? c.disabledText : c.windowText);
        p.setColor(group, QPalette::Base, c.base);
        p.setColor(group, QPalette::AlternateBase, c.alternateBase);
        p.setColor(group, QPalette::Text, disabled ? c.disabledText : c.text);
        p.setColor(group, QPalette::Button, c.button);
        p.setColor(group, QPalette::ButtonText, disabled ? c.disabledText : c.buttonText);
        p.setColor(group, QPalette::BrightText, Qt::red);
        p.setColor(group, QPalette::Highlight, disabled ? c.mid : c.highlight);
        p.setColor(group, QPalette::HighlightedText, c.highlightedText);
        p.setColor(group, QPalette::Link, c.link);
        p.setColor(group, QPalette::LinkVisited, c.linkVisited);
        p.setColor(group, QPalette::Light, c.light);
        p.setColor(group, QPalette::Midlight, c.midlight);
        p.setColor(group, QPalette::Mid, c.mid);
        p.setColor(group, QPalette::Dark, c.dark);
        p.setColor(group, QPalette::Shadow, c.shadow);
        p.setColor(group, QPalette::PlaceholderText, c.placeholder);
        p.setColor(group, QPalette::ToolTipBase, c.toolTipBase);
        p.setColor(group, QPalette::ToolTipText, c.toolTipText);
    }
    return p;
}

} // namespace

Theme::Theme()
    : m_desktopStyle(QApplication::style() ? QApplication::style()->name() : QString()),
      m_desktopPalette(QApplication::palette())
{
}

QPalette Theme::lightPalette()
{
    // The page colours of a printed paper: near-black on white, a blue
    // that reads as a link, greys that keep 4.5:1 for secondary text.
    return makePalette({.window = QColor(0xef, 0xf0, 0xf1),
                        .windowText = QColor(0x20, 0x21, 0x24),
                        .base = QColor(0xff, 0xff, 0xff),
                        .alternateBase = QColor(0xf5, 0xf6, 0xf7),
                        .text = QColor(0x20, 0x21, 0x24),
                        .button = QColor(0xf3, 0xf4, 0xf5),
                        .buttonText = QColor(0x20, 0x21, 0x24),
                        .highlight = QColor(0x1a, 0x57, 0xc8),
                        .highlightedText = QColor(0xff, 0xff, 0xff),
                        .link = QColor(0x1a, 0x57, 0xc8),
                        .linkVisited = QColor(0x6b, 0x3f, 0xa0),
                        .mid = QColor(0xb8, 0xbb, 0xc0),
                        .dark = QColor(0x8a, 0x8d, 0x91),
                        .light = QColor(0xff, 0xff, 0xff),
                        .midlight = QColor(0xe3, 0xe5, 0xe8),
                        .shadow = QColor(0x5f, 0x63, 0x68),
                        .placeholder = QColor(0x5f, 0x63, 0x68),
                        .toolTipBase = QColor(0xff, 0xff, 0xff),
                        .toolTipText = QColor(0x20, 0x21, 0x24),
                        .disabledText = QColor(0x76, 0x78, 0x7c)});
}

QPalette Theme::darkPalette()
{
    return makePalette({.window = QColor(0x2a, 0x2b, 0x2e),
                        .windowText = QColor(0xe8, 0xea, 0xed),
                        .base = QColor(0x1e, 0x1f, 0x22),
                        .alternateBase = QColor(0x27, 0x28, 0x2b),
                        .text = QColor(0xe8, 0xea, 0xed),
                        .button = QColor(0x35, 0x36, 0x3a),
                        .buttonText = QColor(0xe8, 0xea, 0xed),
                        .highlight = QColor(0x3d, 0x7b, 0xd9),
                        .highlightedText = QColor(0xff, 0xff, 0xff),
                        .link = QColor(0x8a, 0xb4, 0xf8),
                        .linkVisited = QColor(0xc5, 0x8a, 0xf9),
                        .mid = QColor(0x4a, 0x4c, 0x50),
                        .dark = QColor(0x18, 0x19, 0x1b),
                        .light = QColor(0x4f, 0x51, 0x55),
                        .midlight = QColor(0x3c, 0x3e, 0x42),
                        .shadow = QColor(0x0c, 0x0c, 0x0d),
                        .placeholder = QColor(0xa8, 0xab, 0xb0),
                        .toolTipBase = QColor(0x35, 0x36, 0x3a),
                        .toolTipText = QColor(0xe8, 0xea, 0xed),
                        .disabledText = QColor(0x8c, 0x8f, 0x94)});
}

void Theme::apply(AppSettings::Theme theme)
{
    if (theme == m_current)
        return;
    m_current = theme;
    switch (theme) {
    case AppSettings::Theme::System:
        if (!m_desktopStyle.isEmpty())
            QApplication::setStyle(QStyleFactory::create(m_desktopStyle));
        QApplication::setPalette(m_desktopPalette);
        return;
    case AppSettings::Theme::Light:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(lightPalette());
        return;
    case AppSettings::Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
        return;
    }
}
