// name: summary_dyads
// description: build the DyadSummary nodes of side $country (the country and its officials,
//   as report_side_types defines a side): one node per other side b with the facts from
//   this side to b's, counted per relation type and month of the fact's date (the key's
//   date; an undated fact: its first report date; a year-only date is its own period),
//   with the first and last date. A fact is counted for every pair of sides its ends
//   belong to, as report_bilateral_counts counts it. Parallel lists; '' stands for "no date".
// parameters: $country: str (a Country id; required), $build: str (required)
MATCH (c:Country {id: $country})
CALL (c) {
  RETURN c AS m
  UNION
  MATCH (m:Person {country: c.id}) RETURN m
  UNION
  MATCH (m:Person)-[:HOLDS_OFFICE]->(c) RETURN m
}
MATCH (m)-[r:MET_WITH|VISITED|REQUESTED|AGREED|PLEDGED|SUPPORTED|EXPRESSED_CONCERN|WARNED|CRITICIZED|ALLY_OF]->(t)
CALL (t) {
  WITH t WHERE t:Country RETURN t.id AS b
  UNION
  WITH t WHERE t:Person AND t.country IS NOT NULL RETURN t.country AS b
  UNION
  MATCH (t:Person)-[:HOLDS_OFFICE]->(x:Country) RETURN x.id AS b
}
WITH c.id AS a, b, type(r) AS rel, r, last(split(r.key, '|')) AS d
WHERE b <> a
WITH a, b, rel, coalesce(CASE d WHEN '' THEN toString(r.first_seen) ELSE d END, '') AS when
WITH a, b, rel, left(when, 7) AS period, count(*) AS n, min(when) AS first, max(when) AS last
ORDER BY a, b, rel, period
WITH a, b, collect(rel) AS rels, collect(period) AS periods, collect(n) AS ns,
     collect(first) AS firsts, collect(last) AS lasts
CREATE (:DyadSummary {build: $build, a: a, b: b, rels: rels, periods: periods, ns: ns,
                      firsts: firsts, lasts: lasts})
RETURN count(*) AS nodes, sum(size(ns)) AS cells
