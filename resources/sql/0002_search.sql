-- Full-text search over what a reader sees: title, author, summary and the
-- article's plain text. External content (no second copy of the text), kept
-- in step with articles by triggers, so a changed or removed article can
-- never be found by its old words.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, author, summary, content_text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, author, summary, content_text)
    VALUES (new.id, new.title, new.author, new.summary, new.content_text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, author, summary, content_text)
    VALUES ('delete', old.id, old.title, old.author, old.summary, old.content_text);
END;

-- Only a change of the indexed text touches the index: marking read or
-- starred costs nothing here.
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, author, summary, content_text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, author, summary, content_text)
    VALUES ('delete', old.id, old.title, old.author, old.summary, old.content_text);
    INSERT INTO articles_fts (rowid, title, author, summary, content_text)
    VALUES (new.id, new.title, new.author, new.summary, new.content_text);
END;

-- Libraries from schema 1 already hold articles.
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
