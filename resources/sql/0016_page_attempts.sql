-- Article pages a refresh wanted and could not take: the refresh's time for
-- offline copies ran out, the host did not answer, or the page held no more
-- text than the feed. Such an article kept only its summary, and since later
-- refreshes asked again only for new articles, it kept it for good. Now a
-- later refresh that reads the item again tries its page again, less and
-- less often, a few times (PageAttempts). A page taken ends its row.
CREATE TABLE page_attempts (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    tries       INTEGER NOT NULL,
    last_try    INTEGER NOT NULL  -- seconds since the epoch, UTC
);
