// name: report_person_counts
// description: a person's facts of the types $rels whose date (else first report date)
//   overlaps [$lo, $hi], counted per type and role (out: the person is the source). Used
//   only with a date window (without one, report_person's degrees are the counts).
//   The pattern names every fact type, so a busy person's mentions and event links are
//   never expanded (a dense node keeps its relationships grouped by type). With $build (a
//   fresh summary, a window from a month's first day to a month's last) a person the
//   summary covers is counted from their PersonSummary node instead (per type, role and
//   start/end month of the date span: exact for such windows); anyone else is expanded.
//   One row: whether the summary was read, and the counts as cells [rel, out, n].
// parameters: $person: str (required), $rels: list of str (required), $lo: Date (required),
//   $hi: Date (required), $build: str|null (default null: no summary)
// example:
//   :param person => 'person:wang-yi';
//   :param rels => ['MET_WITH', 'REQUESTED'];
//   :param lo => date('2023-01-01');
//   :param hi => date('2023-12-31');
//   :param build => null;
OPTIONAL MATCH (s:PersonSummary {build: $build, person: $person})
CALL (s) {
  CALL (s) {
    WITH s WHERE s IS NOT NULL
    WITH s.rels AS rels, s.outs AS outs, s.starts AS starts, s.ends AS ends, s.ns AS ns
    UNWIND range(0, size(ns) - 1) AS i
    WITH rels[i] AS rel, outs[i] AS out, ns[i] AS n, starts[i] AS start, ends[i] AS end
    WHERE rel IN $rels AND end >= left(toString($lo), 7) AND start <= left(toString($hi), 7)
    RETURN rel, out, n
    UNION ALL
    WITH s WHERE s IS NULL
    MATCH (p:Person {id: $person})-[r:MET_WITH|VISITED|REQUESTED|AGREED|PLEDGED|SUPPORTED|EXPRESSED_CONCERN|WARNED|CRITICIZED|SIGNED|WITHDREW_FROM|ALLY_OF|HOLDS_OFFICE]-()
    WHERE type(r) IN $rels
      AND coalesce(r.date_end, r.first_seen) >= $lo AND coalesce(r.date_start, r.first_seen) <= $hi
    RETURN type(r) AS rel, startNode(r) = p AS out, 1 AS n
  }
  WITH rel, out, sum(n) AS n
  RETURN collect([rel, out, n]) AS cells
}
RETURN s IS NOT NULL AS from_summary, cells
