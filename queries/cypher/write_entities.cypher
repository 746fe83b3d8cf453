// name: write_entities
// description: merge entity nodes by id under the shared label Entity plus their type label.
//   Scalar fields fill gaps (the first known value stays, so reloads never flip them);
//   aliases and offices are unions in first-seen order. A stored entity that gains
//   nothing is not written (most rows of a load).
// parameters: $rows: list of {id: str, label: str, props: map of non-null scalars,
//   aliases: list of str (distinct), offices: list of str (distinct) or null (Person only)},
//   one per id
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
  ON CREATE SET n:$(row.label), n += row.props, n.aliases = row.aliases, n.offices = row.offices
WITH n, row, properties(n) AS old
WITH n, row, old,
     any(k IN keys(row.props) WHERE old[k] IS NULL) AS gaps,
     [x IN row.aliases WHERE NOT x IN coalesce(old.aliases, [])] AS aliases,
     [x IN coalesce(row.offices, []) WHERE NOT x IN coalesce(old.offices, [])] AS offices
FOREACH (_ IN CASE WHEN gaps THEN [1] ELSE [] END | SET n:$(row.label), n += row.props, n += old)
FOREACH (_ IN CASE WHEN size(aliases) > 0 THEN [1] ELSE [] END |
  SET n.aliases = coalesce(old.aliases, []) + aliases)
FOREACH (_ IN CASE WHEN size(offices) > 0 THEN [1] ELSE [] END |
  SET n.offices = coalesce(old.offices, []) + offices)
