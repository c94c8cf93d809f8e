#pragma once

#include <QString>

// How the article pane sets its text: the person's font, size, measure and
// leading. Values outside the ranges are clamped by whoever reads them from
// settings; the renderer clamps again before they reach CSS.
struct ReadingStyle
{
    static constexpr int MinFontSize = 8; // CSS pixels
    static constexpr int MaxFontSize = 32;
    static constexpr int DefaultFontSize = 17;
    static constexpr int MinLineWidth = 40; // characters
    static constexpr int MaxLineWidth = 140;
    static constexpr int DefaultLineWidth = 80;
    static constexpr double MinLineSpacing = 1.0; // times the font size
    static constexpr double MaxLineSpacing = 2.0;
    static constexpr double DefaultLineSpacing = 1.6;
    static constexpr int MaxFontFamilyLength = 100;

    QString fontFamily; // empty: the page's own serif faces
    int fontSize = DefaultFontSize;
    int lineWidth = DefaultLineWidth;
    double lineSpacing = DefaultLineSpacing;

    friend bool operator==(const ReadingStyle &, const ReadingStyle &) = default;
};
