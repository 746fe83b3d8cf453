// name: report_bilateral_facts
// description: every fact between side A (country A and its officials) and side B, either
//   direction, of the types $rels, whose date (else first report date) overlaps the window.
//   Returns the standard fact shape: rel, src, dst, props (descriptive fields, the first 3
//   article ids, the first evidence sentence), src_country, dst_country.
// parameters: $side_a: list of str (ids of country A and its officials; required),
//   $side_b: list of str (same for B; required), $rels: list of str (relation types;
//   required), $date_from: Date|null (default null), $date_to: Date|null (default null)
// example:
//   :param side_a => ['country:KOR', 'person:park-jin'];
//   :param side_b => ['country:CHN', 'person:wang-yi'];
//   :param rels => ['MET_WITH', 'REQUESTED', 'AGREED', 'PLEDGED', 'SUPPORTED', 'EXPRESSED_CONCERN', 'WARNED', 'CRITICIZED', 'VISITED', 'ALLY_OF'];
//   :param date_from => null;
//   :param date_to => null;
UNWIND $side_a AS aid
MATCH (x:Entity {id: aid})-[r]-(y:Entity)
WHERE y.id IN $side_b AND type(r) IN $rels
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
