// name: report_person_facts
// description: every fact a person takes part in (either end), of the types $rels; the
//   window applies to all but HOLDS_OFFICE (offices are shown whatever their date).
//   Returns the standard fact shape (props: descriptive fields, first 3 article ids, first
//   evidence sentence) with src_country and dst_country.
// parameters: $person: str (a Person id; required), $rels: list of str (required),
//   $date_from: Date|null (default null), $date_to: Date|null (default null)
// example:
//   :param person => 'person:wang-yi';
//   :param rels => ['HOLDS_OFFICE', 'MET_WITH', 'REQUESTED', 'AGREED', 'PLEDGED', 'SUPPORTED', 'EXPRESSED_CONCERN', 'WARNED', 'CRITICIZED', 'VISITED', 'SIGNED', 'WITHDREW_FROM'];
//   :param date_from => null;
//   :param date_to => null;
MATCH (p:Person {id: $person})-[r]-(:Entity)
WHERE type(r) IN $rels
  AND (type(r) = 'HOLDS_OFFICE' OR (
    ($date_from IS NULL OR coalesce(r.date_end, r.first_seen) >= $date_from)
    AND ($date_to IS NULL OR coalesce(r.date_start, r.first_seen) <= $date_to)))
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
