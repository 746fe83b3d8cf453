// name: report_who_met_whom
// description: pairs of persons who met (MET_WITH) in the window, with the number of
//   meetings, their dates, places and articles; optionally only pairs with one person in
//   $side (the officials of a country). Most frequent, then most recent, first.
// parameters: $side: list of str or null (Person ids; default null = everyone),
//   $limit: int (default 100), $date_from: Date|null (default null),
//   $date_to: Date|null (default null)
// example:
//   :param side => null;
//   :param limit => 100;
//   :param date_from => null;
//   :param date_to => null;
MATCH (p:Person)-[r:MET_WITH]-(q:Person)
WHERE p.id < q.id
  AND ($side IS NULL OR p.id IN $side OR q.id IN $side)
  AND ($date_from IS NULL OR coalesce(r.date_end, r.first_seen) >= $date_from)
  AND ($date_to IS NULL OR coalesce(r.date_start, r.first_seen) <= $date_to)
WITH p, q, r ORDER BY coalesce(r.date_start, r.first_seen), r.key
WITH p, q, collect(r) AS rs
WITH p, q, rs, [x IN rs | coalesce(x.date, toString(x.first_seen))] AS dates
RETURN p {.id, .name, country: coalesce(p.country, COLLECT {
         MATCH (p)-[:HOLDS_OFFICE]->(c:Country) RETURN c.id ORDER BY c.id }[0])} AS a,
       q {.id, .name, country: coalesce(q.country, COLLECT {
         MATCH (q)-[:HOLDS_OFFICE]->(c:Country) RETURN c.id ORDER BY c.id }[0])} AS b,
       size(rs) AS meetings, dates,
       [x IN rs WHERE x.place IS NOT NULL | x.place] AS places,
       reduce(acc = [], x IN rs | acc + coalesce(x.articles, [])) AS articles
ORDER BY meetings DESC, dates[-1] DESC, a.id, b.id
LIMIT $limit
