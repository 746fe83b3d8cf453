// name: report_country_balance
// description: a country profile's facts per type and period (the first $size characters
//   of the fact's date: 7 = month, 4 = year; undated facts by first report date) in the
//   window, each fact counted once (a fact between two side members from its source); from
//   the fact keys (date from the key; first_seen for undated facts).
// parameters: $side: list of str (a country and its officials; required),
//   $from_iso: str|null (default null), $to_iso: str|null (default null),
//   $size: int (default 7)
// example:
//   :param side => ['country:KOR', 'person:park-jin'];
//   :param from_iso => null;
//   :param to_iso => null;
//   :param size => 7;
UNWIND $side AS sid
MATCH (m:Entity {id: sid})-[r:MET_WITH|VISITED|REQUESTED|AGREED|PLEDGED|SUPPORTED|EXPRESSED_CONCERN|WARNED|CRITICIZED|SIGNED|WITHDREW_FROM|ALLY_OF]-()
WITH sid, r, type(r) AS rel, split(r.key, '|') AS parts
WITH sid, r, rel, parts[1] = sid AS out, CASE parts[1] WHEN sid THEN parts[2] ELSE parts[1] END AS other,
     CASE parts[3] WHEN '' THEN toString(r.first_seen) ELSE parts[3] END AS when
WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when)))
  AND ($to_iso IS NULL OR when <= $to_iso)
  AND (out OR NOT other IN $side)
RETURN rel, left(when, $size) AS period, count(*) AS n
