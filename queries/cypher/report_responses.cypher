// name: report_responses
// description: candidate responses to requests: PLEDGED, AGREED and SUPPORTED facts with an
//   end in $ids (the requests' targets, their countries and those countries' officials),
//   ending on or after $after. Python pairs them with requests (queries.report_facts.answers).
// parameters: $ids: list of str (required), $after: Date|null (default null)
// example:
//   :param ids => ['country:CHN', 'person:wang-yi'];
//   :param after => null;
UNWIND $ids AS rid
MATCH (:Entity {id: rid})-[r:PLEDGED|AGREED|SUPPORTED]-(:Entity)
WHERE $after IS NULL OR coalesce(r.date_end, r.first_seen) >= $after
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
