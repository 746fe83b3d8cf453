// name: report_person_sources
// description: the articles that mention a person, newest first.
// parameters: $person: str (a Person id; required), $limit: int (default 50)
// example:
//   :param person => 'person:wang-yi';
//   :param limit => 50;
MATCH (a:Article)-[:MENTIONS]->(:Person {id: $person})
RETURN a.id AS id, a.title AS title, a.source AS source, a.published AS published, a.url AS url
ORDER BY a.published DESC, a.id
LIMIT $limit
