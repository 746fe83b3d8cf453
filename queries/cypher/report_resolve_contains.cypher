// name: report_resolve_contains
// description: entities whose name or an alias contains $q ignoring case, of one of the
//   type labels $labels (null: any type); the last resort of name resolution (at most 9).
// parameters: $q: str (part of a name; required), $labels: list of str or null (default null)
// example:
//   :param q => 'sato';
//   :param labels => ['Person'];
MATCH (n:Entity)
WHERE ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
  AND (toLower(n.name) CONTAINS toLower($q)
       OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS toLower($q)))
RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS type
ORDER BY id
LIMIT 9
