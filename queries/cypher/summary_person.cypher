// name: summary_person
// description: build the PersonSummary node of person $person: their facts counted per
//   relation type, role (out: the person is the source) and the months their date span
//   starts and ends in (an undated fact: its first report date), as report_person_counts
//   filters them. Parallel lists; a missing start is '~' and a missing end '' (so that no
//   window keeps them, as none keeps such a fact there).
// parameters: $person: str (a Person id; required), $build: str (required)
MATCH (p:Person {id: $person})-[r:MET_WITH|VISITED|REQUESTED|AGREED|PLEDGED|SUPPORTED|EXPRESSED_CONCERN|WARNED|CRITICIZED|ALLY_OF|SIGNED|WITHDREW_FROM|HOLDS_OFFICE]-()
WITH p, type(r) AS rel, startNode(r) = p AS out,
     coalesce(left(toString(coalesce(r.date_start, r.first_seen)), 7), '~') AS start,
     coalesce(left(toString(coalesce(r.date_end, r.first_seen)), 7), '') AS end
WITH p, rel, out, start, end, count(*) AS n
ORDER BY rel, out, start, end
WITH p, collect(rel) AS rels, collect(out) AS outs, collect(start) AS starts,
     collect(end) AS ends, collect(n) AS ns
CREATE (:PersonSummary {build: $build, person: p.id, rels: rels, outs: outs, starts: starts,
                        ends: ends, ns: ns})
RETURN size(ns) AS cells
