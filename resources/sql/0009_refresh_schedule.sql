-- What the refresh scheduler learns from each fetch, stored with the fetch,
-- so that what a source asked for still holds after a restart
-- (src/core/refreshpolicy.h). The feed's own ttl / sy:* hint is
-- refresh_minutes; last_fetched_at is the last fetch that reached out.

-- Cache-Control max-age or Expires of the last answer, in seconds; NULL: none.
ALTER TABLE feeds ADD COLUMN fresh_seconds INTEGER;
-- Retry-After of a 429/503 (or of the host's backoff): not before this time.
ALTER TABLE feeds ADD COLUMN retry_after_until INTEGER;
-- Refreshes that failed in a row; 0 after one that went well.
ALTER TABLE feeds ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
