#pragma once

#include <QString>
#include <QUrl>

// Small text helpers shared by the layers.
namespace TextUtil {

// Whitespace runs folded to one space, trimmed.
QString simplified(QStringView text);
// The host a credit line names: "www.example.com" -> "example.com".
QString creditHost(const QUrl &url);
// At most maxChars characters, cut on a word boundary with an ellipsis.
QString elide(QStringView text, int maxChars);

} // namespace TextUtil
