// name: report_person_counts
// description: a person's facts of the types $rels whose date (else first report date)
//   overlaps [$lo, $hi], counted per type and role (out: the person is the source). Used
//   only with a date window (without one, report_person's degrees are the counts).
//   The pattern names every fact type, so a busy person's mentions and event links are
//   never expanded (a dense node keeps its relationships grouped by type).
// parameters: $person: str (required), $rels: list of str (required), $lo: Date (required),
//   $hi: Date (required)
// example:
//   :param person => 'person:wang-yi';
//   :param rels => ['MET_WITH', 'REQUESTED'];
//   :param lo => date('2023-01-01');
//   :param hi => date('2023-12-31');
MATCH (p:Person {id: $person})-[r:MET_WITH|VISITED|REQUESTED|AGREED|PLEDGED|SUPPORTED|EXPRESSED_CONCERN|WARNED|CRITICIZED|SIGNED|WITHDREW_FROM|ALLY_OF|HOLDS_OFFICE]-()
WHERE type(r) IN $rels
  AND coalesce(r.date_end, r.first_seen) >= $lo AND coalesce(r.date_start, r.first_seen) <= $hi
RETURN type(r) AS rel, startNode(r) = p AS out, count(*) AS n
