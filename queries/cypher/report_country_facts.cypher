// name: report_country_facts
// description: every fact of the types $rels with an end in $side (a country and its
//   officials) in the window; standard fact shape with src_country and dst_country.
// parameters: $side: list of str (required), $rels: list of str (required),
//   $date_from: Date|null (default null), $date_to: Date|null (default null)
// example:
//   :param side => ['country:KOR', 'person:park-jin'];
//   :param rels => ['MET_WITH', 'REQUESTED', 'AGREED', 'PLEDGED', 'SUPPORTED', 'EXPRESSED_CONCERN', 'WARNED', 'CRITICIZED', 'VISITED', 'SIGNED', 'WITHDREW_FROM', 'ALLY_OF'];
//   :param date_from => null;
//   :param date_to => null;
UNWIND $side AS sid
MATCH (:Entity {id: sid})-[r]-(:Entity)
WHERE type(r) IN $rels
  AND ($date_from IS NULL OR coalesce(r.date_end, r.first_seen) >= $date_from)
  AND ($date_to IS NULL OR coalesce(r.date_start, r.first_seen) <= $date_to)
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS t
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
