// name: report_requests
// description: the newest $limit REQUESTED facts in the window [$lo, $hi] (date ranges
//   overlapping it), newest first by stated date, and how many there are in all (total).
//   Walks the REQUESTED (date_start, date_end) range index newest first, so only the shown
//   facts are read; the total is the count store (no window: every request) or an
//   index-only count (window: the dated requests in it). Requests without a stated date
//   are not listed. Standard fact shape
//   with src_country/dst_country and place_name; props.key names the fact for
//   report_evidence.
// parameters: $limit: int (default 100), $lo: Date (required), $hi: Date (required),
//   $windowed: bool (default false: then $lo/$hi are 0001-01-01/9999-12-31)
// example:
//   :param limit => 100;
//   :param lo => date('0001-01-01');
//   :param hi => date('9999-12-31');
//   :param windowed => false;
CALL () {
  MATCH ()-[r:REQUESTED]->() USING INDEX r:REQUESTED(date_start, date_end)
  WHERE r.date_start <= $hi AND r.date_end >= $lo
  WITH r ORDER BY r.date_start DESC LIMIT $limit
  RETURN r
}
WITH r ORDER BY r.date_start DESC, r.first_seen DESC, r.key
WITH collect(r) AS rs
WITH rs, CASE WHEN $windowed
         THEN COUNT { MATCH ()-[x:REQUESTED]->() WHERE x.date_start <= $hi AND x.date_end >= $lo }
         ELSE COUNT { ()-[:REQUESTED]->() } END AS total
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
