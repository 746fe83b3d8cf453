// name: remove_article_links
// description: delete an article's own provenance edges (MENTIONS, REPORTS) before it is
//   written again; return the ids of the nodes they pointed at (remove_orphans checks them
//   after the article is written again).
// parameters: $rows: list of {article: str}
CYPHER replan=skip
UNWIND $rows AS row
MATCH (:Article {id: row.article})-[m:MENTIONS|REPORTS]->(n)
WITH m, n.id AS id
DELETE m
RETURN DISTINCT id
