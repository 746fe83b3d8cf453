// name: read_links
// description: relationships between entities of the given types; facts are kept when
//   their date bounds overlap [$date_from, $date_to] (a null bound is open; undated facts
//   only pass when both bounds are null). Event links (no dates) are filtered by the caller.
// parameters: $rels: list of relationship type names, $date_from: Date|null,
//   $date_to: Date|null, $dated: list of type names the date window applies to
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $rels
  AND (NOT type(r) IN $dated OR (
    ($date_from IS NULL OR r.date_end >= $date_from)
    AND ($date_to IS NULL OR r.date_start <= $date_to)))
RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props
