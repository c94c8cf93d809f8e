-- A feed's refresh interval as the person set it in its Properties, in
-- minutes; 0: automatic (the interval of Settings, never more often than
-- the feed's ttl / sy:* / Cache-Control hints ask). A chosen interval
-- stands for those (a source's Retry-After and the backoff after failures
-- still hold: src/core/refreshpolicy.h).
ALTER TABLE feeds ADD COLUMN refresh_choice INTEGER NOT NULL DEFAULT 0;
