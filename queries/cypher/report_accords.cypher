// name: report_accords
// description: accords (optionally those whose name or alias contains $name, ignoring case)
//   with their SIGNED / WITHDREW_FROM facts in the window; an accord without such facts
//   comes once with rel = null. Standard fact shape (dst is the accord) plus the accord.
// parameters: $name: str or null (default null = all), $date_from: Date|null (default null),
//   $date_to: Date|null (default null)
// example:
//   :param name => 'military';
//   :param date_from => null;
//   :param date_to => null;
MATCH (acc:Accord)
WHERE $name IS NULL OR toLower(acc.name) CONTAINS toLower($name)
   OR any(a IN coalesce(acc.aliases, []) WHERE toLower(a) CONTAINS toLower($name))
OPTIONAL MATCH (s:Entity)-[r:SIGNED|WITHDREW_FROM]->(acc)
WHERE ($date_from IS NULL OR coalesce(r.date_end, r.first_seen) >= $date_from)
  AND ($date_to IS NULL OR coalesce(r.date_start, r.first_seen) <= $date_to)
RETURN acc {.id, .name, .kind, .date, .status} AS accord,
       type(r) AS rel,
       s {.id, .name, type: [l IN labels(s) WHERE l <> 'Entity'][0]} AS src,
       acc {.id, .name, type: 'Accord'} AS dst,
       r {.symmetric, .date, .date_start, .date_end, .first_seen, .last_seen, .place, .what,
          .about, .title, .mode, .event, .confidence, .support, articles: r.articles[..3],
          evidence_sentences: r.evidence_sentences[..1]} AS props,
       CASE WHEN s IS NULL THEN null WHEN s:Country THEN s.id ELSE coalesce(s.country, COLLECT {
         MATCH (s)-[:HOLDS_OFFICE]->(c:Country) RETURN c.id ORDER BY c.id }[0]) END AS src_country
ORDER BY acc.name, acc.id, coalesce(r.date_start, r.first_seen), r.key
