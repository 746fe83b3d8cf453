// name: report_bilateral_accords
// description: accords that both sides (a country and its officials) signed or withdrew from,
//   aggregated server-side per accord, side and type (count, first and last date), most
//   recent activity first, at most $limit accords, with the total and the key and support
//   of each accord's latest fact (its evidence: report_evidence). Reads only the keys of SIGNED / WITHDREW_FROM
//   facts (prefix seek `REL|member|` on the key index; the accord id and date come from the
//   key). Window as in report_bilateral_counts. sums: facts on ALL shared accords per side
//   ('a'/'b') and type (the report's counts).
// parameters: $side_a: list of str (required), $side_b: list of str (required),
//   $limit: int (default 100; the bilateral report passes 25 unless asked),
//   $from_iso: str|null (default null), $to_iso: str|null (default null)
// example:
//   :param side_a => ['country:KOR'];
//   :param side_b => ['country:PRK'];
//   :param limit => 100;
//   :param from_iso => null;
//   :param to_iso => null;
UNWIND [x IN $side_a | [x, 'a']] + [x IN $side_b | [x, 'b']] AS m
CALL (m) {
  MATCH ()-[r:SIGNED]->() WHERE r.key STARTS WITH 'SIGNED|' + m[0] + '|'
  RETURN 'SIGNED' AS rel, r
  UNION ALL
  MATCH ()-[r:WITHDREW_FROM]->() WHERE r.key STARTS WITH 'WITHDREW_FROM|' + m[0] + '|'
  RETURN 'WITHDREW_FROM' AS rel, r
}
WITH m[1] AS side, rel, r, split(substring(r.key, size(rel) + size(m[0]) + 2), '|') AS parts
WHERE size(parts) = 2
WITH side, rel, r, parts[0] AS accord,
     CASE parts[1] WHEN '' THEN toString(r.first_seen) ELSE parts[1] END AS when
WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when)))
  AND ($to_iso IS NULL OR when <= $to_iso)
WITH accord, side, rel, count(*) AS n, min(when) AS first, max(when) AS last,
     max(coalesce(when, '') + '#' + r.key) AS latest
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
