-- Storing inserts articles with OR FAIL (ArticleRepository::upsert: no
-- statement journal), and a trigger runs under the conflict policy of the
-- statement that fires it: the queue's OR IGNORE would become OR FAIL. A
-- new article queues itself without a conflict to resolve, so a stale queue
-- row with its id can never stop a refresh.
DROP TRIGGER articles_index_insert;
CREATE TRIGGER articles_index_insert AFTER INSERT ON articles BEGIN
    INSERT INTO index_queue (article_id)
    SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM index_queue WHERE article_id = new.id);
END;
