// name: report_bilateral_summary_counts
// description: report_bilateral_counts read from summary $build instead of the facts: the
//   two DyadSummary nodes of the pair (A's facts towards B's side and B's towards A's),
//   the same rows (type, direction, period, count, first and last date) as the columns of
//   one row: rels, dirs, periods, ns, firsts, lasts, the i-th of each one row ('' for no
//   period or date: one record of flat lists decodes much faster in the driver than a
//   thousand rows or a list of lists). Exact for windows
//   that start on a month's first day and end on a month's last (the summary counts per
//   month); the reports use it only then and only while the summary is fresh.
// parameters: $build: str (required), $a: str (Country id; required), $b: str (required),
//   $rels: list of str (required), $mutual: list of str (symmetric types; required),
//   $size: int (7 = month, 4 = year; default 7), $from_iso: str|null, $to_iso: str|null
// example:
//   :param build => 'b-1';
//   :param a => 'country:KOR';
//   :param b => 'country:CHN';
//   :param rels => ['MET_WITH', 'REQUESTED', 'PLEDGED'];
//   :param mutual => ['MET_WITH', 'AGREED', 'ALLY_OF'];
//   :param size => 7;
//   :param from_iso => null;
//   :param to_iso => null;
UNWIND [[$a, $b, 'ab'], [$b, $a, 'ba']] AS s
MATCH (t:DyadSummary {build: $build, a: s[0], b: s[1]})
WITH s[2] AS side, t.rels AS rels, t.periods AS periods, t.ns AS ns, t.firsts AS firsts,
     t.lasts AS lasts
UNWIND range(0, size(ns) - 1) AS i
WITH rels[i] AS rel, CASE WHEN rels[i] IN $mutual THEN 'mutual' ELSE side END AS dir,
     CASE periods[i] WHEN '' THEN null ELSE periods[i] END AS p, ns[i] AS n,
     CASE firsts[i] WHEN '' THEN null ELSE firsts[i] END AS first,
     CASE lasts[i] WHEN '' THEN null ELSE lasts[i] END AS last
WHERE rel IN $rels
  AND ($from_iso IS NULL OR p >= left($from_iso, size(p))) AND ($to_iso IS NULL OR p <= $to_iso)
WITH rel, dir, left(p, $size) AS period, sum(n) AS n, min(first) AS first, max(last) AS last
RETURN collect(rel) AS rels, collect(dir) AS dirs, collect(coalesce(period, '')) AS periods,
       collect(n) AS ns, collect(coalesce(first, '')) AS firsts, collect(coalesce(last, '')) AS lasts
