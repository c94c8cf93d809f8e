-- "More like this" and "same story": per-article features computed when an
-- article is stored, so the list is scored from stored values and nothing is
-- ever rebuilt on refresh.

-- TermVector and StorySignature blobs (src/core/related), and the cluster of
-- articles from other feeds about the same event (0: none).
CREATE TABLE article_features (
    article_id     INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    vector         BLOB    NOT NULL,
    signature      BLOB,
    story_cluster  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX article_features_cluster ON article_features (story_cluster) WHERE story_cluster <> 0;

-- How many indexed articles hold each term (TermVector::termId), for idf.
CREATE TABLE term_df (
    term  INTEGER PRIMARY KEY,
    df    INTEGER NOT NULL
);

-- Locality-sensitive hashing bands of story signatures: articles sharing a
-- band are the only same-story candidates.
CREATE TABLE story_bands (
    band        INTEGER NOT NULL,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, article_id)
) WITHOUT ROWID;
CREATE INDEX story_bands_article ON story_bands (article_id);
