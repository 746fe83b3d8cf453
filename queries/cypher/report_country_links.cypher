// name: report_country_links
// description: a country profile's facts (every fact type but HOLDS_OFFICE) with an end in
//   $side, counted server-side per side member, type, direction (out: the member is the
//   key's source) and other end, from the fact keys (`REL|source|target|date`; the other
//   end and the date come from the key: no node or property reads but the key, and
//   first_seen for undated facts); with the latest fact ('date#key') of each group. A fact
//   between two members comes once from each: the caller counts it once.
// parameters: $side: list of str (a country and its officials; required),
//   $from_iso: str|null (default null), $to_iso: str|null (default null)
// example:
//   :param side => ['country:KOR', 'person:park-jin'];
//   :param from_iso => null;
//   :param to_iso => null;
UNWIND $side AS sid
MATCH (m:Entity {id: sid})-[r:MET_WITH|VISITED|REQUESTED|AGREED|PLEDGED|SUPPORTED|EXPRESSED_CONCERN|WARNED|CRITICIZED|SIGNED|WITHDREW_FROM|ALLY_OF]-()
WITH sid, r, type(r) AS rel, split(r.key, '|') AS parts
WITH sid, r, rel, parts[1] = sid AS out, CASE parts[1] WHEN sid THEN parts[2] ELSE parts[1] END AS other,
     CASE parts[3] WHEN '' THEN toString(r.first_seen) ELSE parts[3] END AS when
WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when)))
  AND ($to_iso IS NULL OR when <= $to_iso)
RETURN sid AS member, rel, out, other, count(*) AS n, max(coalesce(when, '') + '#' + r.key) AS latest
