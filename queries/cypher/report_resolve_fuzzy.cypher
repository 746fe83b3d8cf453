// name: report_resolve_fuzzy
// description: entities whose name or one of whose aliases equals $q ignoring case, of one
//   of the type labels $labels (null: any type). A label scan: used only when the exact
//   lookup (report_resolve_exact) found nothing.
// parameters: $q: str (a name or alias; required), $labels: list of str or null (default null)
// example:
//   :param q => 'seoul';
//   :param labels => ['Country'];
MATCH (n:Entity)
WHERE ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
  AND (toLower(n.name) = toLower($q)
       OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = toLower($q)))
RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS type
ORDER BY id
