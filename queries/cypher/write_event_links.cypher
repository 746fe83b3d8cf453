// name: write_event_links (per relationship type: __REL__ is PARTICIPATED_IN or HELD_IN)
// description: link an event to its participants (Person->Event) or place (Event->Place),
//   one row per link key; the link keeps the sorted ids of the articles that state it and
//   their count. The SET of the key write-locks the link before its article list is read;
//   the row's articles replace their old entries (merge of two sorted lists, no sort).
// parameters: $rows: list of {rel: str, source: str, target: str, key: str,
//   articles: list of str (sorted, distinct)}, one per key
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:__REL__ {key: row.key}]->(b)
SET r.key = row.key
WITH r, row, [x IN coalesce(r.articles, []) WHERE NOT x IN row.articles] AS kept,
     size(row.articles) AS m
WITH r, row, kept, m, [0] + [x IN row.articles | size([y IN kept WHERE y < x])] AS cut
WITH r, row, reduce(o = [], g IN range(0, m - 1) |
       o + kept[cut[g]..cut[g + 1]] + [row.articles[g]]) + kept[cut[m]..] AS arts
SET r.rel = row.rel,
    r.articles = arts,
    r.support = size(arts)
