-- How the full-text index takes in a refresh's worth of articles.
--
-- FTS5 keeps a batch's entries in memory and writes them out as a segment
-- when the transaction commits or the memory passes 'hashsize' (1 MiB by
-- default: a 256-article batch of news, with its 2, 3 and 4 character
-- prefixes, was written out as several segments). 16 MiB holds a batch.
--
-- Segments are merged once 'automerge' of them lie on one level (4 by
-- default): every entry was rewritten on each level it passed, and indexing
-- 50,000 articles spent more time merging than adding. At 16 an entry is
-- rewritten a third as often; a search reads at most a few more segments
-- (measured: no change in search times at 50,000 articles, indexing 40%
-- faster).
INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16);
