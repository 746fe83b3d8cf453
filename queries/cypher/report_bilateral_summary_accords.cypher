// name: report_bilateral_summary_accords
// description: report_bilateral_accords read from summary $build instead of the facts: the
//   AccordSummary nodes of both sides (period '*' without a window, else the months and
//   years the window covers), same rows. Exact for windows that start on a month's first
//   day and end on a month's last; the reports use it only then and only while the
//   summary is fresh.
// parameters: $build: str (required), $a: str (Country id; required), $b: str (required),
//   $lo: str (lowest period node: '*' without a window, else the window's start year or
//   '0000'; required), $hi: str ('*' without a window, else $to_iso or '9999'; required),
//   $limit: int (default 100; the bilateral report passes 25 unless asked),
//   $from_iso: str|null, $to_iso: str|null
// example:
//   :param build => 'b-1';
//   :param a => 'country:KOR';
//   :param b => 'country:CHN';
//   :param lo => '*';
//   :param hi => '*';
//   :param limit => 100;
//   :param from_iso => null;
//   :param to_iso => null;
UNWIND [[$a, 'a'], [$b, 'b']] AS s
MATCH (t:AccordSummary {build: $build, side: s[0]})
WHERE t.period >= $lo AND t.period <= $hi
  AND ($from_iso IS NULL OR t.period >= left($from_iso, size(t.period)))
  AND ($to_iso IS NULL OR t.period <= $to_iso)
WITH s[1] AS side, t.accords AS accords, t.rels AS rels, t.ns AS ns, t.firsts AS firsts,
     t.lasts AS lasts, t.latests AS latests
UNWIND range(0, size(ns) - 1) AS i
WITH side, accords[i] AS accord, rels[i] AS rel, ns[i] AS n,
     CASE firsts[i] WHEN '' THEN null ELSE firsts[i] END AS first,
     CASE lasts[i] WHEN '' THEN null ELSE lasts[i] END AS last, latests[i] AS latest
WITH accord, side, rel, sum(n) AS n, min(first) AS first, max(last) AS last,
     max(latest) AS latest
WITH accord, collect({side: side, rel: rel, n: n, first: first, last: last,
                      latest: substring(latest, size(split(latest, '#')[0]) + 1)}) AS acts,
     max(latest) AS newest
WHERE any(x IN acts WHERE x.side = 'a') AND any(x IN acts WHERE x.side = 'b')
WITH accord, acts, newest ORDER BY newest DESC, accord
WITH collect({accord: accord, acts: acts, newest: newest}) AS rows
WITH rows, [k IN ['a|SIGNED', 'a|WITHDREW_FROM', 'b|SIGNED', 'b|WITHDREW_FROM'] |
            {side: split(k, '|')[0], rel: split(k, '|')[1],
             n: reduce(n = 0, row IN rows | n + reduce(m = 0, x IN row.acts |
                  m + CASE WHEN x.side + '|' + x.rel = k THEN x.n ELSE 0 END))}] AS sums
UNWIND rows[..$limit] AS row
MATCH (acc:Accord {id: row.accord})
WITH acc, row.acts AS acts, size(rows) AS total, sums, split(row.newest, '#')[0] AS last,
     substring(row.newest, size(split(row.newest, '#')[0]) + 1) AS key
CALL (key) {
  OPTIONAL MATCH ()-[s:SIGNED]->() WHERE key STARTS WITH 'SIGNED|' AND s.key = key
  OPTIONAL MATCH ()-[w:WITHDREW_FROM]->() WHERE key STARTS WITH 'WITHDREW_FROM|' AND w.key = key
  RETURN coalesce(s, w) AS f
}
RETURN acc {.id, .name, .kind, .date, .status} AS accord, acts, last, total, sums,
       key, f.support AS support
ORDER BY last DESC, acc.id
