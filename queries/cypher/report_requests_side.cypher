// name: report_requests_side
// description: report_requests for the requests with either end in $side (a country and
//   its officials): the members' REQUESTED facts are expanded (node degrees), those whose
//   date range overlaps [$lo, $hi] kept (undated ones by first report date, only without
//   a window), the newest $limit listed (stated date, undated last) with the total.
//   Standard fact shape with countries and place_name, plus total.
// parameters: $side: list of str (required), $limit: int (default 100), $lo: Date
//   (required), $hi: Date (required), $windowed: bool (default false)
// example:
//   :param side => ['country:KOR', 'person:park-jin'];
//   :param limit => 100;
//   :param lo => date('0001-01-01');
//   :param hi => date('9999-12-31');
//   :param windowed => false;
UNWIND $side AS sid
MATCH (:Entity {id: sid})-[r:REQUESTED]-()
WITH DISTINCT r
WHERE (r.date_start <= $hi AND r.date_end >= $lo) OR (r.date_start IS NULL AND NOT $windowed)
WITH r ORDER BY r.date_start IS NULL, r.date_start DESC, r.first_seen DESC, r.key
WITH collect(r) AS rs
WITH rs[..$limit] AS rs, size(rs) AS total
UNWIND rs AS r
WITH r, total, startNode(r) AS s, endNode(r) AS t
RETURN type(r) AS rel, total,
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
