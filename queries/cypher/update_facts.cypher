// name: update_facts (per relationship type: __REL__ is a RelationType value)
// description: set ALL properties of facts that exist and are already write-locked in this
//   transaction (by lock_facts or read_fact_state) to the given map (computed by
//   graph.evidence). Seeks each fact by its key (the per-type uniqueness index), no MERGE.
// parameters: $rows: list of {key: str, props: map (key, rel, symmetric, date, date_start,
//   date_end, descriptive fields, evidence lists, articles, support, confidence,
//   first_seen, last_seen; nulls left out)}
UNWIND $rows AS row
MATCH ()-[r:__REL__ {key: row.key}]->()
SET r = row.props
