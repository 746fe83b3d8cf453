// name: report_evidence
// description: the evidence a report shows for its facts: for each fact key, up to
//   $per_fact supporting articles (id, title, source, published, url) with the sentence
//   that states the fact there (its first in the article), newest articles first (undated
//   last). The one statement the reports read evidence through, so the evidence storage
//   can change without touching the report pages. Reads the fact's Evidence nodes (index
//   seek on Evidence.key); the fact relationship itself is not needed.
// parameters: $keys: list of str (fact keys, Fact.key(); required),
//   $per_fact: int (default 3)
// example:
//   :param keys => ['MET_WITH|person:park-jin|person:wang-yi|2023-11-26'];
//   :param per_fact => 3;
UNWIND $keys AS k
CALL (k) {
  MATCH (e:Evidence {key: k})
  WITH e ORDER BY e.start
  WITH e.article AS aid, e.published AS published, collect(e.sentence)[0] AS sentence
  ORDER BY published IS NULL, published DESC, aid
  LIMIT coalesce($per_fact, 3)
  RETURN aid, sentence
}
MATCH (a:Article {id: aid})
RETURN k AS key, a.id AS id, a.title AS title, a.source AS source, a.published AS published,
       a.url AS url, sentence
