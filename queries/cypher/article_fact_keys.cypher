// name: article_fact_keys
// description: write-lock the batch's Article nodes (MERGE: a new one holds only its id until
//   write_articles sets it) and return, for a stored article, the fact keys it supports
//   (null for a new one). Locking first serialises two writers of the same article, so
//   only one transaction at a time writes an article's Evidence nodes.
// parameters: $ids: list of article ids, sorted
CYPHER replan=skip
UNWIND $ids AS id
MERGE (a:Article {id: id})
SET a.id = id
RETURN a.id AS id, a.fact_keys AS fact_keys
