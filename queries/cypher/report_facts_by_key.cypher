// name: report_facts_by_key
// description: facts by key (Fact.key(): `REL|source|target|date`), in the order given, in
//   the standard fact shape (rel, src, dst, props with key, src_country, dst_country) plus
//   place_name. Reports that rank or page facts from their keys (who-met-whom, accords,
//   country) read the properties of the shown facts only, through this statement: one
//   unique-key index seek per fact (the type comes from the key prefix). Unknown keys are
//   left out.
// parameters: $keys: list of str (required)
// example:
//   :param keys => ['MET_WITH|person:park-jin|person:wang-yi|2023-11-26'];
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
CALL (k) {
  WITH k WHERE k STARTS WITH 'HOLDS_OFFICE|'
  MATCH ()-[r:HOLDS_OFFICE {key: k}]->() RETURN r
  UNION ALL
  WITH k WHERE k STARTS WITH 'MET_WITH|'
  MATCH ()-[r:MET_WITH {key: k}]->() RETURN r
  UNION ALL
  WITH k WHERE k STARTS WITH 'VISITED|'
  MATCH ()-[r:VISITED {key: k}]->() RETURN r
  UNION ALL
  WITH k WHERE k STARTS WITH 'REQUESTED|'
  MATCH ()-[r:REQUESTED {key: k}]->() RETURN r
  UNION ALL
  WITH k WHERE k STARTS WITH 'AGREED|'
  MATCH ()-[r:AGREED {key: k}]->() RETURN r
  UNION ALL
  WITH k WHERE k STARTS WITH 'PLEDGED|'
  MATCH ()-[r:PLEDGED {key: k}]->() RETURN r
  UNION ALL
  WITH k WHERE k STARTS WITH 'SUPPORTED|'
  MATCH ()-[r:SUPPORTED {key: k}]->() RETURN r
  UNION ALL
  WITH k WHERE k STARTS WITH 'EXPRESSED_CONCERN|'
  MATCH ()-[r:EXPRESSED_CONCERN {key: k}]->() RETURN r
  UNION ALL
  WITH k WHERE k STARTS WITH 'WARNED|'
  MATCH ()-[r:WARNED {key: k}]->() RETURN r
  UNION ALL
  WITH k WHERE k STARTS WITH 'CRITICIZED|'
  MATCH ()-[r:CRITICIZED {key: k}]->() RETURN r
  UNION ALL
  WITH k WHERE k STARTS WITH 'SIGNED|'
  MATCH ()-[r:SIGNED {key: k}]->() RETURN r
  UNION ALL
  WITH k WHERE k STARTS WITH 'WITHDREW_FROM|'
  MATCH ()-[r:WITHDREW_FROM {key: k}]->() RETURN r
  UNION ALL
  WITH k WHERE k STARTS WITH 'ALLY_OF|'
  MATCH ()-[r:ALLY_OF {key: k}]->() RETURN r
}
WITH i, r, startNode(r) AS s, endNode(r) AS t
RETURN type(r) AS rel,
       s {.id, .name, type: [l IN labels(s) WHERE l <> 'Entity'][0]} AS src,
       t {.id, .name, type: [l IN labels(t) WHERE l <> 'Entity'][0]} AS dst,
       r {.symmetric, .date, date_start: toString(r.date_start), date_end: toString(r.date_end),
          first_seen: toString(r.first_seen), last_seen: toString(r.last_seen), .place, .what,
          .about, .title, .mode, .event, .confidence, .support, .key} AS props,
       CASE WHEN s:Country THEN s.id ELSE coalesce(s.country, COLLECT {
         MATCH (s)-[:HOLDS_OFFICE]->(c:Country) RETURN c.id ORDER BY c.id }[0]) END AS src_country,
       CASE WHEN t:Country THEN t.id ELSE coalesce(t.country, COLLECT {
         MATCH (t)-[:HOLDS_OFFICE]->(c:Country) RETURN c.id ORDER BY c.id }[0]) END AS dst_country,
       COLLECT { MATCH (pl:Entity {id: r.place}) RETURN pl.name }[0] AS place_name
ORDER BY i
