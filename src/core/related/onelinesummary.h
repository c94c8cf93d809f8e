#pragma once

#include <QString>
#include <QStringView>

// One line for a related-story item: the first sentence of the feed's summary,
// else of the extracted text (both plain text), whitespace collapsed. Knows
// abbreviations ("Mr.", "U.S.", "Jan.", initials) and decimals; a sentence
// longer than maxChars is cut on a word boundary and ends with "…".
QString oneLineSummary(QStringView summary, QStringView text, int maxChars = 160);
