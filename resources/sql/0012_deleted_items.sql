-- Deleting a feed or a folder from the window can be taken back (Edit ›
-- Undo): the rows are only marked deleted, hidden from every read, and
-- purged when the undo is no longer offered (a newer undoable change, the
-- window closing) or at the next start, should the program stop before.
-- A purged feed that still has starred articles keeps its row, still marked
-- deleted: its starred articles stay reachable (the Starred view), the feed
-- stays out of the tree and of refreshes.
ALTER TABLE categories ADD COLUMN deleted_at INTEGER;
ALTER TABLE feeds ADD COLUMN deleted_at INTEGER;

-- A deleted folder's name is free again for a new one.
DROP INDEX categories_sibling_name;
CREATE UNIQUE INDEX categories_sibling_name ON categories (coalesce(parent_id, 0), name)
    WHERE deleted_at IS NULL;

