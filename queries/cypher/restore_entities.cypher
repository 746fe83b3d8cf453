// name: restore_entities
// description: write entity nodes exactly as given (from a NetworkX graph): properties are
//   replaced, not merged.
// parameters: $rows: list of {id: str, label: str, props: map (including id)}
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label)
SET n = row.props
