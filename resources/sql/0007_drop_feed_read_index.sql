-- Unread counts come from feed_counts since 0004; nothing reads
-- (feed_id, read) any more, and every stored article and every article
-- marked read paid for keeping it.
DROP INDEX articles_feed_read;
