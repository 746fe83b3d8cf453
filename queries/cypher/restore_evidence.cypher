// name: restore_evidence
// description: replace the Evidence nodes of facts (from a NetworkX graph's evidence lists):
//   a fact's stored Evidence goes, the given entries are created; `published` comes from
//   the stored Article (null when it is not stored).
// parameters: $rows: list of {key: str, rel: str, evidence: list of {id, article, sentence,
//   start, end, confidence}}, one per fact key
UNWIND $rows AS row
CALL (row) {
  MATCH (old:Evidence {key: row.key})
  DETACH DELETE old
}
CALL (row) {
  UNWIND row.evidence AS ev
  OPTIONAL MATCH (a:Article {id: ev.article})
  CREATE (:Evidence {id: ev.id, key: row.key, rel: row.rel, article: ev.article,
                     sentence: ev.sentence, start: ev.start, end: ev.end,
                     confidence: ev.confidence, published: a.published})
}
