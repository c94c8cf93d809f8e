-- Articles are stored first and indexed behind the refresh: storing a
-- refresh only writes the rows and queues them here, and the indexer
-- (ArticleIndexer) builds their full-text entries and related features in
-- batches off the refresh's path. Full-text indexing alone runs at a few
-- thousand articles a second, so doing it in the same statement held every
-- refresh to that pace.
--
-- The full-text index is external content: an article's entry may only be
-- deleted with the exact values it was indexed with, so a queued (never
-- indexed) article is never deleted from it.

CREATE TABLE index_queue (
    article_id  INTEGER PRIMARY KEY
);

DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;

CREATE TRIGGER articles_index_insert AFTER INSERT ON articles BEGIN
    INSERT OR IGNORE INTO index_queue (article_id) VALUES (new.id);
END;

CREATE TRIGGER articles_index_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, author, summary, content_text)
    SELECT 'delete', old.id, old.title, old.author, old.summary, old.content_text
    WHERE NOT EXISTS (SELECT 1 FROM index_queue WHERE article_id = old.id);
    DELETE FROM index_queue WHERE article_id = old.id;
END;

-- Only a change of the indexed text touches the index: marking read or
-- starred costs nothing here. The old words leave the index at once (a
-- changed article is never found by what it no longer says); the new ones
-- come with the queue.
CREATE TRIGGER articles_index_update AFTER UPDATE OF title, author, summary, content_text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, author, summary, content_text)
    SELECT 'delete', old.id, old.title, old.author, old.summary, old.content_text
    WHERE NOT EXISTS (SELECT 1 FROM index_queue WHERE article_id = old.id);
    INSERT OR IGNORE INTO index_queue (article_id) VALUES (new.id);
END;
