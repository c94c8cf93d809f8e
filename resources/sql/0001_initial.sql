-- Masthead library, schema 1: the category tree, subscriptions, articles,
-- their tags and category links, and the image cache index.
-- Times are Unix seconds (UTC). Booleans are 0/1.

CREATE TABLE categories (
    id          INTEGER PRIMARY KEY,
    parent_id   INTEGER REFERENCES categories(id) ON DELETE CASCADE,
    name        TEXT    NOT NULL CHECK (length(name) > 0),
    position    INTEGER NOT NULL DEFAULT 0,
    subscribed  INTEGER NOT NULL DEFAULT 1
);
-- Sibling names are unique; roots (parent_id NULL) are kept unique through
-- coalesce, since SQLite treats NULLs as distinct in UNIQUE constraints.
CREATE UNIQUE INDEX categories_sibling_name ON categories (coalesce(parent_id, 0), name);

CREATE TABLE feeds (
    id                INTEGER PRIMARY KEY,
    category_id       INTEGER REFERENCES categories(id) ON DELETE SET NULL,
    url               TEXT    NOT NULL UNIQUE,
    title             TEXT,
    site_url          TEXT,
    description       TEXT,
    etag              TEXT,
    last_modified     TEXT,
    last_fetched_at   INTEGER,
    last_status       INTEGER NOT NULL DEFAULT 0,
    last_error        TEXT,
    refresh_minutes   INTEGER NOT NULL DEFAULT 0,
    full_text         INTEGER NOT NULL DEFAULT 0,
    gone              INTEGER NOT NULL DEFAULT 0,
    created_at        INTEGER NOT NULL
);
CREATE INDEX feeds_category ON feeds (category_id);

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    feed_id       INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    dedupe_key    TEXT    NOT NULL,
    guid          TEXT,
    link          TEXT,
    title         TEXT,
    author        TEXT,
    published     INTEGER,
    updated       INTEGER,
    summary       TEXT,
    content_html  TEXT,
    content_text  TEXT,
    content_hash  TEXT,
    read          INTEGER NOT NULL DEFAULT 0,
    starred       INTEGER NOT NULL DEFAULT 0,
    fetched_at    INTEGER NOT NULL,
    -- published, else the time it was first fetched: what the list sorts by
    sort_time     INTEGER NOT NULL,
    UNIQUE (feed_id, dedupe_key)
);
-- The article list pages by (sort_time, id) newest first, per feed or overall.
CREATE INDEX articles_feed_time ON articles (feed_id, sort_time DESC, id DESC);
CREATE INDEX articles_time ON articles (sort_time DESC, id DESC);
-- Unread counts per feed without touching the article rows.
CREATE INDEX articles_feed_read ON articles (feed_id, read);
CREATE INDEX articles_starred ON articles (starred) WHERE starred = 1;

-- Terms the feed gave an article (RSS <category>, Atom category, JSON tags).
CREATE TABLE article_tags (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    term        TEXT    NOT NULL,
    PRIMARY KEY (article_id, term)
) WITHOUT ROWID;

-- Extra places in the category tree an article is filed under (a post that a
-- site files in several of its categories); its feed's category is implied.
CREATE TABLE article_categories (
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    category_id  INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, category_id)
) WITHOUT ROWID;
CREATE INDEX article_categories_category ON article_categories (category_id);

-- The image cache: one row per distinct image URL.
CREATE TABLE images (
    id          INTEGER PRIMARY KEY,
    url         TEXT    NOT NULL UNIQUE,
    local_path  TEXT,
    mime_type   TEXT,
    bytes       INTEGER NOT NULL DEFAULT 0,
    state       INTEGER NOT NULL DEFAULT 0, -- 0 pending, 1 stored, 2 failed, 3 too large
    fetched_at  INTEGER
);

CREATE TABLE article_images (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    image_id    INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, image_id)
) WITHOUT ROWID;
CREATE INDEX article_images_image ON article_images (image_id);
