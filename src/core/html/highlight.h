#pragma once

#include <QString>
#include <QStringList>

// The words a search looked for, as the article pane marks them: the
// query's words and phrases, without operators; a trailing * marks a prefix.
QStringList searchTerms(const QString &query);

// Wraps the words of an (already sanitized) HTML fragment that start with
// one of `terms` in <mark>, case-insensitively, inside text only: tags,
// attributes and the text of <script>/<style> are never touched. A term
// matches at the start of a word (search matches prefixes of stemmed words).
QString highlightTerms(const QString &html, const QStringList &terms);
