-- Server accounts (Tiny Tiny RSS, Google Reader API) and what sync needs to
-- remember about them: which local category, feed and article stands for
-- which id on the server, and the read/starred changes made here that the
-- server has not confirmed yet (src/storage/syncqueue.h). Passwords are never
-- stored here: they live in the desktop's keyring.

CREATE TABLE accounts (
    id           INTEGER PRIMARY KEY,
    type         TEXT    NOT NULL CHECK (type IN ('ttrss', 'greader')),
    url          TEXT    NOT NULL,
    user         TEXT    NOT NULL,
    -- The account's own subtree of the category tree.
    category_id  INTEGER REFERENCES categories(id) ON DELETE SET NULL,
    created_at   INTEGER NOT NULL,
    last_sync    INTEGER,
    -- Empty after a sync that went well, else what went wrong (shown as is).
    status       TEXT    NOT NULL DEFAULT '',
    -- Protocol bookmarks (newest id seen, time of the last sync), as JSON.
    state        TEXT    NOT NULL DEFAULT '{}',
    UNIQUE (type, url, user)
);

CREATE TABLE remote_categories (
    category_id  INTEGER PRIMARY KEY REFERENCES categories(id) ON DELETE CASCADE,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id    TEXT    NOT NULL,
    UNIQUE (account_id, remote_id)
);

CREATE TABLE remote_feeds (
    feed_id      INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id    TEXT    NOT NULL,
    UNIQUE (account_id, remote_id)
);

CREATE TABLE remote_articles (
    article_id   INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id    TEXT    NOT NULL,
    UNIQUE (account_id, remote_id)
);

-- Local read/starred changes of synced articles, oldest first. A row is
-- deleted only once the server took it; `sending` marks the rows of a request
-- that was on its way when the process stopped, so the next sync checks the
-- server before sending them again (never twice, never lost).
CREATE TABLE sync_queue (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    article_id   INTEGER NOT NULL,
    remote_id    TEXT    NOT NULL,
    flag         TEXT    NOT NULL CHECK (flag IN ('read', 'starred')),
    value        INTEGER NOT NULL,
    created_at   INTEGER NOT NULL,
    sending      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sync_queue_article ON sync_queue (article_id, flag);

-- One row: 1 while a sync applies the server's state, inside its own
-- transaction (so no other connection ever sees it set), which keeps those
-- changes out of the queue.
CREATE TABLE sync_applying (
    one    INTEGER PRIMARY KEY CHECK (one = 1),
    active INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_applying (one, active) VALUES (1, 0);

-- Every change of a synced article's flags, whoever makes it (the window,
-- `masthead mark`, a script), is queued in the same transaction. A newer
-- change of the same flag replaces an older one not yet sent: the newest wins.
CREATE TRIGGER sync_queue_read AFTER UPDATE OF read ON articles
WHEN old.read <> new.read
 AND (SELECT active FROM sync_applying WHERE one = 1) = 0
 AND EXISTS (SELECT 1 FROM remote_articles WHERE article_id = new.id)
BEGIN
    DELETE FROM sync_queue WHERE article_id = new.id AND flag = 'read' AND sending = 0;
    INSERT INTO sync_queue (account_id, article_id, remote_id, flag, value, created_at)
    SELECT account_id, article_id, remote_id, 'read', new.read, CAST(strftime('%s', 'now') AS INTEGER)
    FROM remote_articles WHERE article_id = new.id;
END;

CREATE TRIGGER sync_queue_starred AFTER UPDATE OF starred ON articles
WHEN old.starred <> new.starred
 AND (SELECT active FROM sync_applying WHERE one = 1) = 0
 AND EXISTS (SELECT 1 FROM remote_articles WHERE article_id = new.id)
BEGIN
    DELETE FROM sync_queue WHERE article_id = new.id AND flag = 'starred' AND sending = 0;
    INSERT INTO sync_queue (account_id, article_id, remote_id, flag, value, created_at)
    SELECT account_id, article_id, remote_id, 'starred', new.starred, CAST(strftime('%s', 'now') AS INTEGER)
    FROM remote_articles WHERE article_id = new.id;
END;
