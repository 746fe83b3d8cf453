// name: report_who_met_whom
// description: pairs of persons who met (MET_WITH) in the window, ranked by number of
//   meetings, then most recent meeting: at most $limit pairs, with the number of pairs in
//   all (total). Counted from the fact keys alone (`MET_WITH|a|b|date`, ends sorted; ids
//   `person:...` are persons) in one index-only scan of the MET_WITH key index; only
//   the key of each pair's latest meeting (its evidence: report_evidence) is returned;
//   names, countries and places of the shown pairs: report_meeting_pairs. An undated
//   meeting (empty key date) is dated by its first report (first_seen).
// parameters: $side: list of str (Person ids: a country's officials or null; ignored: see report_who_met_whom_side),
//   $limit: int (default 100), $from_iso: str|null (default null), $to_iso: str|null
//   (default null)
// example:
//   :param side => null;
//   :param limit => 100;
//   :param from_iso => null;
//   :param to_iso => null;
MATCH ()-[r:MET_WITH]->() WHERE r.key STARTS WITH 'MET_WITH|person:'
WITH r, split(r.key, '|') AS parts
WITH r, parts[1] AS a, parts[2] AS b,
     CASE parts[3] WHEN '' THEN toString(r.first_seen) ELSE parts[3] END AS when
WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when)))
  AND ($to_iso IS NULL OR when <= $to_iso)
WITH a, b, count(*) AS meetings, min(when) AS first,
     max(coalesce(when, '') + '#' + r.key) AS latest
WHERE b STARTS WITH 'person:'
ORDER BY meetings DESC, latest DESC, a, b
WITH collect({a: a, b: b, meetings: meetings, first: first, latest: latest}) AS pairs
UNWIND pairs[..$limit] AS pair
WITH pair, size(pairs) AS total, split(pair.latest, '#')[0] AS last
RETURN pair.a AS a, pair.b AS b, pair.meetings AS meetings, pair.first AS first,
       CASE last WHEN '' THEN null ELSE last END AS last,
       substring(pair.latest, size(last) + 1) AS latest_key, total
