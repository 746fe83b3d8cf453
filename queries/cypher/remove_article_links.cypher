// name: remove_article_links
// description: delete an article's own provenance edges (MENTIONS, REPORTS) before it is
//   written again.
// parameters: $rows: list of {article: str}
CYPHER replan=skip
UNWIND $rows AS row
MATCH (:Article {id: row.article})-[m:MENTIONS|REPORTS]->()
DELETE m
