// name: report_evidence
// description: the evidence a report shows for its facts: for each fact key, up to
//   $per_fact supporting articles (id, title, source, published, url) with the sentence
//   that states the fact there (its first in the article), newest articles first (undated
//   last, then by article id). The one statement the reports read evidence through, so the
//   evidence storage can change without touching the report pages. The cost does not grow
//   with a fact's support: dated evidence is read newest first from the (key, published)
//   index, at most 10 * $per_fact entries (an article stating one fact in more than 10
//   sentences could hide an older article); undated evidence (no published date, not in
//   that index) is read through Evidence.key only when fewer than $per_fact dated articles
//   exist. Each article's sentence is the first of the entries read (no second lookup per
//   article; an article's entries are read together, so only an article cut off by that
//   limit could show a later sentence). The fact relationship itself is not needed.
// parameters: $keys: list of str (fact keys, Fact.key(); required),
//   $per_fact: int (default 3)
// columns: key, id, title, source, published, url, sentence
// example:
//   :param keys => ['MET_WITH|person:park-jin|person:wang-yi|2023-11-26'];
//   :param per_fact => 3;
UNWIND $keys AS k
CALL (k) {
  MATCH (e:Evidence) USING INDEX e:Evidence(key, published)
  WHERE e.key = k AND e.published >= date('0001-01-01')
  WITH e ORDER BY e.key DESC, e.published DESC, e.article
  LIMIT 10 * coalesce($per_fact, 3)
  WITH e.article AS aid, min([e.start, e.sentence]) AS first, min(e.published) AS pub
  ORDER BY pub DESC, aid
  LIMIT coalesce($per_fact, 3)
  RETURN collect([aid, first[1]]) AS dated
}
CALL (k, dated) {
  UNWIND CASE WHEN size(dated) < coalesce($per_fact, 3) THEN [k] ELSE [] END AS kk
  MATCH (e:Evidence) WHERE e.key = kk AND e.published IS NULL
  WITH e.article AS aid, min([e.start, e.sentence]) AS first
  ORDER BY aid
  LIMIT coalesce($per_fact, 3)
  RETURN collect([aid, first[1]]) AS undated
}
UNWIND dated + undated[..coalesce($per_fact, 3) - size(dated)] AS pair
MATCH (a:Article {id: pair[0]})
RETURN k AS key, a.id AS id, a.title AS title, a.source AS source,
       toString(a.published) AS published,
       a.url AS url, pair[1] AS sentence
