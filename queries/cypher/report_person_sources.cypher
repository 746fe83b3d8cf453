// name: report_person_sources
// description: the articles that mention a person, newest first ($limit of them). For a
//   person mentioned by many articles ($dense, chosen by the caller from the MENTIONS
//   degree) the Article(published) index is walked newest first, keeping articles that
//   mention them (undated articles are then left out); otherwise the person's MENTIONS are
//   expanded and sorted.
// parameters: $person: str (a Person id; required), $limit: int (default 50),
//   $dense: bool (default false)
// example:
//   :param person => 'person:wang-yi';
//   :param limit => 50;
//   :param dense => false;
MATCH (p:Person {id: $person})
CALL (p) {
  WITH p WHERE $dense
  MATCH (a:Article) USING INDEX a:Article(published)
  WHERE a.published <= date('9999-12-31') AND EXISTS { (a)-[:MENTIONS]->(p) }
  WITH a ORDER BY a.published DESC LIMIT $limit
  RETURN a
  UNION ALL
  WITH p WHERE NOT $dense
  MATCH (a:Article)-[:MENTIONS]->(p)
  WITH a ORDER BY a.published DESC, a.id LIMIT $limit
  RETURN a
}
RETURN a.id AS id, a.title AS title, a.source AS source, toString(a.published) AS published,
       a.url AS url
ORDER BY a.published DESC, a.id
