// name: write_evidence
// description: create a batch's Evidence nodes (one per fact key, article and sentence
//   start). Runs after write_facts has write-locked every fact of the batch, so only the
//   holder of a fact's lock creates Evidence of its key; the writer removed a replaced
//   article's old Evidence first (remove_evidence), so ids are new. No relationship to
//   the Article: it is found by id (Evidence.article).
// parameters: $rows: list of graph.evidence.EvidenceNode maps {id, key, rel, article,
//   sentence, start, end, confidence, published: ISO date string or null}
CYPHER replan=skip
UNWIND $rows AS row
CREATE (:Evidence {id: row.id, key: row.key, rel: row.rel, article: row.article,
                   sentence: row.sentence, start: row.start, end: row.end,
                   confidence: row.confidence, published: date(row.published)})
