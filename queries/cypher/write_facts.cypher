// name: write_facts (per relationship type: __REL__ is a RelationType value)
// description: merge each fact of a batch by key (one row per key, graph.evidence.evidence_rows,
//   sorted by key) and write-lock it (ON MATCH SET of the key; a created one is locked by its
//   creation), so a concurrent writer of the same key waits until this transaction ends;
//   the aggregates are read only after the lock. Then update them for the batch's
//   evidence, incrementally: support += the batch's articles, confidence = max, first/last
//   seen = min/max with the batch's publication dates; no evidence is read. A fact that
//   lost evidence (row.recount is its key: a replaced article supported it, and
//   remove_evidence already deleted that article's Evidence nodes) is first recounted from
//   its remaining Evidence nodes (index seek on Evidence.key). Descriptive fields keep the
//   first known value unless no old evidence remains (a new fact takes the row's). A fact
//   left without evidence is deleted. The batch's Evidence nodes are created afterwards by
//   write_evidence. The same rule in Python: graph.evidence.apply_evidence. Dates travel as
//   ISO strings (cheaper to send than Date values).
// parameters: $rows: list of graph.evidence.EvidenceRow maps without `evidence` {key, source,
//   target, rel, symmetric, date, date_start, date_end, place, what, about, title, mode,
//   event, cameo, articles, drop, confidence, first, last, recount: key or null}
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:__REL__ {key: row.key}]->(b)
  ON CREATE SET r.rel = row.rel, r.symmetric = row.symmetric, r.date = row.date,
    r.date_start = date(row.date_start), r.date_end = date(row.date_end)
  ON MATCH SET r.key = row.key
WITH r, row
CALL (row) {
  OPTIONAL MATCH (e:Evidence {key: row.recount})
  RETURN count(DISTINCT e.article) AS n, max(e.confidence) AS c, min(e.published) AS f,
         max(e.published) AS l
}
WITH r, row, row.recount IS NOT NULL AS redo, n, c, f, l
WITH r, row,
     CASE WHEN redo THEN n ELSE coalesce(r.support, 0) END AS had,
     CASE WHEN redo THEN c ELSE r.confidence END AS c0,
     CASE WHEN redo THEN f ELSE r.first_seen END AS f0,
     CASE WHEN redo THEN l ELSE r.last_seen END AS l0,
     date(row.first) AS f1, date(row.last) AS l1
WITH r, row, had = 0 AS fresh, had + size(row.articles) AS support,
     CASE WHEN c0 IS NULL OR row.confidence > c0 THEN row.confidence ELSE c0 END AS conf,
     CASE WHEN f0 IS NULL OR (f1 IS NOT NULL AND f1 < f0) THEN f1 ELSE f0 END AS first,
     CASE WHEN l0 IS NULL OR (l1 IS NOT NULL AND l1 > l0) THEN l1 ELSE l0 END AS last
SET r.support = support,
    r.confidence = conf,
    r.first_seen = first,
    r.last_seen = last,
    r.place = CASE WHEN fresh THEN row.place ELSE coalesce(r.place, row.place) END,
    r.what = CASE WHEN fresh THEN row.what ELSE coalesce(r.what, row.what) END,
    r.about = CASE WHEN fresh THEN row.about ELSE coalesce(r.about, row.about) END,
    r.title = CASE WHEN fresh THEN row.title ELSE coalesce(r.title, row.title) END,
    r.mode = CASE WHEN fresh THEN row.mode ELSE coalesce(r.mode, row.mode) END,
    r.event = CASE WHEN fresh THEN row.event ELSE coalesce(r.event, row.event) END,
    r.cameo = CASE WHEN fresh THEN row.cameo ELSE coalesce(r.cameo, row.cameo) END
WITH r, support
WHERE support = 0
DELETE r
