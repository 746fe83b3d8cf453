// name: report_requests
// description: REQUESTED facts in the window, oldest first; optionally only those with
//   either end in $side (a country and its officials). Standard fact shape with countries.
// parameters: $side: list of str or null (default null = all), $limit: int (default 200),
//   $date_from: Date|null (default null), $date_to: Date|null (default null)
// example:
//   :param side => null;
//   :param limit => 200;
//   :param date_from => null;
//   :param date_to => null;
MATCH (s:Entity)-[r:REQUESTED]->(t:Entity)
WHERE ($side IS NULL OR s.id IN $side OR t.id IN $side)
  AND ($date_from IS NULL OR coalesce(r.date_end, r.first_seen) >= $date_from)
  AND ($date_to IS NULL OR coalesce(r.date_start, r.first_seen) <= $date_to)
RETURN type(r) AS rel,
       s {.id, .name, type: [l IN labels(s) WHERE l <> 'Entity'][0]} AS src,
       t {.id, .name, type: [l IN labels(t) WHERE l <> 'Entity'][0]} AS dst,
       r {.symmetric, .date, .date_start, .date_end, .first_seen, .last_seen, .place, .what,
          .about, .title, .mode, .event, .confidence, .support, articles: r.articles[..3],
          evidence_sentences: r.evidence_sentences[..1]} AS props,
       CASE WHEN s:Country THEN s.id ELSE coalesce(s.country, COLLECT {
         MATCH (s)-[:HOLDS_OFFICE]->(c:Country) RETURN c.id ORDER BY c.id }[0]) END AS src_country,
       CASE WHEN t:Country THEN t.id ELSE coalesce(t.country, COLLECT {
         MATCH (t)-[:HOLDS_OFFICE]->(c:Country) RETURN c.id ORDER BY c.id }[0]) END AS dst_country
ORDER BY coalesce(r.date_start, r.first_seen), r.key
LIMIT $limit
