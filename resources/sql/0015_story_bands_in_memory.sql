-- The same-story band index is kept in memory by the indexer, filled from
-- article_features' signatures (StoryBandIndex): written as 64 rows per
-- article into a B-tree, a cold refresh's articles, all inside the
-- same-story window, made it outgrow the page cache and cost half of
-- indexing.
DROP TABLE story_bands;
