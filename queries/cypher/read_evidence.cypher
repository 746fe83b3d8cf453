// name: read_evidence
// description: every Evidence node of facts of the given types (streamed to the client,
//   which gives each fact edge its sorted evidence lists).
// parameters: $rels: list of relationship type names
MATCH (e:Evidence)
WHERE e.rel IN $rels
RETURN e.key AS key, e.article AS article, e.start AS start, e.sentence AS sentence,
       e.end AS end, e.confidence AS confidence
