// name: write_facts (per relationship type: __REL__ is a RelationType value)
// description: merge each fact by its key between its two entities and set ALL its
//   properties to the given map (computed by graph.evidence from the stored state and the
//   batch's evidence, in the same transaction).
// parameters: $rows: list of {source: str, target: str, key: str, props: map (key, rel,
//   symmetric, date, date_start, date_end, descriptive fields, evidence lists, articles,
//   support, confidence, first_seen, last_seen; nulls left out)}
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:__REL__ {key: row.key}]->(b)
SET r = row.props
