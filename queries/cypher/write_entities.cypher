// name: write_entities
// description: merge entity nodes by id under the shared label Entity plus their type label.
//   Scalar fields fill gaps (the first known value stays, so reloads never flip them);
//   aliases and offices are unions in first-seen order.
// parameters: $rows: list of {id: str, label: str, props: map of non-null scalars,
//   aliases: list of str, offices: list of str or null (Person only)}
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label)
WITH n, row, properties(n) AS old
SET n += row.props
SET n += old
SET n.aliases = coalesce(n.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])]
FOREACH (_ IN CASE WHEN row.offices IS NULL THEN [] ELSE [1] END |
  SET n.offices = coalesce(n.offices, []) + [x IN row.offices WHERE NOT x IN coalesce(n.offices, [])]
)
