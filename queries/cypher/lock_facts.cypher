// name: lock_facts (per relationship type: __REL__ is a RelationType value)
// description: make sure each fact the batch states exists (MERGE by key; a new one holds
//   only its key until update_facts sets it), write-lock it and return its stored
//   properties, in one pass. A concurrent writer of the same key waits here, so no
//   evidence is lost.
// parameters: $rows: list of {source: str, target: str, key: str}, sorted by key
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:__REL__ {key: row.key}]->(b)
SET r.key = row.key
RETURN r.key AS key, properties(r) AS props
