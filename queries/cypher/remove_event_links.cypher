// name: remove_event_links
// description: drop one article from the PARTICIPATED_IN / HELD_IN links of the events it
//   reports; delete links no article supports any more.
// parameters: $rows: list of {article: str}
CYPHER replan=skip
UNWIND $rows AS row
MATCH (:Article {id: row.article})-[:REPORTS]->(:Event)-[l:PARTICIPATED_IN|HELD_IN]-()
WHERE row.article IN l.articles
SET l.articles = [a IN l.articles WHERE a <> row.article]
SET l.support = size(l.articles)
WITH l WHERE l.support = 0
DELETE l
