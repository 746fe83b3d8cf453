// name: summary_accords
// description: build the AccordSummary nodes of side $country: its SIGNED / WITHDREW_FROM
//   facts counted per accord and type, one node per month of the fact's date (a year-only
//   date is its own period) and one node, period '*', over all dates; per cell the first
//   and last date and the latest fact ("date#key", as report_bilateral_accords keeps it).
//   Parallel lists; '' stands for "no date".
// parameters: $country: str (a Country id; required), $build: str (required)
MATCH (c:Country {id: $country})
CALL (c) {
  RETURN c AS m
  UNION
  MATCH (m:Person {country: c.id}) RETURN m
  UNION
  MATCH (m:Person)-[:HOLDS_OFFICE]->(c) RETURN m
}
MATCH (m)-[r:SIGNED|WITHDREW_FROM]->(acc:Accord)
WITH c.id AS side, acc.id AS accord, type(r) AS rel, r, last(split(r.key, '|')) AS d
WITH side, accord, rel, r.key AS key,
     coalesce(CASE d WHEN '' THEN toString(r.first_seen) ELSE d END, '') AS when
WITH side, accord, rel, left(when, 7) AS period, count(*) AS n, min(when) AS first,
     max(when) AS last, max(when + '#' + key) AS latest
WITH side, collect({period: period, accord: accord, rel: rel, n: n, first: first, last: last,
                    latest: latest}) AS cells
UNWIND cells + [x IN cells | x {.*, period: '*'}] AS x
WITH side, x.period AS period, x.accord AS accord, x.rel AS rel, sum(x.n) AS n,
     min(x.first) AS first, max(x.last) AS last, max(x.latest) AS latest
ORDER BY side, period, accord, rel
WITH side, period, collect(accord) AS accords, collect(rel) AS rels, collect(n) AS ns,
     collect(first) AS firsts, collect(last) AS lasts, collect(latest) AS latests
CREATE (:AccordSummary {build: $build, side: side, period: period, accords: accords,
                        rels: rels, ns: ns, firsts: firsts, lasts: lasts, latests: latests})
RETURN count(*) AS nodes, sum(size(ns)) AS cells
