// name: report_accords
// description: accords (optionally those whose name or alias contains $name, ignoring
//   case) with their signatures and withdrawals (SIGNED / WITHDREW_FROM facts) in the
//   window, optionally only those by a member of $side (a country and its officials),
//   counted server-side per accord from the fact keys (`REL|signer|accord|date`, read by
//   expanding the listed accords; newest first: sorted once by key date); most
//   recent activity first, at most $limit accords, with total (accords listed in all). An
//   accord without acts is listed only with no window and no side. Per shown accord: its
//   newest 10 signatures and withdrawals (signer name, date), the key of its latest act and
//   newest: its newest $limit acts as 'date#key' strings (the newest $limit acts of all
//   listed accords are among them; their properties: report_facts_by_key, evidence:
//   report_evidence).
// parameters: $name: str or null (default null = all), $side: list of str or null
//   (default null), $limit: int (default 100), $from_iso: str|null (default null),
//   $to_iso: str|null (default null)
// example:
//   :param name => 'military';
//   :param side => null;
//   :param limit => 100;
//   :param from_iso => null;
//   :param to_iso => null;
MATCH (acc:Accord)
WHERE $name IS NULL OR toLower(acc.name) CONTAINS toLower($name)
   OR any(a IN coalesce(acc.aliases, []) WHERE toLower(a) CONTAINS toLower($name))
OPTIONAL MATCH ()-[r:SIGNED|WITHDREW_FROM]->(acc)
WITH acc, r, split(r.key, '|') AS parts
WITH acc, r, parts,
     CASE parts[3] WHEN '' THEN toString(r.first_seen) ELSE parts[3] END AS when
WITH acc, r, coalesce(when, '') + '#' + r.key AS act,
     r IS NOT NULL AND ($side IS NULL OR parts[1] IN $side)
     AND ($from_iso IS NULL OR when >= left($from_iso, size(when)))
     AND ($to_iso IS NULL OR when <= $to_iso) AS kept
ORDER BY act DESC
WITH acc, count(CASE WHEN kept THEN 1 END) AS n,
     count(CASE WHEN kept AND r:SIGNED THEN 1 END) AS signed,
     max(CASE WHEN kept THEN act END) AS latest,
     collect(CASE WHEN kept THEN act END)[..$limit] AS acts
WHERE n > 0 OR ($side IS NULL AND $from_iso IS NULL AND $to_iso IS NULL)
WITH acc, n, signed, latest, acts ORDER BY coalesce(latest, '') DESC, acc.name, acc.id
WITH collect({acc: acc, n: n, signed: signed, latest: latest, acts: acts}) AS rows
UNWIND rows[..$limit] AS row
WITH row, row.acc AS acc, size(rows) AS total
CALL (row) {
  UNWIND row.acts[..10] AS x
  WITH split(x, '#')[0] AS when, split(substring(x, size(split(x, '#')[0]) + 1), '|') AS k
  MATCH (e:Entity {id: k[1]})
  RETURN collect({rel: k[0], signer: e.name, when: CASE when WHEN '' THEN null ELSE when END}) AS latest
}
RETURN acc {.id, .name, .kind, .date, .status} AS accord, row.n AS acts,
       row.signed AS signed, row.n - row.signed AS withdrew, total, row.acts AS newest,
       substring(row.latest, size(split(row.latest, '#')[0]) + 1) AS latest_key, latest
ORDER BY coalesce(row.latest, '') DESC, acc.name, acc.id
