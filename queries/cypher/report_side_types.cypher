// name: report_side_types
// description: the two sides of a bilateral report (each country and its officials: persons
//   whose `country` is it or who hold one of its offices) with, per member, the relation
//   types it has any fact of (node degrees: constant time). The bilateral statements seek
//   only (type, member, member) pairs where both members have facts of the type.
// parameters: $countries: list of str (two Country ids; required)
// example:
//   :param countries => ['country:KOR', 'country:CHN'];
UNWIND $countries AS cid
MATCH (c:Country {id: cid})
CALL (c) {
  RETURN c AS n
  UNION
  MATCH (n:Person {country: c.id}) RETURN n
  UNION
  MATCH (n:Person)-[:HOLDS_OFFICE]->(c) RETURN n
}
RETURN cid AS country, n.id AS id, n.name AS name, n:Country AS is_country,
  [x IN [
    ['MET_WITH', COUNT { (n)-[:MET_WITH]-() }],
    ['VISITED', COUNT { (n)-[:VISITED]-() }],
    ['REQUESTED', COUNT { (n)-[:REQUESTED]-() }],
    ['AGREED', COUNT { (n)-[:AGREED]-() }],
    ['PLEDGED', COUNT { (n)-[:PLEDGED]-() }],
    ['SUPPORTED', COUNT { (n)-[:SUPPORTED]-() }],
    ['EXPRESSED_CONCERN', COUNT { (n)-[:EXPRESSED_CONCERN]-() }],
    ['WARNED', COUNT { (n)-[:WARNED]-() }],
    ['CRITICIZED', COUNT { (n)-[:CRITICIZED]-() }],
    ['ALLY_OF', COUNT { (n)-[:ALLY_OF]-() }],
    ['SIGNED', COUNT { (n)-[:SIGNED]-() }],
    ['WITHDREW_FROM', COUNT { (n)-[:WITHDREW_FROM]-() }]
  ] WHERE x[1] > 0 | x[0]] AS types
