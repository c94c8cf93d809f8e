#pragma once

struct sqlite3;

// masthead_rank(fts, last_rowid, weight...): FTS5's BM25 (the
// same formula, k1 = 1.2, b = 0.75, column weights as bm25() takes them),
// but cheap for very common words.
//
// BM25 weighs each phrase by how many rows contain it. FTS5's bm25() counts
// them by walking the phrase's whole doclist: some 300 000 rows, 12 ms and
// 540 page reads at a million articles for one common word, before a single
// match is scored. This function stops counting at CountCap rows (the
// oldest) and takes the rest of the table, up to last_rowid (the indexed
// table's largest), to hold the word as densely as those rows did. Below the
// cap (every word of a library under CountCap rows, and every rare word) the
// score is bm25()'s exactly; above it, only the weight of a word found in at
// least CountCap rows is estimated, and such a word weighs little anyway.
namespace SearchRank {

inline constexpr const char *FunctionName = "masthead_rank";
inline constexpr long long CountCap = 20000;

// Adds the function to one connection; false if FTS5 is not there. Tests
// add it under another name with a small cap.
bool registerOn(sqlite3 *db, const char *name = FunctionName, long long countCap = CountCap);

} // namespace SearchRank
