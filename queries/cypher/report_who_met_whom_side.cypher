// name: report_who_met_whom_side
// description: report_who_met_whom for the pairs with at least one person in $side (a
//   country's officials): the members' meetings are expanded (node degree) and counted
//   from their keys; ranking, total and latest keys as in report_who_met_whom.
// parameters: $side: list of str (Person ids: a country's officials; required),
//   $limit: int (default 100), $from_iso: str|null (default null), $to_iso: str|null
//   (default null)
// example:
//   :param side => ['person:park-jin'];
//   :param limit => 100;
//   :param from_iso => null;
//   :param to_iso => null;
UNWIND $side AS sid
MATCH (:Person {id: sid})-[r:MET_WITH]-(:Person)
WITH DISTINCT r
WITH r, r.key AS key, split(r.key, '|') AS parts
WHERE size(parts) = 4
WITH key, parts[1] AS a, parts[2] AS b,
     CASE parts[3] WHEN '' THEN toString(r.first_seen) ELSE parts[3] END AS when
WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when)))
  AND ($to_iso IS NULL OR when <= $to_iso)
WITH a, b, count(*) AS meetings, min(when) AS first,
     max(coalesce(when, '') + '#' + key) AS latest
ORDER BY meetings DESC, latest DESC, a, b
WITH collect({a: a, b: b, meetings: meetings, first: first, latest: latest}) AS pairs
UNWIND pairs[..$limit] AS pair
WITH pair, size(pairs) AS total, split(pair.latest, '#')[0] AS last
RETURN pair.a AS a, pair.b AS b, pair.meetings AS meetings, pair.first AS first,
       CASE last WHEN '' THEN null ELSE last END AS last,
       substring(pair.latest, size(last) + 1) AS latest_key, total
