-- Prefix searches ("elect*") from the index itself. Without prefix indexes
-- FTS5 answers one by merging the entries of every word that starts so:
-- "stai*" took 0.8 s at 100k articles and grows with the library. Prefixes
-- of 2, 3 and 4 characters are indexed (most prefixes people type; a longer
-- one matches few words), at about twice the index's size.
--
-- The index is rebuilt behind the app, not here: at a million articles a
-- rebuild takes many minutes, and an upgrade must open the library at once.
-- Every indexed article is queued on search_queue (newest first), and the
-- indexer gives each its full-text entry only; its related features stay.
-- Until then an article is listed and readable but not found by search.
--
-- The invariant of 0005 holds for both queues: a queued article has no
-- entry in the full-text index, so one is never deleted from it.

CREATE TABLE search_queue (
    article_id  INTEGER PRIMARY KEY
);

DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, author, summary, content_text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);

INSERT INTO search_queue (article_id)
SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM index_queue);

DROP TRIGGER articles_index_delete;
DROP TRIGGER articles_index_update;

CREATE TRIGGER articles_index_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, author, summary, content_text)
    SELECT 'delete', old.id, old.title, old.author, old.summary, old.content_text
    WHERE NOT EXISTS (SELECT 1 FROM index_queue WHERE article_id = old.id)
      AND NOT EXISTS (SELECT 1 FROM search_queue WHERE article_id = old.id);
    DELETE FROM index_queue WHERE article_id = old.id;
    DELETE FROM search_queue WHERE article_id = old.id;
END;

-- A changed article moves to index_queue (its features change too) and
-- leaves search_queue: on both it would be given two entries.
CREATE TRIGGER articles_index_update AFTER UPDATE OF title, author, summary, content_text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, author, summary, content_text)
    SELECT 'delete', old.id, old.title, old.author, old.summary, old.content_text
    WHERE NOT EXISTS (SELECT 1 FROM index_queue WHERE article_id = old.id)
      AND NOT EXISTS (SELECT 1 FROM search_queue WHERE article_id = old.id);
    INSERT OR IGNORE INTO index_queue (article_id) VALUES (new.id);
    DELETE FROM search_queue WHERE article_id = new.id;
END;
