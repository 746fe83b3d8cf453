// name: write_facts (per relationship type: __REL__ is a RelationType value)
// description: merge each fact of a batch by key (one row per key, graph.evidence.evidence_rows)
//   and write-lock it (ON MATCH SET of the key; a created one is locked by its creation), so
//   a concurrent writer of the same key waits (its evidence is only read by merge_evidence,
//   after the lock; "new" is safe to read early: a stored fact always has articles). A new
//   fact takes the row's values as they are (the fast path of a first load). For the others (stored facts, and rows that only drop evidence) it
//   returns the relationship's element id: merge_evidence then merges their evidence in one
//   statement for all types. Dates travel as ISO strings (cheaper to send than Date
//   values).
// parameters: $rows: list of graph.evidence.EvidenceRow maps {key, source, target, rel,
//   symmetric, date, date_start, date_end, place, what, about, title, mode, event, cameo,
//   articles, evidence_articles, sentences, starts, ends, confidences, first, last, ...}
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:__REL__ {key: row.key}]->(b)
  ON CREATE SET r.rel = row.rel, r.symmetric = row.symmetric, r.date = row.date,
    r.date_start = date(row.date_start), r.date_end = date(row.date_end)
  ON MATCH SET r.key = row.key
WITH r, row, r.articles IS NULL AND size(row.articles) > 0 AS new
FOREACH (_ IN CASE WHEN new THEN [1] ELSE [] END |
  SET r.evidence_articles = row.evidence_articles, r.evidence_sentences = row.sentences,
      r.evidence_starts = row.starts, r.evidence_ends = row.ends,
      r.evidence_confidences = row.confidences, r.articles = row.articles,
      r.support = size(row.articles),
      r.confidence = reduce(c = 0.0, x IN row.confidences | CASE WHEN x > c THEN x ELSE c END),
      r.first_seen = date(row.first), r.last_seen = date(row.last), r.place = row.place, r.what = row.what,
      r.about = row.about, r.title = row.title, r.mode = row.mode, r.event = row.event,
      r.cameo = row.cameo)
WITH r, row WHERE NOT new
RETURN row.key AS key, elementId(r) AS id
