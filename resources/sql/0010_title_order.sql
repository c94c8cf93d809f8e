-- The article list sorted by title walks this instead of sorting the whole
-- library for every page. NOCASE: "apple" and "Apple" sort together; a
-- missing title sorts as an empty one.
CREATE INDEX articles_title ON articles (ifnull(title, '') COLLATE NOCASE, id);
