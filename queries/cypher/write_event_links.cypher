// name: write_event_links (per relationship type: __REL__ is PARTICIPATED_IN or HELD_IN)
// description: link an event to its participants (Person->Event) or place (Event->Place);
//   the link keeps the sorted ids of the articles that state it and their count. The SET of
//   the key write-locks the link before its article list is read.
// parameters: $rows: list of {rel: str, article: str, source: str, target: str, key: str}
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:__REL__ {key: row.key}]->(b)
SET r.key = row.key
WITH r, row, [x IN coalesce(r.articles, []) WHERE x <> row.article] AS arts
WITH r, row, arts, size([x IN arts WHERE x < row.article]) AS j
SET r.rel = row.rel,
    r.articles = arts[..j] + [row.article] + arts[j..],
    r.support = size(arts) + 1
