// name: restore_links (per relationship type: __REL__)
// description: write relationships exactly as given (from a NetworkX graph), keyed by `key`;
//   properties are replaced, not merged.
// parameters: $rows: list of {source: str, target: str, key: str, props: map (including key)}
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:__REL__ {key: row.key}]->(b)
SET r = row.props
