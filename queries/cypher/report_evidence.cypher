// name: report_evidence
// description: the evidence a report shows for its facts: for each fact key, up to
//   $per_fact supporting articles (id, title, source, published, url) with the sentence
//   that states the fact there. The one statement the reports read evidence through, so
//   the evidence storage can change without touching the report pages.
// parameters: $keys: list of str (fact keys, Fact.key(); required),
//   $per_fact: int (default 3)
// example:
//   :param keys => ['MET_WITH|person:park-jin|person:wang-yi|2023-11-26'];
//   :param per_fact => 3;
UNWIND $keys AS k
CALL (k) {
  MATCH ()-[r:HOLDS_OFFICE {key: k}]->() RETURN r
  UNION
  MATCH ()-[r:MET_WITH {key: k}]->() RETURN r
  UNION
  MATCH ()-[r:VISITED {key: k}]->() RETURN r
  UNION
  MATCH ()-[r:REQUESTED {key: k}]->() RETURN r
  UNION
  MATCH ()-[r:AGREED {key: k}]->() RETURN r
  UNION
  MATCH ()-[r:PLEDGED {key: k}]->() RETURN r
  UNION
  MATCH ()-[r:SUPPORTED {key: k}]->() RETURN r
  UNION
  MATCH ()-[r:EXPRESSED_CONCERN {key: k}]->() RETURN r
  UNION
  MATCH ()-[r:WARNED {key: k}]->() RETURN r
  UNION
  MATCH ()-[r:CRITICIZED {key: k}]->() RETURN r
  UNION
  MATCH ()-[r:SIGNED {key: k}]->() RETURN r
  UNION
  MATCH ()-[r:WITHDREW_FROM {key: k}]->() RETURN r
  UNION
  MATCH ()-[r:ALLY_OF {key: k}]->() RETURN r
}
WITH k, r, coalesce(r.evidence_articles, []) AS ea, coalesce(r.evidence_sentences, []) AS es
UNWIND coalesce(r.articles, [])[..coalesce($per_fact, 3)] AS aid
MATCH (a:Article {id: aid})
RETURN k AS key, a.id AS id, a.title AS title, a.source AS source, a.published AS published,
       a.url AS url, [i IN range(0, size(ea) - 1) WHERE ea[i] = aid | es[i]][0] AS sentence
