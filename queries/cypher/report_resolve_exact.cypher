// name: report_resolve_exact
// description: entities whose id, exact name or (for a Country) ISO3 code is $q, of one of
//   the type labels $labels (null: any type). Index-backed; tried before the alias scan.
// parameters: $q: str (an entity id, name or ISO3 code; required),
//   $labels: list of str or null (default null)
// example:
//   :param q => 'KOR';
//   :param labels => ['Country'];
CALL () {
  MATCH (n:Entity {id: $q}) RETURN n
  UNION
  MATCH (n:Entity {name: $q}) RETURN n
  UNION
  MATCH (n:Country {iso3: toUpper($q)}) RETURN n
}
WITH n WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)
RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS type
ORDER BY id
