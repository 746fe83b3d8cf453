// name: summary_dense_persons
// description: the persons with at least $min facts (any relation type, either role; node
//   degrees: constant time per person), busiest first: they get a PersonSummary.
// parameters: $min: int (required)
MATCH (p:Person)
WITH p, COUNT { (p)-[:MET_WITH|VISITED|REQUESTED|AGREED|PLEDGED|SUPPORTED|EXPRESSED_CONCERN|WARNED|CRITICIZED|ALLY_OF|SIGNED|WITHDREW_FROM|HOLDS_OFFICE]-() } AS n
WHERE n >= $min
RETURN p.id AS id, n ORDER BY n DESC, id
