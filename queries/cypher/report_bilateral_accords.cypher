// name: report_bilateral_accords
// description: SIGNED / WITHDREW_FROM facts of either side on every accord that both sides
//   (a country or its officials) signed or withdrew from; window as in report_bilateral_facts.
//   Returns the standard fact shape (props: descriptive fields, first 3 article ids, first
//   evidence sentence; dst is the accord).
// parameters: $side_a: list of str (required), $side_b: list of str (required),
//   $date_from: Date|null (default null), $date_to: Date|null (default null)
// example:
//   :param side_a => ['country:KOR'];
//   :param side_b => ['country:PRK'];
//   :param date_from => null;
//   :param date_to => null;
UNWIND $side_a AS aid
MATCH (:Entity {id: aid})-[:SIGNED|WITHDREW_FROM]->(acc:Accord)
WITH DISTINCT acc
WHERE EXISTS { MATCH (y:Entity)-[:SIGNED|WITHDREW_FROM]->(acc) WHERE y.id IN $side_b }
MATCH (s:Entity)-[r:SIGNED|WITHDREW_FROM]->(acc)
WHERE (s.id IN $side_a OR s.id IN $side_b)
  AND ($date_from IS NULL OR coalesce(r.date_end, r.first_seen) >= $date_from)
  AND ($date_to IS NULL OR coalesce(r.date_start, r.first_seen) <= $date_to)
RETURN type(r) AS rel,
       s {.id, .name, type: [l IN labels(s) WHERE l <> 'Entity'][0]} AS src,
       acc {.id, .name, type: 'Accord'} AS dst,
       r {.symmetric, .date, .date_start, .date_end, .first_seen, .last_seen, .place, .what,
          .about, .title, .mode, .event, .confidence, .support, articles: r.articles[..3],
          evidence_sentences: r.evidence_sentences[..1]} AS props
ORDER BY acc.name, coalesce(r.date_start, r.first_seen), r.key
