-- Unread and total counts per feed, kept by triggers in the same transaction
-- as the change, so the category tree at a million articles reads a few
-- hundred rows instead of counting the articles on every start.

CREATE TABLE feed_counts (
    feed_id  INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
    total    INTEGER NOT NULL DEFAULT 0,
    unread   INTEGER NOT NULL DEFAULT 0
);

INSERT INTO feed_counts (feed_id, total, unread)
SELECT f.id,
       (SELECT count(*) FROM articles a WHERE a.feed_id = f.id),
       (SELECT count(*) FROM articles a WHERE a.feed_id = f.id AND a.read = 0)
FROM feeds f;

CREATE TRIGGER feed_counts_feed_insert AFTER INSERT ON feeds BEGIN
    INSERT OR IGNORE INTO feed_counts (feed_id) VALUES (new.id);
END;

CREATE TRIGGER feed_counts_article_insert AFTER INSERT ON articles BEGIN
    UPDATE feed_counts SET total = total + 1, unread = unread + (new.read = 0)
    WHERE feed_id = new.feed_id;
END;

CREATE TRIGGER feed_counts_article_delete AFTER DELETE ON articles BEGIN
    UPDATE feed_counts SET total = total - 1, unread = unread - (old.read = 0)
    WHERE feed_id = old.feed_id;
END;

CREATE TRIGGER feed_counts_article_read AFTER UPDATE OF read, feed_id ON articles
WHEN old.read <> new.read OR old.feed_id <> new.feed_id BEGIN
    UPDATE feed_counts SET total = total - 1, unread = unread - (old.read = 0)
    WHERE feed_id = old.feed_id;
    UPDATE feed_counts SET total = total + 1, unread = unread + (new.read = 0)
    WHERE feed_id = new.feed_id;
END;

-- "Unread only" pages walk this instead of skipping read rows one by one.
CREATE INDEX articles_unread_time ON articles (sort_time DESC, id DESC) WHERE read = 0;
