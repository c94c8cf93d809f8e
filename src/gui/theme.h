#pragma once

#include "appsettings.h"

#include <QPalette>
#include <QString>

// The look the person chose: the desktop's own (its style and palette, as
// the application started with them), or Masthead's light or dark palette
// on the Fusion style, which draws every widget from the palette. Widgets
// and the article pane follow through the palette-change events.
class Theme final
{
public:
    // Remembers the desktop's style and palette; needs the QApplication.
    Theme();

    void apply(AppSettings::Theme theme);
    AppSettings::Theme current() const { return m_current; }

    static QPalette lightPalette();
    static QPalette darkPalette();

private:
    QString m_desktopStyle;
    QPalette m_desktopPalette;
    AppSettings::Theme m_current = AppSettings::Theme::System;
};
