// name: read_fact_state (per relationship type: __REL__ is a RelationType value)
// description: the stored facts with these keys, their ends and all their properties,
//   write-locked first (SET of the key to itself) so no concurrent writer loses an update.
// parameters: $keys: list of fact keys
UNWIND $keys AS k
MATCH (a)-[r:__REL__ {key: k}]->(b)
SET r.key = r.key
RETURN r.key AS key, a.id AS source, b.id AS target, properties(r) AS props
